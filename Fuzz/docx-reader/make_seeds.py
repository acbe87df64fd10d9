#!/usr/bin/env python3
"""Writes the docx-reader seeds: the Word-saved documents of Tests/TestSupport/Fixtures/published-docx cut into small
packages holding only word/document.xml (all the reader needs) with the title, a few paragraphs and one table each,
run properties and revision ids removed (cell merges — gridSpan, vMerge — are kept). Stored uncompressed so that
mutations reach the XML (the CRC check then fails at the end of the part, after the scanner has read it); one
deflated copy too. Run from the package folder: python3 Fuzz/docx-reader/make_seeds.py"""
import os, re, zipfile

SRC = "Tests/TestSupport/Fixtures/published-docx"
OUT = "Fuzz/docx-reader/corpus"

def slim(xml):
    xml = re.sub(r' w:rsid\w*="[^"]*"', "", xml)
    xml = re.sub(r"<w:rPr>.*?</w:rPr>", "", xml, flags=re.S)
    xml = re.sub(r"<w:(tcW|tblW|tblLook|tblBorders|shd|spacing|jc|ind|rFonts|sz|szCs|lang)\b[^>]*/>", "", xml)
    xml = re.sub(r"<w:tblBorders>.*?</w:tblBorders>|<w:tcBorders>.*?</w:tcBorders>", "", xml, flags=re.S)
    xml = re.sub(r"<w:bookmark(Start|End)[^>]*/>|<w:proofErr[^>]*/>|<w:lastRenderedPageBreak/>", "", xml)
    xml = re.sub(r"<w:pPr></w:pPr>|<w:tcPr></w:tcPr>|<w:sectPr.*?</w:sectPr>", "", xml, flags=re.S)
    return xml

def package(name, body, head, method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", method) as z:
        z.writestr("word/document.xml", head + "<w:body>" + body + "</w:body></w:document>")

os.makedirs(OUT, exist_ok=True)
for name in sorted(os.listdir(SRC)):
    if not name.endswith(".docx") or ".libreoffice." in name: continue
    stem = name[: -len(".docx")]
    xml = zipfile.ZipFile(os.path.join(SRC, name)).read("word/document.xml").decode("utf-8")
    head = xml[: xml.index("<w:body>")]
    body = slim(xml[xml.index("<w:body>") + len("<w:body>"): xml.rindex("</w:body>")])
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", re.sub(r"<w:tbl>.*?</w:tbl>", "", body, flags=re.S), re.S)
    paragraphs = [p for p in paragraphs if "<w:t" in p]
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    for i, table in enumerate(tables):
        package(f"{stem}-table{i}.docx", "".join(paragraphs[:1]) + table, head)
    package(f"{stem}-prose.docx", "".join(paragraphs[:14]), head)
    if tables:
        package(f"{stem}-table1.deflated.docx", "".join(paragraphs[:1]) + tables[min(1, len(tables) - 1)], head,
                zipfile.ZIP_DEFLATED)

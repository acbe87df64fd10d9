#!/usr/bin/env python3
"""Writes the PDF fixtures of the PDF reader, by two real PDF writers, from the reports of make-published.py.

    python3 Tests/TestSupport/Fixtures/make-pdf.py     (needs chromium, soffice, python-docx and pypdf:
                                                        pip install python-docx pypdf)

For each report of make-published.py (the seed's figures, 洛阳 2020, 2019 edition; a 2021-edition report with a
distinct figure in nearly every cell; a 2019 report with most cells blank) it writes, under published-pdf/:
  NAME.chromium.pdf     the article's HTML (tables only with the prose around them) printed by Chromium
                        (--print-to-pdf) on A4, the tables narrow (105–150 mm) so that labels wrap inside their
                        cells and, in city-2022, figures wrap too; 表三 runs over a page break
  NAME.libreoffice.pdf  make-published.py's python-docx document, all its prose (equal narrow columns: labels wrap two characters
                        a line, rows break across pages) converted by LibreOffice (soffice --convert-to pdf)
and three that must be refused:
  scanned.pdf           one page with a drawing and no text layer (what a scanner writes)
  encrypted.pdf         province-2019-blank's LibreOffice PDF encrypted with a user password (pypdf, AES-128)
  damaged.pdf           a PDF header followed by bytes that are no PDF objects
and one a PDF writer may leave for the reader's fonts:
  unembedded-cjk.pdf    表三's first rows in STSong-Light, not embedded, encoded UniGB-UCS2-H with no ToUnicode CMap
                        (as older PDF libraries write Chinese text): Poppler reads it only with poppler-data's CMaps
                        for Adobe-GB1 installed
`make-pdf.py --hand-made` writes only those written byte by byte: scanned.pdf, damaged.pdf and unembedded-cjk.pdf
(no external tool needed; encrypted.pdf needs pypdf and the LibreOffice PDF).
What each report must read to is published-html/NAME.expected.json (the same figures).
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdf_objects  # noqa: E402 (beside this script)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "published-pdf")

spec = importlib.util.spec_from_file_location("make_published", os.path.join(HERE, "make-published.py"))
pub = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pub)

# A narrow table: the browser shares its width among the columns by their content, labels wrap inside their cells
# and (break-all) long figures too, as in the reports offices print from Word.
STYLE = """<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: %(width)s; margin: 4pt 0; }
td { border: 1px solid #000; padding: 1pt 3pt; white-space: normal !important; word-break: break-all;
     text-align: center; vertical-align: middle; font-size: 9pt; }
td p, td span { margin: 0; font-size: 9pt !important; font-family: inherit !important; }
p { margin: 3pt 0; }
</style>"""


def chromium_html(rep, width):
    parts = pub.article_parts(rep)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body><h2>%s</h2>\n%s\n'
            '</body></html>' % (rep["title"], STYLE % {"width": width}, rep["title"], "\n".join(parts)))


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium(html_path, pdf_path):
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + pdf_path, "file://" + html_path])


def libreoffice(docx_path, out_dir):
    run([shutil.which("soffice"), "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path])


def keep_header_rows(path):
    """Header rows (no digit in them) may not break across pages (Word's "allow row to break across pages" off,
    as offices set it for the header); data rows may, and LibreOffice breaks the long wrapped labels of 表三."""
    import docx
    from docx.oxml import OxmlElement
    doc = docx.Document(path)
    for table in doc.tables:
        for row in table.rows:
            if not any(ch.isdigit() for cell in row.cells for ch in cell.text):
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    doc.save(path)


def short(rep):
    """The report with only the first paragraphs of its prose (a Chromium PDF carries each glyph it draws as a
    Type 3 procedure, so the fixture stays small); the figures of the tables are all there."""
    rep = dict(rep)
    if len(rep["intro"]) < 4:
        return rep
    rep["intro"] = rep["intro"][:3]
    rep["outro"] = rep["outro"][:2]
    return rep


def scanned_pdf():
    """One page with a drawing (a grey box, an outline) and no text layer."""
    drawing = b"0.5 g 72 600 451 170 re f 0 g 72 200 451 300 re S\n"
    return pdf_objects.serialize([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        pdf_objects.stream(drawing),
    ], root=1)


def unembedded_cjk_pdf():
    """One page in the Adobe-GB1 font STSong-Light (not embedded), each character's UCS-2 code shown through the
    predefined CMap UniGB-UCS2-H, and no ToUnicode: the text is only known through poppler-data's CMaps. The text
    is 表三's heading, header leaves and rows 一 and 二 (pdf_objects.TABLE3_PAGE1)."""
    rows = [r for r in pdf_objects.TABLE3_PAGE1 if r[1] in (60, 130, 150, 170)]
    ops = pdf_objects.text_ops(rows, lambda c: f"{ord(c):04X}").encode()
    return pdf_objects.serialize([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        pdf_objects.stream(ops),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 626 /StemV 93 >>",
    ], root=1)


def hand_made():
    """The fixtures written here byte by byte (no external tool)."""
    with open(os.path.join(OUT, "scanned.pdf"), "wb") as f:
        f.write(scanned_pdf())
    with open(os.path.join(OUT, "damaged.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4 + b"\n%%EOF\n")
    with open(os.path.join(OUT, "unembedded-cjk.pdf"), "wb") as f:
        f.write(unembedded_cjk_pdf())


def main():
    os.makedirs(OUT, exist_ok=True)
    if "--hand-made" in sys.argv:
        hand_made()
        print("wrote", OUT)
        return 0
    reports = [pub.seed_report(), pub.city_2021_report(), pub.province_2019_blank_report()]
    widths = {"seed-luoyang-2020": "150mm", "city-2022": "105mm", "province-2019-blank": "130mm"}
    with tempfile.TemporaryDirectory() as tmp:
        for rep in reports:
            name = rep["name"]
            html_path = os.path.join(tmp, name + ".html")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(chromium_html(short(rep), widths[name]))
            chromium(html_path, os.path.join(OUT, name + ".chromium.pdf"))
            docx_path = os.path.join(tmp, name + ".docx")
            pub.write_docx(rep, docx_path)
            keep_header_rows(docx_path)
            libreoffice(docx_path, tmp)
            shutil.copyfile(os.path.join(tmp, name + ".pdf"), os.path.join(OUT, name + ".libreoffice.pdf"))
    hand_made()
    import pypdf
    reader = pypdf.PdfReader(os.path.join(OUT, "province-2019-blank.libreoffice.pdf"))
    writer = pypdf.PdfWriter()
    writer.append_pages_from_reader(reader)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with open(os.path.join(OUT, "encrypted.pdf"), "wb") as f:
        writer.write(f)
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())

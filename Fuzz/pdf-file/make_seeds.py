#!/usr/bin/env python3
"""Writes the pdf-file seeds: small PDFs with a text layer that Poppler reads without any font file.

Each page's text is drawn in a simple (one-byte) TrueType font, not embedded, whose encoding names each code's
character (/Differences with uniXXXX names, one code per character), so the text layer holds Chinese labels and
figures in a few kilobytes, where the committed fixtures (Chromium and LibreOffice output, 100-700 KB, fonts
embedded) are too large to mutate quickly. The seeds are 表三's first rows of the
seed report (labels and figures on a grid) over two pages, and two of the committed fixtures that are already small
(damaged.pdf, scanned.pdf). Run from the package folder: python3 Fuzz/pdf-file/make_seeds.py
"""
import os
import shutil
import sys
import zlib

OUT = "Fuzz/pdf-file/corpus"
FIXTURES = "Tests/TestSupport/Fixtures"
sys.path.insert(0, FIXTURES)
import pdf_objects  # noqa: E402 (the PDF serializer and 表三's rows the fixtures share)


def pdf(pages):
    chars = sorted({c for page in pages for _, _, t in page for c in t})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    # A simple (one-byte) font: code n is the n-th character, named uniXXXX in the encoding's /Differences, which
    # Poppler maps to Unicode by the name. No ToUnicode CMap: a mutated CMap makes Poppler grow its mapping tables by
    # small reallocations, which ASan turns into copies of up to megabytes (a third of a run on a grown corpus, and
    # ten-second inputs); one-byte codes keep every table at 256 entries. 77 characters fit in one font.
    assert len(chars) < 256
    names = " ".join(f"/uni{ord(c):04X}" for c in chars)
    # Widths: ASCII half width (500), the rest 1000, as a CJK font draws them.
    widths = " ".join("500" if ord(c) < 128 else "1000" for c in chars)
    descriptor = add("<< /Type /FontDescriptor /FontName /SimSun /Flags 32 /FontBBox [0 -141 1000 859] "
                     "/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>")
    font = add(f"<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /FirstChar 1 /LastChar {len(chars)} "
               f"/Widths [{widths}] /Encoding << /Type /Encoding /Differences [1 {names}] >> "
               f"/FontDescriptor {descriptor} 0 R >>")
    page_ids = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for page in pages:
        data = zlib.compress(pdf_objects.text_ops(page, lambda c: f"{cid[c]:02X}").encode())
        content = add(pdf_objects.stream(data, b" /Filter /FlateDecode"))
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    return pdf_objects.serialize(objects, root=catalog, version="1.7")


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "table3-two-pages.pdf"), "wb") as f:
    f.write(pdf([pdf_objects.TABLE3_PAGE1, pdf_objects.TABLE3_PAGE2]))
with open(os.path.join(OUT, "table3-one-page.pdf"), "wb") as f:
    f.write(pdf([pdf_objects.TABLE3_PAGE1]))
for name in ("damaged.pdf", "scanned.pdf"):
    shutil.copy(os.path.join(FIXTURES, "published-pdf", name), os.path.join(OUT, name))
for name in sorted(os.listdir(OUT)):
    print(name, os.path.getsize(os.path.join(OUT, name)))

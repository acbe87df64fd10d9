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
import zlib

OUT = "Fuzz/pdf-file/corpus"
FIXTURES = "Tests/TestSupport/Fixtures/published-pdf"

# (x, y from the top, text) in points on an A4 page; 12-point characters.
PAGE1 = [
    (40, 60, "三、收到和处理政府信息公开申请情况"),
    (40, 90, "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"),
    (380, 110, "申请人情况"),
    (290, 130, "自然人"), (360, 130, "法人或其他组织"), (500, 130, "总计"),
    (40, 150, "一、本年新收政府信息公开申请数量"), (300, 150, "58"), (380, 150, "3"), (500, 150, "61"),
    (40, 170, "二、上年结转政府信息公开申请数量"), (300, 170, "0"), (380, 170, "0"), (500, 170, "0"),
    (40, 190, "三、本年度办理结果"),
    (52, 210, "（一）予以公开"), (300, 210, "25"), (380, 210, "1"), (500, 210, "26"),
]
PAGE2 = [
    (52, 60, "（二）部分公开"), (300, 60, "4"), (380, 60, "0"), (500, 60, "4"),
    (40, 80, "四、结转下年度继续办理"), (300, 80, "2"), (380, 80, "0"), (500, 80, "2"),
    (270, 800, "— 2 —"),
]


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
        ops = "".join(f"BT /F1 12 Tf 1 0 0 1 {x} {842 - y} Tm <{''.join(f'{cid[c]:02X}' for c in t)}> Tj ET\n"
                      for x, y, t in page)
        data = zlib.compress(ops.encode())
        content = add(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + data + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "table3-two-pages.pdf"), "wb") as f:
    f.write(pdf([PAGE1, PAGE2]))
with open(os.path.join(OUT, "table3-one-page.pdf"), "wb") as f:
    f.write(pdf([PAGE1]))
for name in ("damaged.pdf", "scanned.pdf"):
    shutil.copy(os.path.join(FIXTURES, name), os.path.join(OUT, name))
for name in sorted(os.listdir(OUT)):
    print(name, os.path.getsize(os.path.join(OUT, name)))

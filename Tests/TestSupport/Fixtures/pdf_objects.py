"""A PDF file from its objects, and 表三's first rows placed on an A4 page: what the PDFs written byte by byte share
(make-pdf.py's scanned.pdf and unembedded-cjk.pdf, Fuzz/pdf-file/make_seeds.py's seeds).

    import pdf_objects            (from make-pdf.py beside it; make_seeds.py puts this folder on sys.path)
"""

# 表三's first rows of the seed report, (x, y from the top, text) in points on an A4 page, 12-point characters: the
# section heading, the 勾稽关系 note, the header (申请人情况 over 自然人 | 法人或其他组织 | 总计), rows 一, 二 and the
# start of 三 on the first page; the rest of 三 and row 四 on the second, which ends with a page number.
TABLE3_PAGE1 = [
    (40, 60, "三、收到和处理政府信息公开申请情况"),
    (40, 90, "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"),
    (380, 110, "申请人情况"),
    (290, 130, "自然人"), (360, 130, "法人或其他组织"), (500, 130, "总计"),
    (40, 150, "一、本年新收政府信息公开申请数量"), (300, 150, "58"), (380, 150, "3"), (500, 150, "61"),
    (40, 170, "二、上年结转政府信息公开申请数量"), (300, 170, "0"), (380, 170, "0"), (500, 170, "0"),
    (40, 190, "三、本年度办理结果"),
    (52, 210, "（一）予以公开"), (300, 210, "25"), (380, 210, "1"), (500, 210, "26"),
]
TABLE3_PAGE2 = [
    (52, 60, "（二）部分公开"), (300, 60, "4"), (380, 60, "0"), (500, 60, "4"),
    (40, 80, "四、结转下年度继续办理"), (300, 80, "2"), (380, 80, "0"), (500, 80, "2"),
    (270, 800, "— 2 —"),
]

A4_HEIGHT = 842


def text_ops(rows, code, font="/F1", size=12):
    """A content stream drawing each row's text at its place (y from the top), each character shown as `code(c)`
    (its hex digits in the font's encoding)."""
    return "".join(f"BT {font} {size} Tf 1 0 0 1 {x} {A4_HEIGHT - y} Tm <{''.join(code(c) for c in t)}> Tj ET\n"
                   for x, y, t in rows)


def stream(data, entries=b""):
    """A stream object's body: its dictionary (/Length, then `entries`, e.g. b" /Filter /FlateDecode") and `data`,
    which an end of line closes before `endstream` (added when the data does not end with one)."""
    eol = b"" if data.endswith(b"\n") else b"\n"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), entries) + data + eol + b"endstream"


def serialize(objects, root, version="1.4"):
    """The file: object n is objects[n - 1] (bytes or str, its body between `n 0 obj` and `endobj`), then the cross-
    reference table and the trailer naming object `root` as the catalog."""
    out = bytearray(b"%%PDF-%s\n" % version.encode())
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)

"""The Python baseline of publish-bench: the same documents as DisclosurePublish writes — the web page and CMS
fragment from a string template, the Word document through python-docx with the same merged cells, A4 公文
margins, 仿宋_GB2312 三号 text and a PAGE field in the footer — from the JSON lines publish-bench exports.

usage: python3 python_publish.py documents.jsonl OUTDIR   (prints "PYTHON <units> <wall s> <cpu s>")
"""
import html, json, os, sys, time
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "'仿宋_GB2312','仿宋',FangSong,'Noto Serif CJK SC',serif"
CELL = "border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle;"
TAG = {"figure": "td", "corner": "td"}
SCOPE = {"blockTitle": "colgroup", "rowHeader": "col", "groupLabel": "rowgroup", "rowLabel": "row"}


def page(doc, inline):
    e = html.escape
    out = [] if inline else ["<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title>"
                             "<style>.gd-report{font-family:%s;font-size:16pt}</style></head><body>" % (e(doc["title"]), FONT)]
    out.append("<div style=\"font-family:%s;font-size:16pt\"><h1>%s</h1>" % (FONT, e(doc["title"])))
    for s in doc["sections"]:
        out.append("<h2>%s</h2>" % e(s["heading"]))
        for p in s["parts"]:
            if "h3" in p:
                out.append("<h3>%s</h3>" % e(p["h3"]))
            elif "p" in p:
                out.append("<p style=\"text-indent:2em\">%s</p>" % e(p["p"]))
            else:
                t = doc["tables"][p["table"]]
                out.append("<table border=\"1\" style=\"border-collapse:collapse;width:100%%\"><caption>%s</caption>" % e(t["caption"]))
                out.append("<colgroup>" + "".join("<col style=\"width:%.1f%%\">" % (w * 100) for w in t["shares"]) + "</colgroup>")
                row = -1
                for r, c, rs, cs, text, kind in t["items"]:
                    if r != row:
                        out.append("</tr><tr>" if row >= 0 else "<tr>")
                        row = r
                    tag = TAG.get(kind, "th")
                    scope = SCOPE.get(kind, "colgroup" if cs > 1 else "col") if tag == "th" else None
                    attrs = (" scope=\"%s\"" % scope if scope else "") + (" rowspan=\"%d\"" % rs if rs > 1 else "") \
                        + (" colspan=\"%d\"" % cs if cs > 1 else "")
                    out.append("<%s%s style=\"%s\">%s</%s>" % (tag, attrs, CELL, e(text), tag))
                out.append("</tr></table>")
    out.append("</div>")
    if not inline:
        out.append("</body></html>")
    return "".join(out)


def page_field(paragraph):
    paragraph.add_run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        run = paragraph.add_run("1" if kind is None and text is None else "")
        if kind:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)
        elif text:
            i = OxmlElement("w:instrText")
            i.set(qn("xml:space"), "preserve")
            i.text = text
            run._r.append(i)
    paragraph.add_run(" —")


def word(doc, path):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    footer = s.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer)
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["author"]
    d.add_heading(doc["title"], level=0)
    for sec in doc["sections"]:
        d.add_heading(sec["heading"], level=1)
        for p in sec["parts"]:
            if "h3" in p:
                d.add_heading(p["h3"], level=2)
            elif "p" in p:
                para = d.add_paragraph(p["p"])
                para.paragraph_format.first_line_indent = Pt(32)
            else:
                t = doc["tables"][p["table"]]
                d.add_paragraph(t["caption"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
                table = d.add_table(rows=t["height"], cols=t["width"])
                table.style = "Table Grid"
                for r, c, rs, cs, text, kind in t["items"]:
                    cell = table.cell(r, c)
                    if rs > 1 or cs > 1:
                        cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
                    cell.text = text
                    run = cell.paragraphs[0].runs
                    if run:
                        run[0].font.size = Pt(10.5)
                        run[0].bold = kind in ("blockTitle", "rowHeader", "columnHeader")
    d.save(path)


def main():
    source, out = sys.argv[1], sys.argv[2]
    docs = [json.loads(line) for line in open(source, encoding="utf-8")]
    wall, cpu = time.perf_counter(), time.process_time()
    for i, doc in enumerate(docs):
        for name, text in (("u%d.html" % i, page(doc, False)), ("u%d.fragment.html" % i, page(doc, True))):
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(text)
        word(doc, os.path.join(out, "u%d.docx" % i))
    print("PYTHON %d %.6f %.6f" % (len(docs), time.perf_counter() - wall, time.process_time() - cpu))


if __name__ == "__main__":
    main()

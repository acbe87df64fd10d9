#!/usr/bin/env python3
"""Writes the published-style fixtures of the HTML and Word readers, and what each must read to.

    python3 Tests/TestSupport/Fixtures/make-published.py      (needs python-docx: pip install python-docx)

For each report below it writes, under Tests/TestSupport/Fixtures/:
  published-html/NAME.utf8.html   the page as a CMS serves it (FORMATS §6: Word-pasted markup, border=1,
                                  <p><span> inside cells, rowspan=20 / 22, &nbsp; blanks, chrome with numbers)
  published-html/NAME.gbk.html    the same page declared gb2312 and encoded GB18030 (as GBK sites do)
  published-docx/NAME.docx        the same tables written by python-docx, merged cells as gridSpan / vMerge
  published-docx/NAME.libreoffice.docx  the article converted by LibreOffice (soffice --convert-to docx; needs LibreOffice)
  published-text/province-2019-blank.{tabs,lines}.txt  that report's page as a browser copies it (tabs; one cell
                                  a line), and .tabs.gbk.txt the tab copy saved in GBK
  published-html/NAME.expected.json  every cell of every table of the edition: a number (as text) or null (blank)
and published-html/script-shell.html, a page whose body is loaded by script.
The figures are the seed's (洛阳 2020, 2019 edition), a 2021-edition report with a distinct figure in nearly every cell
(so that a column read into the wrong place shows), and a province-level 2019 report with most cells left blank.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "seed-luoyang-2020.txt")
HTML_DIR = os.path.join(HERE, "published-html")
DOCX_DIR = os.path.join(HERE, "published-docx")

APPLICANT = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrganization", "total"]
REVIEW = [p + s for p in ["review", "directSuit", "suitAfterReview"] for s in ["Upheld", "Corrected", "Other", "Pending", "Total"]]

WITHHELD = [("withheldStateSecret", "1.属于国家秘密"), ("withheldProhibited", "2.其他法律行政法规禁止公开"),
            ("withheldSafetyStability", "3.危及“三安全一稳定”"), ("withheldThirdParty", "4.保护第三方合法权益"),
            ("withheldInternalAffairs", "5.属于三类内部事务信息"), ("withheldProcess", "6.属于四类过程性信息"),
            ("withheldEnforcementFile", "7.属于行政执法案卷"), ("withheldQuery", "8.属于行政查询事项")]
UNAVAILABLE = [("unavailableNotHeld", "1.本机关不掌握相关政府信息"), ("unavailableNeedsCreation", "2.没有现成信息需要另行制作"),
               ("unavailableUnclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("notProcessedPetition", "1.信访举报投诉类申请"), ("notProcessedRepeated", "2.重复申请"),
                 ("notProcessedPublication", "3.要求提供公开出版物"), ("notProcessedExcessive", "4.无正当理由大量反复申请"),
                 ("notProcessedConfirmation", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("otherOverdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("otherUnpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
              ("otherOther", "3.其他")]


def application_rows(edition):
    rows = ["newReceived", "carriedOver", "granted", "partiallyGranted"] + [k for k, _ in WITHHELD] + \
           [k for k, _ in UNAVAILABLE] + [k for k, _ in NOT_PROCESSED]
    rows += ["otherHandling"] if edition == "2019" else [k for k, _ in OTHER_2021]
    return rows + ["resultTotal", "carryForward"]


def proactive_cells(edition):
    if edition == "2019":
        return [("regulations", ["newlyMade", "newlyPublished", "totalPublished"]),
                ("normativeDocuments", ["newlyMade", "newlyPublished", "totalPublished"]),
                ("licensing", ["previousCount", "change", "decisions"]),
                ("otherServices", ["previousCount", "change", "decisions"]),
                ("penalty", ["previousCount", "change", "decisions"]),
                ("enforcement", ["previousCount", "change", "decisions"]),
                ("fees", ["previousCount", "change"]),
                ("procurement", ["procurementCount", "procurementAmount"])]
    return [("regulations", ["issued", "repealed", "inForce"]), ("normativeDocuments", ["issued", "repealed", "inForce"]),
            ("licensing", ["decisions"]), ("penalty", ["decisions"]), ("enforcement", ["decisions"]),
            ("fees", ["feeAmount"])]


# Cell values: a string as written in the page ("153", "94.2", "&nbsp;", "", "-", "—", "/", "无"), and what it reads
# as (None for blank).
BLANKS = {"", "&nbsp;", "-", "—", "/", "无"}


def value(written):
    if written in BLANKS:
        return None
    if written.endswith("元") and not written.endswith("万元"):  # 251000元 in a 万元 column reads as 25.1
        from decimal import Decimal
        return str((Decimal(written[:-1]) / 10000).normalize())
    return written


# ---------------------------------------------------------------------------------------------------------------
# The reports

def seed_report():
    p = {"regulations": ["1", "1", "48"], "normativeDocuments": ["24", "24", "502"],
         "licensing": ["0", "0", "0"], "otherServices": ["0", "0", "0"], "penalty": ["0", "0", "0"],
         "enforcement": ["0", "0", "0"], "fees": ["0", "0"], "procurement": ["2", "94.2"]}
    a = {r: ["0"] * 7 for r in application_rows("2019")}
    a.update({"newReceived": ["153", "25", "0", "0", "0", "0", "178"], "carriedOver": ["12", "0", "0", "0", "0", "0", "12"],
              "granted": ["23", "1", "0", "0", "0", "0", "24"], "partiallyGranted": ["23", "0", "0", "0", "0", "0", "23"],
              "unavailableNotHeld": ["115", "24", "0", "0", "0", "0", "139"],
              "unavailableNeedsCreation": ["2", "0", "0", "0", "0", "0", "2"],
              "notProcessedPetition": ["1", "0", "0", "0", "0", "0", "1"],
              "resultTotal": ["164", "25", "0", "0", "0", "0", "189"], "carryForward": ["1", "0", "0", "0", "0", "0", "1"]})
    r = ["1", "1", "0", "0", "2", "0", "1", "0", "0", "1", "0", "0", "0", "1", "1"]
    lines = open(SEED, encoding="utf-8").read().split("\n")
    def prose(lo, hi):
        return [l.lstrip("#").strip() for l in lines[lo - 1:hi] if l.strip()]
    return dict(name="seed-luoyang-2020", edition="2019", year=2020, body="洛阳市人民政府办公室",
                title="洛阳市人民政府办公室2020年政府信息公开工作年度报告", proactive=p, applications=a, reviews=r,
                intro=prose(5, 32), outro=prose(92, 200), shell="zoom", procurement_header="采购总金额（单位:万元）")


def city_2021_report():
    p = {"regulations": ["2", "1", "30"], "normativeDocuments": ["15", "4", "291"], "licensing": ["46209"],
         "penalty": ["6"], "enforcement": ["&nbsp;"], "fees": ["12.35"]}
    a = {}
    for i, row in enumerate(application_rows("2021")):
        a[row] = [str(100 * (i + 1) + j) for j in range(7)]
    # Blanks in every style a page uses, in known places.
    a["withheldQuery"] = ["&nbsp;", "", "-", "—", "/", "无", "&nbsp;"]
    a["otherUnpaidFee"][3] = "&nbsp;"
    r = [str(11 + i) for i in range(15)]
    r[3] = "&nbsp;"
    intro = ["一、总体情况",
             "2022年，本局共收到政府信息公开申请106件，上年结转206件，办结2406件。依据国办公开办函〔2021〕30号，"
             "全年发生政府信息公开行政复议案件15件、行政诉讼案件66件。联系人：王堃、李喆。"]
    outro = ["五、存在的主要问题及改进情况", "一是“公开”意识仍需加强。二是平台建设有待完善。",
             "六、其他需要报告的事项", "本年度发出收费通知2件，收取信息处理费共计400元。"]
    return dict(name="city-2022", edition="2021", year=2022, body="测试市生态环境局",
                title="测试市生态环境局2022年政府信息公开工作年度报告", proactive=p, applications=a, reviews=r,
                intro=intro, outro=outro, shell="article-content", inforce_header="现行有效件数（历史累计）",
                empty_header_cells=True)


def province_2019_blank_report():
    """Shanghai 2019 style: 总计 and most other cells left blank; only a few cells filled."""
    p = {"regulations": ["&nbsp;", "&nbsp;", "&nbsp;"], "normativeDocuments": ["13", "13", "&nbsp;"],
         "licensing": ["&nbsp;", "&nbsp;", "&nbsp;"], "otherServices": ["", "", ""],
         "penalty": ["&nbsp;", "&nbsp;", "&nbsp;"], "enforcement": ["&nbsp;", "&nbsp;", "&nbsp;"],
         "fees": ["&nbsp;", "&nbsp;"], "procurement": ["6", "251000元"]}
    a = {row: ["&nbsp;"] * 7 for row in application_rows("2019")}
    a["newReceived"] = ["1046", "69", "&nbsp;", "&nbsp;", "12", "&nbsp;", "1127"]
    a["carriedOver"] = ["38", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "38"]
    a["granted"] = ["339", "18", "&nbsp;", "&nbsp;", "3", "&nbsp;", "&nbsp;"]
    a["unavailableNotHeld"] = ["402", "31", "&nbsp;", "&nbsp;", "6", "&nbsp;", "&nbsp;"]
    a["resultTotal"] = ["1011", "66", "&nbsp;", "&nbsp;", "12", "&nbsp;", "1089"]
    a["carryForward"] = ["73", "3", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "76"]
    r = ["3", "&nbsp;", "&nbsp;", "1", "4"] + ["&nbsp;"] * 10
    intro = ["一、总体情况", "2019年，本厅共收到政府信息公开申请1127件，其中自然人申请1046件。"]
    outro = ["五、存在的主要问题及改进情况", "信息公开工作与公众期待仍有差距。", "六、其他需要报告的事项", "无。"]
    return dict(name="province-2019-blank", edition="2019", year=2019, body="某省人民政府办公厅",
                title="某省人民政府办公厅2019年政府信息公开工作年度报告", proactive=p, applications=a, reviews=r,
                intro=intro, outro=outro, shell="TRS_Editor", procurement_header="采购总金额",
                empty_header_cells=True)


# ---------------------------------------------------------------------------------------------------------------
# Tables as spanned rows: each row lists (text, rowspan, colspan) of the cells that start in it.

def c(text, rs=1, cs=1):
    return (text, rs, cs)


def proactive_table(rep):
    e = rep["edition"]
    p = rep["proactive"]
    rows = []
    def title(t):
        rows.append([c(t, 1, 4)])
    if e == "2019":
        title("第二十条第（一）项")
        rows.append([c("信息内容"), c("本年新制作数量"), c("本年新公开数量"), c("对外公开总数量")])
        for k, label in [("regulations", "规章"), ("normativeDocuments", "规范性文件")]:
            rows.append([c(label)] + [c(v) for v in p[k]])
        for item, pair in [("五", [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")]),
                           ("六", [("penalty", "行政处罚"), ("enforcement", "行政强制")])]:
            title("第二十条第（%s）项" % item)
            rows.append([c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量")])
            for k, label in pair:
                rows.append([c(label)] + [c(v) for v in p[k]])
        title("第二十条第（八）项")
        rows.append([c("信息内容"), c("上一年项目数量"), c("本年增/减", 1, 2)])
        rows.append([c("行政事业性收费"), c(p["fees"][0]), c(p["fees"][1], 1, 2)])
        title("第二十条第（九）项")
        rows.append([c("信息内容"), c("采购项目数量"), c(rep.get("procurement_header", "采购总金额"), 1, 2)])
        rows.append([c("政府集中采购"), c(p["procurement"][0]), c(p["procurement"][1], 1, 2)])
    else:
        title("第二十条第（一）项")
        rows.append([c("信息内容"), c("本年制发件数"), c("本年废止件数"), c(rep.get("inforce_header", "现行有效件数"))])
        for k, label in [("regulations", "规章"), ("normativeDocuments", "行政规范性文件")]:
            rows.append([c(label)] + [c(v) for v in p[k]])
        for item, header, pairs in [("五", "本年处理决定数量", [("licensing", "行政许可")]),
                                    ("六", "本年处理决定数量", [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
                                    ("八", "本年收费金额（单位：万元）", [("fees", "行政事业性收费")])]:
            title("第二十条第（%s）项" % item)
            rows.append([c("信息内容"), c(header, 1, 3)])
            for k, label in pairs:
                rows.append([c(label), c(p[k][0], 1, 3)])
    return rows


def applications_table(rep):
    e = rep["edition"]
    a = rep["applications"]
    empty = rep.get("empty_header_cells", False)
    rows = [[c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 7)]]
    if empty:  # the 2021 fixture's way: empty cells where the official layout has rowspans
        rows.append([c("自然人"), c("法人或其他组织", 1, 5), c("总计")])
        rows.append([c("")] + [c(t) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]] + [c("")])
    else:
        rows.append([c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)])
        rows.append([c(t) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]])
    def figures(k):
        return [c(v) for v in a[k]]
    rows.append([c("一、本年新收政府信息公开申请数量", 1, 3)] + figures("newReceived"))
    rows.append([c("二、上年结转政府信息公开申请数量", 1, 3)] + figures("carriedOver"))
    span = 20 if e == "2019" else 22
    rows.append([c("三、本年度办理结果", span), c("（一）予以公开", 1, 2)] + figures("granted"))
    rows.append([c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)] + figures("partiallyGranted"))
    for group, subs in [("（三）不予公开", WITHHELD), ("（四）无法提供", UNAVAILABLE), ("（五）不予处理", NOT_PROCESSED)] + \
            ([] if e == "2019" else [("（六）其他处理", OTHER_2021)]):
        for i, (k, label) in enumerate(subs):
            lead = [c(group, len(subs))] if i == 0 else []
            rows.append(lead + [c(label)] + figures(k))
    if e == "2019":
        rows.append([c("（六）其他处理", 1, 2)] + figures("otherHandling"))
    rows.append([c("（七）总计", 1, 2)] + figures("resultTotal"))
    rows.append([c("四、结转下年度继续办理", 1, 3)] + figures("carryForward"))
    return rows


def reviews_table(rep):
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [[c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
            [c(t, 2) for t in outcomes] + [c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
            [c(t) for t in outcomes * 2],
            [c(v) for v in rep["reviews"]]]


# ---------------------------------------------------------------------------------------------------------------
# HTML in the published style

def cell_html(text, rs, cs, i):
    attrs = ' width="%d" nowrap' % (60 if i else 200)
    if rs > 1:
        attrs += ' rowspan="%d"' % rs
    if cs > 1:
        attrs += ' colspan="%d"' % cs
    style = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    if text == "":
        return "<td%s%s></td>" % (attrs, style)
    inner = text if text == "&nbsp;" else html.escape(text, quote=False)
    return ('<td%s%s valign="center"><p class="MsoNormal" align="center" style="text-align:center">'
            '<span style="font-size:10.5pt;font-family:宋体">%s</span><o:p></o:p></p></td>' % (attrs, style, inner))


def table_html(rows):
    out = ['<table class="MsoNormalTable" border="1" cellspacing="1" cellpadding="0" width="600" '
           'style="border-collapse:collapse;border:none">']
    for row in rows:
        out.append("<tr>" + "".join(cell_html(t, rs, cs, i) for i, (t, rs, cs) in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def para(text):
    if any(text.startswith(h) for h in ["一、", "二、", "三、", "四、", "五、", "六、"]) and len(text) < 30:
        return '<p class="MsoNormal" style="text-indent:32pt"><strong><span style="font-family:黑体">%s</span></strong></p>' % html.escape(text)
    return '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">%s</span><o:p></o:p></p>' % html.escape(text)


CHROME_TOP = """<div class="header"><div class="top">今天是2021年1月28日 访问量：153178次</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/a/2020/12/">2020年12月</a></li>
<li><a href="/list_24.html">第24期</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告 &gt; 2020</div>
<div class="side"><h3>相关链接</h3><ul><li>2019年报告（阅读 1127 次）</li><li>2018年报告 12 件</li>
<li><table><tr><td>浏览</td><td>153</td></tr><tr><td>下载</td><td>25</td></tr></table></li></ul></div>
"""
CHROME_BOTTOM = """<div class="footer"><p>主办：某某市人民政府办公室 网站标识码：4103000001</p>
<p>豫ICP备05008640号-1 豫公网安备 41030202000080号 联系电话：0379-63900000</p>
<img src="/tongji.gif?id=178&amp;n=189" width="1" height="1"></div>
<script>var _hmt = _hmt || []; var visits = 153; document.write("本年新收 178 件");</script>
"""


# The report's three tables under their headings, as every output writes them.
HEADS = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def sections(rep):
    return zip(HEADS, [proactive_table(rep), applications_table(rep), reviews_table(rep)])


def article_parts(rep):
    parts = [para(t) for t in rep["intro"]]
    for head, table in sections(rep):
        parts.append(para(head))
        parts.append(table_html(table))
    return parts + [para(t) for t in rep["outro"]]


def write_libreoffice_docx(rep, path):
    """The article alone (a Word document has no site chrome) converted by LibreOffice (an error without it)."""
    import shutil
    import subprocess
    import tempfile
    soffice = shutil.which("soffice")
    if soffice is None:
        # Not skipped: the committed .libreoffice.docx would no longer match the fixtures written beside it.
        sys.exit("make-published: LibreOffice (soffice) is needed to write %s: apt install libreoffice-writer-nogui"
                 % os.path.basename(path))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, rep["name"] + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write('<html><head><meta charset="utf-8"></head><body><h1>%s</h1>\n%s\n</body></html>'
                    % (html.escape(rep["title"]), "\n".join(article_parts(rep))))
        subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, rep["name"] + ".docx"), path)


def page_html(rep, charset):
    parts = article_parts(rep)
    shell = rep["shell"]
    opener = '<div id="zoom" class="zoom">' if shell == "zoom" else '<div class="%s">' % shell
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if charset == "gb2312"
            else '<meta charset="utf-8">')
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s
<title>%s_%s</title>
<style>.zoom p { font-size: 16px } .counter:after { content: "178" }</style>
<script src="/js/jquery.min.js"></script>
</head>
<body>
%s
<div class="content">
<h1 class="article-title">%s</h1>
<div class="info">发布时间：2021-01-28 来源：政务公开办 浏览次数：<span id="hits">1127</span></div>
%s
<!--[if gte mso 9]><xml><w:WordDocument><w:Zoom>90</w:Zoom></w:WordDocument></xml><![endif]-->
%s
</div>
</div>
%s
</body>
</html>
""" % (meta, html.escape(rep["title"]), html.escape(rep["body"]), CHROME_TOP, html.escape(rep["title"]), opener,
       "\n".join(parts), CHROME_BOTTOM)


SCRIPT_SHELL = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>洛阳市人民政府办公室2020年政府信息公开工作年度报告</title>
<script src="/js/webbuilder.js"></script></head>
<body><div id="app"></div>
<script>fetch('/rest/content/getContent?id=178').then(r => r.json()).then(d => render(d));</script>
<div class="footer">网站标识码：4103000001 豫ICP备05008640号</div></body></html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Word (python-docx)

def expand(rows):
    """Spanned rows → {(r, c): (text, rs, cs)} at each cell's origin, and the grid width."""
    taken = set()
    origins = {}
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for text, rs, cs in row:
            while (r, col) in taken:
                col += 1
            origins[(r, col)] = (text, rs, cs)
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, col + dc))
            col += cs
            width = max(width, col)
    return origins, width


def add_docx_table(doc, rows):
    origins, width = expand(rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for (r, col), (text, rs, cs) in sorted(origins.items()):
        cell = table.cell(r, col)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, col + cs - 1))
        cell.text = "" if text == "&nbsp;" else text


def write_docx(rep, path):
    import docx
    doc = docx.Document()
    doc.add_heading(rep["title"], level=1)
    for t in rep["intro"]:
        doc.add_paragraph(t)
    for head, table in sections(rep):
        doc.add_paragraph(head)
        add_docx_table(doc, table)
    for t in rep["outro"]:
        doc.add_paragraph(t)
    doc.core_properties.created = __import__("datetime").datetime(2021, 1, 28)
    doc.save(path)


# ---------------------------------------------------------------------------------------------------------------

def expected(rep):
    e = rep["edition"]
    pro = {row: {col: value(v) for col, v in zip(cols, rep["proactive"][row])} for row, cols in proactive_cells(e)}
    app = {row: {col: value(v) for col, v in zip(APPLICANT, rep["applications"][row])} for row in application_rows(e)}
    rev = {"cases": {col: value(v) for col, v in zip(REVIEW, rep["reviews"])}}
    return {"edition": e, "year": rep["year"], "organization": rep["body"],
            "tables": {"proactive": pro, "applications": app, "reviews": rev}}


# ---------------------------------------------------------------------------------------------------------------
# Text as a browser copies the page: one line per table row, a tab between cells (a rowspan's cell only on its first
# row, an empty field for an empty cell), or one cell per line with an empty line for an empty cell.

def pasted_text(rep, one_per_line):
    out = [rep["title"]] + list(rep["intro"])
    for head, table in sections(rep):
        out.append(head)
        for row in table:
            fields = ["" if t == "&nbsp;" else t for t, _, _ in row]
            if one_per_line:
                out += fields
            else:
                out.append("\t".join(fields))
    out += rep["outro"]
    return "\n".join(out) + "\n"


def main():
    os.makedirs(HTML_DIR, exist_ok=True)
    os.makedirs(DOCX_DIR, exist_ok=True)
    for rep in [seed_report(), city_2021_report(), province_2019_blank_report()]:
        name = rep["name"]
        with open(os.path.join(HTML_DIR, name + ".utf8.html"), "w", encoding="utf-8") as f:
            f.write(page_html(rep, "utf-8"))
        with open(os.path.join(HTML_DIR, name + ".gbk.html"), "wb") as f:
            f.write(page_html(rep, "gb2312").encode("gb18030"))
        with open(os.path.join(HTML_DIR, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(rep), f, ensure_ascii=False, indent=1, sort_keys=True)
        write_docx(rep, os.path.join(DOCX_DIR, name + ".docx"))
        write_libreoffice_docx(rep, os.path.join(DOCX_DIR, name + ".libreoffice.docx"))
    text_dir = os.path.join(HERE, "published-text")
    os.makedirs(text_dir, exist_ok=True)
    rep = province_2019_blank_report()
    with open(os.path.join(text_dir, rep["name"] + ".tabs.txt"), "w", encoding="utf-8") as f:
        f.write(pasted_text(rep, one_per_line=False))
    with open(os.path.join(text_dir, rep["name"] + ".lines.txt"), "w", encoding="utf-8") as f:
        f.write(pasted_text(rep, one_per_line=True))
    with open(os.path.join(text_dir, rep["name"] + ".tabs.gbk.txt"), "wb") as f:
        f.write(pasted_text(rep, one_per_line=False).encode("gb18030"))
    with open(os.path.join(HTML_DIR, "script-shell.html"), "w", encoding="utf-8") as f:
        f.write(SCRIPT_SHELL)
    print("wrote fixtures to", HTML_DIR, "and", DOCX_DIR)


if __name__ == "__main__":
    sys.exit(main())

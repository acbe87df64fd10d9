#!/usr/bin/env python3
"""Writes workbooks that hold the official tables in layouts of their own — the way a province circulates its Excel
form, or a third-party tool exports one — for the any-workbook reader (ForeignWorkbookReader).

    pip install openpyxl XlsxWriter
    python3 Tests/TestSupport/Fixtures/make-workbooks.py

The reports (figures, blanks, editions) are those of make-published.py, so every workbook must read to the same
published-html/REPORT.expected.json. Under Tests/TestSupport/Fixtures/sheets/ it writes:
  stacked-REPORT.xlsx      (openpyxl) one sheet 年报统计表: a title line, a 填报单位（盖章）/填报日期 line, 表二, 表三
                           and 表四 stacked with merged headers, a 小计 column under 法人或其他组织, the footer line
                           单位负责人/审核人/填报人/联系电话 in one merged cell; some numbers typed as text, blanks empty;
                           the 小计 cells are =SUM formulas openpyxl stores without a computed value
  per-sheet-REPORT.xlsx    (XlsxWriter) a 填报说明 sheet, then one table per sheet under arbitrary names, each at its own
                           offset, the footer split over cells ("联系电话：" | "0379-63211234")
  cover-sheet-REPORT.xlsx  (openpyxl) the stacked layout after a first sheet named 封面 like ours, in a layout of its own
  subtotals-REPORT.xlsx    (XlsxWriter) one sheet: subtotal rows after （三）（四）（五）（六）'s parts, 小计 and 合计
                           columns, as third-party tools add them
  stacked-city-2022.libreoffice.xlsx  the openpyxl workbook saved again by LibreOffice Calc (soffice --convert-to xlsx)
and LAYOUT-REPORT.findings.json: the cells where a reader must report something (a subtotal that disagrees with its
parts, a column that is not on the form, a formula never calculated), as `sheet!A1` with the diagnostic id.
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sheets")

_spec = importlib.util.spec_from_file_location("published", os.path.join(HERE, "make-published.py"))
published = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(published)
c = published.c

FOOTER = [("单位负责人", "张三"), ("审核人", "李四"), ("填报人", "王五"), ("联系电话", "0379-63211234")]
ORG_COLUMNS = slice(1, 6)  # 商业企业 … 其他 among the 7 applicant columns


def col_name(col):
    out = ""
    col += 1
    while col:
        col, d = divmod(col - 1, 26)
        out = chr(65 + d) + out
    return out


def total(values):
    """The sum of written figures, None when all are blank (a blank is never 0)."""
    nums = [Decimal(v) for v in values if published.value(v) is not None]
    return None if not nums else str(sum(nums))


class SumLeft:
    """A formula cell adding the `n` cells to its left (openpyxl stores it without a computed value)."""
    def __init__(self, n):
        self.n = n


def applications_table(rep, subtotal_column=False, subtotal_rows=False, extra_column=None, formulas=False):
    """表三 as spanned rows, with a 小计 column under 法人或其他组织, subtotal rows after each group's parts, or a column
    that is not on the form (its header, and the row→text it holds). Returns (rows, where), `where` naming the
    (row index, column index) of each subtotal cell by (group or 'column', applicant column)."""
    e = rep["edition"]
    a = rep["applications"]
    org_span = 6 if subtotal_column else 5
    width = 7 + (1 if subtotal_column else 0) + (1 if extra_column else 0)
    head = [c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, width)]
    second = [c("自然人", 2), c("法人或其他组织", 1, org_span), c("总计", 2)]
    third = [c(t) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    if subtotal_column:
        third.append(c("小计"))
    if extra_column:
        second.append(c(extra_column[0], 2))
    rows = [head, second, third]
    where = {}

    def figures(k, values=None):
        values = list(values if values is not None else a[k])
        if subtotal_column:
            values.insert(6, SumLeft(5) if formulas else (total(values[ORG_COLUMNS]) or ""))
        if extra_column:
            values.append(extra_column[1].get(k, ""))
        return [c(v) for v in values]

    rows.append([c("一、本年新收政府信息公开申请数量", 1, 3)] + figures("newReceived"))
    rows.append([c("二、上年结转政府信息公开申请数量", 1, 3)] + figures("carriedOver"))
    groups = [("（三）不予公开", published.WITHHELD), ("（四）无法提供", published.UNAVAILABLE),
              ("（五）不予处理", published.NOT_PROCESSED)]
    if e == "2021":
        groups.append(("（六）其他处理", published.OTHER_2021))
    result_rows = 2 + sum(len(s) + (1 if subtotal_rows else 0) for _, s in groups) + (1 if e == "2019" else 0) + 1
    rows.append([c("三、本年度办理结果", result_rows), c("（一）予以公开", 1, 2)] + figures("granted"))
    rows.append([c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)] + figures("partiallyGranted"))
    for group, subs in groups:
        n = len(subs) + (1 if subtotal_rows else 0)
        for i, (k, label) in enumerate(subs):
            lead = [c(group, n)] if i == 0 else []
            rows.append(lead + [c(label)] + figures(k))
        if subtotal_rows:
            sums = [total([a[k][j] for k, _ in subs]) or "" for j in range(7)]
            where[group] = (len(rows), sums)
            rows.append([c("小计")] + figures(None, sums))
    if e == "2019":
        rows.append([c("（六）其他处理", 1, 2)] + figures("otherHandling"))
    rows.append([c("（七）总计", 1, 2)] + figures("resultTotal"))
    rows.append([c("四、结转下年度继续办理", 1, 3)] + figures("carryForward"))
    return rows, where


def reviews_table(rep, totals_column=False):
    rows = published.reviews_table(rep)
    if totals_column:  # 合计: 行政复议总计 + both 行政诉讼 总计 — a derived column not on the form
        rows[0].append(c("合计", 3))
        r = rep["reviews"]
        rows[3].append(c(total([r[4], r[9], r[14]]) or ""))
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Writing spanned rows into a sheet at an offset, the way each library merges cells

def as_cell(text, r, col):
    """What a clerk types: a number, a number typed as text (every fourth figure), a blank marker, or nothing."""
    if isinstance(text, SumLeft):
        return "=SUM(%s%d:%s%d)" % (col_name(col - text.n), r + 1, col_name(col - 1), r + 1)
    if text in ("", "&nbsp;"):
        return None
    try:
        d = Decimal(text)
    except Exception:
        return text
    if (r + col) % 4 == 0:
        return text  # numbers typed as text (Excel's green triangle)
    return int(d) if d == d.to_integral_value() and "." not in text else float(text)


class OpenpyxlSheet:
    def __init__(self, ws):
        self.ws = ws

    def put(self, r, col, value, rs=1, cs=1):
        if value is not None:
            self.ws.cell(row=r + 1, column=col + 1, value=value)
        if rs > 1 or cs > 1:
            self.ws.merge_cells(start_row=r + 1, start_column=col + 1, end_row=r + rs, end_column=col + cs)


class XlsxWriterSheet:
    def __init__(self, ws, fmt):
        self.ws = ws
        self.fmt = fmt

    def put(self, r, col, value, rs=1, cs=1):
        if rs > 1 or cs > 1:
            self.ws.merge_range(r, col, r + rs - 1, col + cs - 1, "" if value is None else value, self.fmt)
        elif isinstance(value, str):
            self.ws.write_string(r, col, value, self.fmt)
        elif value is not None:
            self.ws.write_number(r, col, value, self.fmt)


def put_table(sheet, rows, top, left):
    """Writes spanned rows with their top-left cell at (top, left); returns (height, width)."""
    origins, width = published.expand(rows)
    for (r, col), (text, rs, cs) in sorted(origins.items()):
        sheet.put(top + r, left + col, as_cell(text, top + r, left + col), rs, cs)
    return len(rows), width


def title_lines(sheet, rep, top, left, width):
    sheet.put(top, left, "%s%d年政府信息公开工作年度报告统计表" % (rep["body"], rep["year"]), 1, width)
    sheet.put(top + 1, left, "填报单位（盖章）：%s" % rep["body"], 1, max(width - 4, 1))
    sheet.put(top + 1, left + width - 3, "填报日期：%d年1月20日" % (rep["year"] + 1), 1, 3)
    return 2


def footer_merged(sheet, top, left, width):
    sheet.put(top, left, "　　".join("%s：%s" % p for p in FOOTER), 1, width)


def footer_split(sheet, top, left):
    for i, (label, value) in enumerate(FOOTER):
        sheet.put(top, left + 2 * i, label + "：")
        sheet.put(top, left + 2 * i + 1, value)


HEADS = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def stacked(rep, path, cover_sheet=False):
    import openpyxl
    book = openpyxl.Workbook()
    ws = book.active
    if cover_sheet:  # a first sheet named 封面 as ours is, in a layout of its own: not our template
        ws.title = "封面"
        ws["B3"] = "%d年度政府信息公开工作年度报告" % rep["year"]
        ws["B5"] = "填报单位"
        ws["C5"] = rep["body"]
        ws = book.create_sheet("年报统计表")
    else:
        ws.title = "年报统计表"
    sheet = OpenpyxlSheet(ws)
    apps, _ = applications_table(rep, subtotal_column=True, formulas=True)
    tables = [published.proactive_table(rep), apps, published.reviews_table(rep)]
    width = max(published.expand(t)[1] for t in tables)
    r = title_lines(sheet, rep, 0, 0, width) + 1
    findings = []
    for head, table in zip(HEADS, tables):
        sheet.put(r, 0, head, 1, width)
        origins, _ = published.expand(table)
        for (tr, tc), (text, _, _) in origins.items():
            if isinstance(text, SumLeft):  # never calculated: read blank, with a finding at the cell
                findings.append({"id": "WB.formulaWithoutValue", "cell": "年报统计表!%s%d" % (col_name(tc), r + 1 + tr + 1)})
        h, _ = put_table(sheet, table, r + 1, 0)
        r += h + 2
    footer_merged(sheet, r, 0, width)
    book.save(path)
    return findings


def per_sheet(rep, path):
    import xlsxwriter
    book = xlsxwriter.Workbook(path)
    fmt = book.add_format({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    notes = book.add_worksheet("填报说明")
    notes.write_string(0, 0, "请按国务院办公厅政府信息与政务公开办公室统一格式填报，数字为0的填0，无数据的留空。")
    apps, _ = applications_table(rep)
    names = ["主动公开情况", "依申请公开", "复议诉讼"]
    offsets = [(3, 2), (1, 1), (4, 3)]
    tables = [published.proactive_table(rep), apps, published.reviews_table(rep)]
    for i, (name, (top, left), head, table) in enumerate(zip(names, offsets, HEADS, tables)):
        ws = book.add_worksheet(name)
        sheet = XlsxWriterSheet(ws, fmt)
        width = published.expand(table)[1]
        if i == 0:
            title_lines(sheet, rep, 0, left, width)
        sheet.put(top - 1, left, head, 1, width)
        h, _ = put_table(sheet, table, top, left)
        if i == 2:
            footer_split(sheet, top + h + 1, left)
    book.close()
    return []


def subtotals(rep, path, wrong=None, extra=None):
    """Subtotal rows and columns; `wrong` = (group, applicant column index) made to disagree by one; `extra` = a
    column not on the form: (header, {row: text})."""
    import xlsxwriter
    book = xlsxwriter.Workbook(path)
    fmt = book.add_format({"border": 1, "valign": "vcenter", "text_wrap": True})
    ws = book.add_worksheet("统计表")
    sheet = XlsxWriterSheet(ws, fmt)
    apps, where = applications_table(rep, subtotal_column=True, subtotal_rows=True, extra_column=extra)
    findings = []
    top, left = 2, 1
    pro = published.proactive_table(rep)
    rev = reviews_table(rep, totals_column=True)
    width = max(published.expand(t)[1] for t in [pro, apps, rev])
    title_lines(sheet, rep, 0, left, width)
    r = top
    placed = {}
    for head, table, key in zip(HEADS, [pro, apps, rev], ["pro", "apps", "rev"]):
        sheet.put(r, left, head, 1, width)
        placed[key] = r + 1
        if key == "apps" and wrong:
            group, j = wrong
            row_index, sums = where[group]
            bad = str(Decimal(sums[j] or "0") + 1)
            # the row is [小计] + figures: the figure of applicant column j sits after the label (+1) and, past the
            # 5 organisation columns, after the 小计 column
            cell_index = 1 + j + (1 if j >= 6 else 0)
            text, rs, cs = table[row_index][cell_index]
            table[row_index][cell_index] = (bad, rs, cs)
            grid_col = 3 + j + (1 if j >= 6 else 0)
            findings.append({"id": "READ.subtotalMismatch",
                             "cell": "统计表!%s%d" % (col_name(left + grid_col), r + 1 + row_index + 1)})
        if key == "apps" and extra:
            grid_col = 3 + 8
            for k, text in extra[1].items():
                keys = [x for x in ["newReceived", "carriedOver"] if x == k]
                row_index = {"newReceived": 3, "carriedOver": 4}[keys[0]]
                findings.append({"id": "READ.unknownColumn",
                                 "cell": "统计表!%s%d" % (col_name(left + grid_col), r + 1 + row_index + 1)})
        h, _ = put_table(sheet, table, r + 1, left)
        r += h + 2
    footer_merged(sheet, r, left, width)
    book.close()
    return findings


def libreoffice_copy(source, target):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: %s not written" % target, file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "xlsx",
                        "--outdir", tmp, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, os.path.basename(source)), target)


def sum_skipping_text(path, sheet_name, cells):
    """The cells among `cells` whose saved value differs from the sum of the five figures to their left read as a
    reader reads them (numbers typed as text count; blanks add nothing)."""
    import openpyxl
    from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
    if not os.path.exists(path):
        return []
    ws = openpyxl.load_workbook(path, data_only=True)[sheet_name]
    out = []
    for ref in cells:
        letters, row = coordinate_from_string(ref)
        col = column_index_from_string(letters)
        parts = []
        for c in range(col - 5, col):
            v = ws.cell(row=row, column=c).value
            try:
                parts.append(Decimal(str(v)))
            except Exception:
                pass
        given = ws[ref].value
        if given is None:
            continue
        if (sum(parts) if parts else Decimal(0)) != Decimal(str(given)):
            out.append({"id": "READ.subtotalMismatch", "cell": "%s!%s" % (sheet_name, ref)})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    reports = {r["name"]: r for r in [published.seed_report(), published.city_2021_report(),
                                      published.province_2019_blank_report()]}
    jobs = [("stacked", "seed-luoyang-2020", stacked, {}), ("stacked", "city-2022", stacked, {}),
            ("per-sheet", "province-2019-blank", per_sheet, {}), ("per-sheet", "city-2022", per_sheet, {}),
            ("cover-sheet", "province-2019-blank", stacked, {"cover_sheet": True}),
            ("subtotals", "seed-luoyang-2020", subtotals, {"extra": ("其中：网上申请", {"newReceived": "97"})}),
            ("subtotals", "city-2022", subtotals, {"wrong": ("（四）无法提供", 0)})]
    for layout, name, write, options in jobs:
        path = os.path.join(OUT, "%s-%s.xlsx" % (layout, name))
        findings = write(reports[name], path, **options)
        with open(os.path.join(OUT, "%s-%s.findings.json" % (layout, name)), "w", encoding="utf-8") as f:
            json.dump(findings, f, ensure_ascii=False, indent=1)
    # LibreOffice calculates the formulas on loading and saves their values — and, as Excel does, SUM skips the
    # numbers typed as text, so those 小计 disagree with the figures as a reader reads them: a finding at the cell.
    lo = os.path.join(OUT, "stacked-city-2022.libreoffice.xlsx")
    libreoffice_copy(os.path.join(OUT, "stacked-city-2022.xlsx"), lo)
    with open(os.path.join(OUT, "stacked-city-2022.findings.json"), encoding="utf-8") as f:
        formula_cells = [x["cell"].split("!")[1] for x in json.load(f) if x["id"] == "WB.formulaWithoutValue"]
    with open(os.path.join(OUT, "stacked-city-2022.libreoffice.findings.json"), "w", encoding="utf-8") as f:
        json.dump(sum_skipping_text(lo, "年报统计表", formula_cells), f, ensure_ascii=False, indent=1)
    print("wrote workbooks to", OUT)


if __name__ == "__main__":
    sys.exit(main())

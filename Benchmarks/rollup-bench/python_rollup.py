#!/usr/bin/env python3
"""The baseline of rollup-bench: the city roll-up of unit workbooks as a Python office script would do it.

    python3 python_rollup.py REPORTS_FOLDER OUT.xlsx [--read-only]

For every *.xlsx in the folder (path order): openpyxl reads the unit's 表三 and 表四 (cached values;
`load_workbook(path, data_only=True)` as an office script writes it, or with --read-only openpyxl's lazy
read-only mode, which parses only the sheets touched and is about four times faster on these workbooks),
finds the columns by their header labels and the rows by their labels (the last text in the label columns), checks
the identities (一+二=三(七)+四 per column, (七)总计 = the result rows, 总计 = the six applicant columns; each 表四
group's 总计 = its four outcomes), and sums every cell (a blank cell is not 0: summed over the units that filled it).
XlsxWriter then writes the summary: 表三 and 表四 totals with their labels, and the identity failures.
Prints one line: `read X s  sum Y s  write Z s  units N  failures F`.
"""
import glob
import os
import sys
import time

import openpyxl
import xlsxwriter

APPLICANT_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
APPLICATION_COLUMNS = APPLICANT_COLUMNS + ["总计"]
NEW, CARRIED, RESULT_TOTAL, CARRY_FORWARD = (
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（七）总计",
    "四、结转下年度继续办理",
)
REVIEW_GROUPS = ["行政复议", "未经复议直接起诉", "复议后起诉"]
OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def applications(ws):
    """表三 as {row label: [7 figures or None]} in sheet order, columns found by their header labels."""
    rows = list(ws.iter_rows(values_only=True))
    columns = {}
    for row in rows[:8]:
        for i, value in enumerate(row):
            if isinstance(value, str) and value.strip() in APPLICATION_COLUMNS and value.strip() not in columns:
                columns[value.strip()] = i
    missing = [c for c in APPLICATION_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"表三: no column {missing}")
    first = min(columns.values())
    table = {}
    for row in rows:
        labels = [v.strip() for v in row[:first] if isinstance(v, str) and v.strip()]
        if not labels:
            continue
        label = labels[-1]
        figures = [row[columns[c]] if columns[c] < len(row) else None for c in APPLICATION_COLUMNS]
        if any(isinstance(f, (int, float)) for f in figures):
            table[label] = [f if isinstance(f, (int, float)) else None for f in figures]
    for needed in (NEW, CARRIED, RESULT_TOTAL, CARRY_FORWARD):
        if needed not in table:
            raise ValueError(f"表三: no row {needed}")
    return table


def reviews(ws):
    """表四's one data row as {(group, outcome): figure or None}, columns found by the group and outcome labels."""
    rows = list(ws.iter_rows(values_only=True))
    groups = {}
    for row in rows[:6]:
        for i, value in enumerate(row):
            if value in REVIEW_GROUPS:
                groups[value] = i
    if len(groups) != 3:
        raise ValueError("表四: review groups not found")
    header_end = max(i for i, row in enumerate(rows[:8]) if any(v in OUTCOMES for v in row))
    data = next(row for row in rows[header_end + 1:] if any(isinstance(v, (int, float)) for v in row))
    out = {}
    for group, start in groups.items():
        for k, outcome in enumerate(OUTCOMES):
            value = data[start + k] if start + k < len(data) else None
            out[(group, outcome)] = value if isinstance(value, (int, float)) else None
    return out


def add(total, filled, key, value):
    if value is None:
        return
    total[key] = total.get(key, 0) + value
    filled[key] = filled.get(key, 0) + 1


def check(unit, app, rev, failures):
    def v(x):
        return x or 0
    results = [label for label in app if label not in (NEW, CARRIED, RESULT_TOTAL, CARRY_FORWARD)]
    for c, column in enumerate(APPLICATION_COLUMNS):
        lhs = v(app[NEW][c]) + v(app[CARRIED][c])
        rhs = v(app[RESULT_TOTAL][c]) + v(app[CARRY_FORWARD][c])
        if lhs != rhs:
            failures.append((unit, "表三", f"一+二≠三(七)+四 ({column})", lhs, rhs))
        parts = sum(v(app[label][c]) for label in results)
        if v(app[RESULT_TOTAL][c]) != parts:
            failures.append((unit, "表三", f"(七)总计≠各项之和 ({column})", app[RESULT_TOTAL][c], parts))
    for label, figures in app.items():
        if v(figures[6]) != sum(v(f) for f in figures[:6]):
            failures.append((unit, "表三", f"总计≠各列之和 ({label})", figures[6], sum(v(f) for f in figures[:6])))
    for group in REVIEW_GROUPS:
        parts = sum(v(rev[(group, o)]) for o in OUTCOMES[:4])
        if v(rev[(group, "总计")]) != parts:
            failures.append((unit, "表四", f"{group} 总计≠各项之和", rev[(group, "总计")], parts))


def main():
    folder, output = sys.argv[1], sys.argv[2]
    read_only = "--read-only" in sys.argv[3:]
    read = summing = 0.0
    app_total, app_filled, rev_total, rev_filled = {}, {}, {}, {}
    labels = []
    failures = []
    units = 0
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.xlsx"), recursive=True)):
        start = time.perf_counter()
        wb = openpyxl.load_workbook(path, read_only=read_only, data_only=True)
        app = applications(wb["表三"])
        rev = reviews(wb["表四"])
        wb.close()
        middle = time.perf_counter()
        unit = os.path.basename(path)
        check(unit, app, rev, failures)
        for label, figures in app.items():
            if label not in app_total:
                labels.append(label)
                app_total[label], app_filled[label] = {}, {}
            for c, f in enumerate(figures):
                add(app_total[label], app_filled[label], c, f)
        for key, f in rev.items():
            add(rev_total, rev_filled, key, f)
        units += 1
        summing += time.perf_counter() - middle
        read += middle - start

    start = time.perf_counter()
    book = xlsxwriter.Workbook(output + ".tmp", {"constant_memory": False})
    header = book.add_format({"bold": True, "border": 1, "align": "center", "font_name": "宋体"})
    cell = book.add_format({"border": 1, "font_name": "宋体"})
    sheet = book.add_worksheet("表三")
    sheet.write_row(0, 0, ["项目"] + APPLICATION_COLUMNS, header)
    for r, label in enumerate(labels, start=1):
        sheet.write_string(r, 0, label, cell)
        for c in range(len(APPLICATION_COLUMNS)):
            if c in app_total[label]:
                sheet.write_number(r, c + 1, app_total[label][c], cell)
            else:
                sheet.write_blank(r, c + 1, None, cell)
    sheet = book.add_worksheet("表四")
    for g, group in enumerate(REVIEW_GROUPS):
        sheet.merge_range(0, g * 5, 0, g * 5 + 4, group, header)
        for k, outcome in enumerate(OUTCOMES):
            sheet.write_string(1, g * 5 + k, outcome, header)
            if (group, outcome) in rev_total:
                sheet.write_number(2, g * 5 + k, rev_total[(group, outcome)], cell)
    sheet = book.add_worksheet("校验结果")
    sheet.write_row(0, 0, ["单位", "表", "规则", "左边", "右边"], header)
    for r, failure in enumerate(failures, start=1):
        sheet.write_row(r, 0, failure, cell)
    book.close()
    os.replace(output + ".tmp", output)
    write = time.perf_counter() - start
    print(f"read {read:.3f} s  sum {summing:.3f} s  write {write:.3f} s  units {units}  failures {len(failures)}")


if __name__ == "__main__":
    main()

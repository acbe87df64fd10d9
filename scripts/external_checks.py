#!/usr/bin/env python3
"""Independent checks of the workbooks GovDisclosure writes, through openpyxl.

Each workbook the Swift tests leave in OUT has one `check_<name>` function below, registered in CHECKS by file
name. A check opens the file twice — `data_only=False` for formulas, `data_only=True` for the cached values a
non-recalculating client shows — and calls `expect(condition, what)` for each fact. To cover a new workbook:
write `check_<name>(path, expect)` and add `"<file>.xlsx": check_<name>` to CHECKS.

Usage: external_checks.py OUT_DIR    Prints one line per failure and `external-checks: N passed, M failed`.
"""
import os
import sys

import openpyxl


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, file, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {file}: {what}")


def open_both(path):
    """(formulas, cached values) views of one workbook."""
    return openpyxl.load_workbook(path, data_only=False), openpyxl.load_workbook(path, data_only=True)


def check_writer_sample(path, expect):
    """Tests/XLSXTests/WriterTestSupport.writeSampleWorkbook: every writer feature once."""
    formulas, values = open_both(path)
    expect(formulas.sheetnames == ["表一", "图表", "代码表"], f"sheet names {formulas.sheetnames}")
    f, v = formulas["表一"], values["表一"]

    expect([str(r) for r in f.merged_cells.ranges] == ["A1:D1"], f"merged {f.merged_cells.ranges}")
    expect(v["A1"].value == "2020年政府信息公开工作年度报告", f"title {v['A1'].value!r}")
    expect(v["A3"].value == "洛阳市人民政府办公室", f"A3 {v['A3'].value!r}")
    expect(v["B3"].value == 1 and v["B4"].value == 2, f"counts {v['B3'].value!r} {v['B4'].value!r}")
    expect(v["C3"].value == 94.2 and v["C4"].value == 0.07, f"amounts {v['C3'].value!r} {v['C4'].value!r}")
    expect(f["B5"].value == "=SUM(B3:B4)", f"B5 formula {f['B5'].value!r}")
    expect(v["B5"].value == 3, f"B5 cached {v['B5'].value!r}")
    expect(f["C5"].value == "=SUM(C3:C4)", f"C5 formula {f['C5'].value!r}")
    expect(v["C5"].value == 94.27, f"C5 cached {v['C5'].value!r}")

    title_font = f["A1"].font
    expect(title_font.name == "宋体" and title_font.sz == 16 and title_font.b, f"title font {title_font.name} {title_font.sz}")
    expect(f["A2"].font.name == "仿宋" and f["A2"].alignment.wrap_text, "header font 仿宋, wrapped")
    expect(f["A2"].alignment.horizontal == "center" and f["A2"].alignment.vertical == "center", "header centred")
    expect(f["A3"].border.left.style == "thin", "borders thin")
    expect(f["C3"].number_format == "0.00", f"money format {f['C3'].number_format!r}")
    expect(f["B3"].fill.fgColor.rgb == "FFFFF2CC", f"input fill {f['B3'].fill.fgColor.rgb}")

    expect(f.protection.sheet is True and f.protection.password is not None, "sheet protected with a password")
    expect(f["B3"].protection.locked is False and f["D4"].protection.locked is False, "input cells unlocked")
    expect(f["A3"].protection.locked is True and f["B5"].protection.locked is True, "labels and totals locked")

    dvs = {str(dv.sqref): dv for dv in f.data_validations.dataValidation}
    whole = dvs.get("B3:B4")
    expect(whole is not None and whole.type == "whole" and whole.operator == "greaterThanOrEqual"
           and whole.formula1 == "0", "whole number >= 0 on B3:B4")
    expect(whole is not None and whole.prompt == "请填写非负整数" and whole.error == "请输入大于等于 0 的整数",
           "validation messages")
    listed = dvs.get("D3:D4")
    expect(listed is not None and listed.type == "list" and listed.formula1 == '"是,否"', "list 是/否 on D3:D4")

    widths = {k: round(d.width, 2) for k, d in f.column_dimensions.items() if d.width}
    expect(widths.get("A", 0) >= 22, f"column A fits 10 CJK characters: {widths.get('A')}")
    expect(widths.get("D") == 12.71, f"explicit width of D kept: {widths.get('D')}")
    expect(f.freeze_panes == "A3", f"freeze panes {f.freeze_panes}")

    ps = f.page_setup
    expect(ps.paperSize in (9, "9") and ps.orientation == "landscape", f"A4 landscape {ps.paperSize} {ps.orientation}")
    expect(f.sheet_properties.pageSetUpPr.fitToPage and ps.fitToHeight in (0, "0"), "fit to page width")
    expect(f.print_options.horizontalCentered, "centred horizontally")
    expect(f.print_title_rows == "$1:$2", f"repeated rows {f.print_title_rows}")
    expect(abs(f.page_margins.left - 2 / 2.54) < 1e-9, f"left margin {f.page_margins.left}")

    expect(values["代码表"].sheet_state == "hidden", "代码表 hidden")
    props = formulas.properties
    expect(props.title == "政府信息公开工作年度报告" and props.creator == "GovDisclosure", f"properties {props.title}")
    names = formulas.defined_names
    expect("合计数量" in names and names["合计数量"].attr_text == "'表一'!$B$5", "defined name 合计数量")


# The seed's figures (Tests/TestSupport/SeedReport.swift), as the exported workbook must show them.
SEED_TABLE3 = {
    6: [153, 25, 0, 0, 0, 0, 178], 7: [12, 0, 0, 0, 0, 0, 12], 8: [23, 1, 0, 0, 0, 0, 24],
    9: [23, 0, 0, 0, 0, 0, 23], 18: [115, 24, 0, 0, 0, 0, 139], 19: [2, 0, 0, 0, 0, 0, 2],
    21: [1, 0, 0, 0, 0, 0, 1], 27: [164, 25, 0, 0, 0, 0, 189], 28: [1, 0, 0, 0, 0, 0, 1],
}
SEED_TABLE4 = [1, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1]


def check_report_seed(path, expect):
    """Tests/DisclosureWorkbookTests/ReportExternalOutputTests: the seed (洛阳 2020, 2019 edition) exported."""
    formulas, values = open_both(path)
    expect(formulas.sheetnames == ["封面", "表二", "表三", "表四", "校验结果", "图表"], f"sheet names {formulas.sheetnames}")
    f, v = formulas["表三"], values["表三"]
    labels = {"A1": "三、收到和处理政府信息公开申请情况", "D3": "申请人情况", "D4": "自然人", "E4": "法人或其他组织",
              "E5": "商业企业", "F5": "科研机构", "G5": "社会公益组织", "H5": "法律服务机构", "I5": "其他", "J4": "总计",
              "A6": "一、本年新收政府信息公开申请数量", "A7": "二、上年结转政府信息公开申请数量", "A8": "三、本年度办理结果",
              "B8": "（一）予以公开", "B10": "（三）不予公开", "C10": "1.属于国家秘密", "B18": "（四）无法提供",
              "B21": "（五）不予处理", "B26": "（六）其他处理", "B27": "（七）总计", "A28": "四、结转下年度继续办理"}
    for cell, label in labels.items():
        expect(v[cell].value == label, f"表三!{cell} {v[cell].value!r} != {label!r}")
    expect("勾稽关系" in (v["A3"].value or ""), "表三 corner note in A3")
    merged = {str(r) for r in f.merged_cells.ranges}
    for r in ["A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5", "A8:A27", "B10:B17", "B18:B20", "B21:B25", "B8:C8"]:
        expect(r in merged, f"表三 merged {r}")
    for row, figures in SEED_TABLE3.items():
        got = [v.cell(row=row, column=4 + i).value for i in range(7)]
        expect(got == figures, f"表三 row {row}: {got} != {figures}")
    expect(f["J6"].value == "=SUM(D6:I6)" and f["D27"].value == "=SUM(D8:D26)", f"表三 formulas {f['J6'].value} {f['D27'].value}")
    expect(f["J27"].value in ("=SUM(D27:I27)", "=SUM(J8:J26)"), f"表三!J27 {f['J27'].value}")
    expect(f["A6"].font.name == "宋体" and f["D3"].font.b and f["D3"].alignment.wrap_text, "表三 fonts 宋体, headers bold wrapped")
    expect(f["A3"].font.name == "仿宋", "corner note 仿宋")
    expect(f["D6"].border.left.style == "thin", "表三 borders thin")
    expect(f.freeze_panes == "D6", f"表三 frozen at {f.freeze_panes}")
    expect(f.page_setup.paperSize in (9, "9") and f.sheet_properties.pageSetUpPr.fitToPage, "表三 A4, fit to width")
    expect(f.print_title_rows == "$1:$5", f"表三 repeated rows {f.print_title_rows}")

    f4, v4 = formulas["表四"], values["表四"]
    merged4 = {str(r) for r in f4.merged_cells.ranges}
    for r in ["A3:E3", "F3:O3", "F4:J4", "K4:O4", "A4:A5"]:
        expect(r in merged4, f"表四 merged {r}")
    expect([v4.cell(row=6, column=1 + i).value for i in range(15)] == SEED_TABLE4, "表四 figures")
    expect(f4["E6"].value == "=SUM(A6:D6)" and f4["O6"].value == "=SUM(K6:N6)", "表四 group totals are formulas")
    expect(f4.page_setup.orientation == "landscape", "表四 landscape")

    v2 = values["表二"]
    expect(v2["A3"].value == "第二十条第（一）项" and v2["B4"].value == "本年新制作数量", "表二 block (一) labels")
    expect(v2["A20"].value == "政府集中采购" and v2["C20"].value == 94.2, f"表二 采购总金额 {v2['C20'].value!r}")
    expect(values["封面"]["B4"].value == "洛阳市人民政府办公室" and values["封面"]["B8"].value == 2020, "封面 unit and year")
    expect(values["图表"]["B6"].value == 141 and formulas["图表"]["B6"].value == "=SUM('表三'!J18:J20)", "图表 (四) from 表三")
    expect(formulas["表三"].protection.sheet is not True, "a report is not protected")


def check_report_template(path, expect, edition):
    """ReportExternalOutputTests: the blank template of one edition."""
    formulas, values = open_both(path)
    expect(formulas.sheetnames == ["封面", "表二", "表三", "表四"], f"template sheets {formulas.sheetnames}")
    f = formulas["表三"]
    expect(f.protection.sheet is True, "表三 protected")
    expect(f["D6"].protection.locked is False and f["I26" if edition == 2019 else "I28"].protection.locked is False,
           "表三 inputs unlocked")
    total_row = 27 if edition == 2019 else 29
    expect(f["J6"].protection.locked is True and f[f"D{total_row}"].protection.locked is True, "表三 totals locked")
    expect(f["A6"].protection.locked is True, "表三 labels locked")
    expect(f[f"D{total_row}"].value == f"=SUM(D8:D{total_row - 1})", f"表三 (七) formula {f[f'D{total_row}'].value}")
    expect(values["表三"][f"D{total_row}"].value == 0, "template totals cached 0")
    expect(f["D6"].fill.fgColor.rgb == "FFFFF2CC", "input fill pale yellow")
    dvs = {str(dv.sqref): dv for dv in f.data_validations.dataValidation}
    counts = dvs.get(f"D6:D{total_row - 1}")
    expect(counts is not None and counts.type == "whole" and counts.operator == "greaterThanOrEqual"
           and counts.formula1 == "0", "whole numbers >= 0 on 表三 inputs")
    expect(f"J6:J{total_row - 1}" not in dvs, "no validation on totals")
    t2 = formulas["表二"]
    dv2 = {str(dv.sqref): dv for dv in t2.data_validations.dataValidation}
    if edition == 2019:
        signed = dv2.get("C9:C10")
        expect(signed is not None and signed.type == "whole" and signed.operator in (None, "between")
               and signed.formula1.startswith("-"), "本年增/减 any whole number")
        money = dv2.get("C20:D20")
    else:
        expect(values["表二"]["B4"].value == "本年制发件数", "2021 表二 labels")
        money = dv2.get("B16:D16")
    expect(money is not None and money.type == "decimal" and money.formula1 == "0", "money: decimals >= 0")
    cover = formulas["封面"]
    expect(cover.protection.sheet is True and cover["B4"].protection.locked is False, "封面 inputs unlocked")
    expect(any(str(c.value or "").startswith("填写说明") for row in cover.iter_rows() for c in row), "封面 instruction line")


CHECKS = {
    "writer-sample.xlsx": check_writer_sample,
    "report-seed.xlsx": check_report_seed,
    "report-template-2019.xlsx": lambda p, e: check_report_template(p, e, 2019),
    "report-template-2021.xlsx": lambda p, e: check_report_template(p, e, 2021),
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    results = Results()
    found = sorted(f for f in os.listdir(out) if f.endswith(".xlsx"))
    for name in found:
        check = CHECKS.get(name)
        if check is None:
            print(f"note: no check for {name}")
            continue
        try:
            check(os.path.join(out, name), lambda cond, what, n=name: results.expect(n, cond, what))
        except Exception as error:  # a crash in a check is a failure, not an abort
            results.expect(name, False, f"check raised {type(error).__name__}: {error}")
    for name in sorted(set(CHECKS) - set(found)):
        results.expect(name, False, "workbook missing from the output folder")
    print(f"external-checks: {results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())

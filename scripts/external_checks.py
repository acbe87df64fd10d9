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


CHECKS = {
    "writer-sample.xlsx": check_writer_sample,
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

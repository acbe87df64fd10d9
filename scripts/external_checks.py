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


# --- Statistics workbooks (RollupWorkbookTests, NewMediaWorkbookTests, InventoryTemplateTests) ---

def rows_from(ws, first_row):
    """The rows of `ws` from `first_row` (1-based) on, as lists of cell values."""
    return [list(r) for r in ws.iter_rows(min_row=first_row, values_only=True)]


def check_rollup(path, expect):
    """RollupWorkbookTests: the 55-unit sample city rolled up, one unit's report withheld."""
    formulas, values = open_both(path)
    expect(values.sheetnames == ["表二", "表三", "表四", "分级小计", "分单位明细", "空白统计", "校验结果"],
           f"sheet names {values.sheetnames}")
    fu, vu = formulas["分单位明细"], values["分单位明细"]
    units = [r for r in rows_from(vu, 6) if r[0] is not None]
    expect(len(units) == 55, f"one row per unit: {len(units)}")
    expect(sum(1 for r in units if r[5] == "未报送") == 1, "one unit 未报送")
    n = 5 + len(units)
    for col in range(7, 15):  # G..N: the key figures, 空白单元格, 问题数
        letter = openpyxl.utils.get_column_letter(col)
        text = fu.cell(row=5, column=col).value
        expect(text == f'=SUMIF($F$6:$F${n},"已汇总",{letter}6:{letter}{n})', f"分单位明细!{letter}5 formula {text!r}")
        summed = sum(r[col - 1] or 0 for r in units if r[5] == "已汇总")
        expect(vu.cell(row=5, column=col).value == summed, f"分单位明细!{letter}5 cached {vu.cell(row=5, column=col).value} = {summed}")
    expect(any(str(m) == "A5:F5" for m in fu.merged_cells.ranges), "合计 label merged A5:F5")
    expect(fu.freeze_panes == "C6", f"unit sheet frozen at C6: {fu.freeze_panes}")

    fl, vl = formulas["分级小计"], values["分级小计"]
    levels = rows_from(vl, 5)[:3]
    expect([r[0] for r in levels] == ["市本级", "县(市、区)", "部门"], f"levels {[r[0] for r in levels]}")
    expect(vl["A8"].value == "合计" and fl["B8"].value == "=SUM(B5:B7)", f"level total {fl['B8'].value!r}")
    for col in range(2, 10):
        letter = openpyxl.utils.get_column_letter(col)
        expect(vl.cell(row=8, column=col).value == sum(r[col - 1] or 0 for r in levels), f"分级小计!{letter}8 cached")
    # The per-level total and the per-unit total agree on every key figure (新收申请 … 规范性文件).
    expect([vl.cell(row=8, column=c).value for c in range(3, 9)] == [vu.cell(row=5, column=c).value for c in range(7, 13)],
           "分级小计 合计 = 分单位明细 合计")

    t3 = values["表三"]
    total_row = next((r for r in range(1, t3.max_row + 1) if any(t3.cell(row=r, column=c).value == "（七）总计" for c in (1, 2, 3))), None)
    expect(total_row is not None, "表三 has its （七）总计 row")
    if total_row:
        expect(t3.cell(row=total_row, column=t3.max_column).value == vu["H5"].value,
               f"表三 （七）总计 × 总计 = 分单位明细 办理结果总计 ({vu['H5'].value})")
    expect(len(formulas["表三"].merged_cells.ranges) >= 10, "表三 header tree and group labels merged")

    fb, vb = formulas["空白统计"], values["空白统计"]
    last = vb.max_row
    expect(fb.cell(row=last, column=5).value == f"=SUM(E4:E{last - 1})", f"空白统计 total {fb.cell(row=last, column=5).value!r}")
    expect(vb.cell(row=last, column=5).value == sum(r[4] or 0 for r in rows_from(vb, 4)[:-1]), "空白统计 total cached")
    vd = values["校验结果"]
    expect([c.value for c in vd[3]] == ["序号", "级别", "编号", "单位", "位置", "问题", "说明"], "校验结果 headings")
    expect(any(r[2] == "AGG.missingReport" for r in rows_from(vd, 4)), "校验结果 lists the missing report")


ACCOUNT_HEADER = ["账号名称", "平台", "类别", "账号ID", "主办单位", "状态", "最近更新日期", "开设日期", "互动功能"]
WEBSITE_HEADER = ["网站名称", "首页网址", "政府网站标识码", "ICP备案号", "公安机关备案号", "主办单位", "网站类型", "状态"]


def check_new_media(path, expect):
    """NewMediaWorkbookTests: the sample city's 324 accounts (2 closed) and 59 websites, the seed's declared counts."""
    import zipfile
    formulas, values = open_both(path)
    expect(values.sheetnames == ["按平台", "按单位", "按状态", "网站按类型", "账号清单", "网站清单"], f"sheets {values.sheetnames}")
    accounts = values["账号清单"]
    expect([c.value for c in accounts[3]][1:] == ACCOUNT_HEADER, "账号清单 has the CSV columns")
    records = [r for r in rows_from(accounts, 4) if r[0] is not None]
    expect(len(records) == 324, f"324 account rows: {len(records)}")
    open_records = [r for r in records if r[6] == "开设"]
    by_category = {c: sum(1 for r in open_records if r[3] == c) for c in ["微信", "微博", "移动客户端", "其他"]}

    fp, vp = formulas["按平台"], values["按平台"]
    expect([vp.cell(row=r, column=1).value for r in range(4, 8)] == ["微信", "微博", "移动客户端", "其他"], "categories")
    expect([vp.cell(row=r, column=2).value for r in range(4, 8)] == list(by_category.values()),
           f"按平台 counts = 账号清单 by 类别: {by_category}")
    expect(fp["B8"].value == "=SUM(B4:B7)" and vp["B8"].value == len(open_records), f"按平台 合计 {vp['B8'].value}")
    expect(str(fp["B7"].value).startswith("=SUM(B"), f"其他 is the sum of its platforms: {fp['B7'].value!r}")
    expect(vp["C8"].value == 316 and vp["C9"].value == 324, f"declared 316 by category vs 324 in total: {vp['C8'].value} {vp['C9'].value}")
    expect(fp["D9"].value == "=B9-C9" and vp["D9"].value == len(open_records) - 324, "declared difference")
    expect("相差 8 个" in str(vp["A10"].value), f"note on 324 vs 316: {vp['A10'].value!r}")
    expect(any(str(m) == "A1:D1" for m in fp.merged_cells.ranges), "按平台 title merged")
    with zipfile.ZipFile(path) as z:
        expect(any(n.startswith("xl/charts/chart") for n in z.namelist()), "a chart is in the file")

    fu, vu = formulas["按单位"], values["按单位"]
    body = [r for r in rows_from(vu, 5) if r[0] is not None]
    expect(vu["D4"].value == sum(r[3] for r in body) and fu["D4"].value == f"=SUM(D5:D{4 + len(body)})", "按单位 微信 合计")
    expect(vu["H4"].value == len(open_records), "按单位 账号合计")
    expect(all(r[7] == sum(r[3:7]) for r in body), "row totals = 微信+微博+移动客户端+其他")
    expect(all(str(fu.cell(row=5 + i, column=8).value) == f"=SUM(D{5 + i}:G{5 + i})" for i in range(len(body))),
           "row totals are formulas")

    vs = values["按状态"]
    expect([vs.cell(row=r, column=2).value for r in range(4, 8)] == [sum(1 for x in records if x[6] == s) for s in ["开设", "关停", "注销", "整合"]],
           "按状态 counts = 账号清单 by 状态")
    sites = [r for r in rows_from(values["网站清单"], 4) if r[0] is not None]
    expect([c.value for c in values["网站清单"][3]][1:] == WEBSITE_HEADER, "网站清单 has the CSV columns")
    expect(vs["C8"].value == len(sites) == 59, f"按状态 websites {vs['C8'].value}")
    expect(values["网站按类型"]["B7"].value == sum(1 for r in sites if r[8] == "开设"), "网站按类型 合计")


def check_inventory_template(path, expect):
    """InventoryTemplateTests: the blank 网站清单 and 政务新媒体账号清单 templates (50 input rows)."""
    formulas, _ = open_both(path)
    expect(formulas.sheetnames == ["网站清单", "政务新媒体账号清单"], f"sheets {formulas.sheetnames}")
    for name, header in [("网站清单", WEBSITE_HEADER), ("政务新媒体账号清单", ACCOUNT_HEADER)]:
        ws = formulas[name]
        expect([c.value for c in ws[1]][:len(header)] == header, f"{name} header = CSV columns")
        expect(ws.protection.sheet is True, f"{name} protected")
        expect(ws["A1"].protection.locked is True and ws["A2"].protection.locked is False, f"{name} header locked, inputs not")
        expect(str(ws.cell(row=1, column=len(header) + 2).value).startswith("填写说明"), f"{name} instruction")
        expect(ws.freeze_panes == "A2", f"{name} header frozen")
    dvs = {str(dv.sqref): dv for dv in formulas["政务新媒体账号清单"].data_validations.dataValidation}
    expect(dvs.get("C2:C51") is not None and dvs["C2:C51"].formula1 == '"微信,微博,移动客户端,其他"', "类别 list")
    expect(dvs.get("F2:F51") is not None and dvs["F2:F51"].formula1 == '"开设,关停,注销,整合"', "状态 list")
    date = dvs.get("G2:G51")
    expect(date is not None and date.type == "whole" and date.operator in (None, "between")  # between is OOXML's default
           and date.formula1 == "36526" and date.formula2 == "73050",
           "最近更新日期 accepts dates 2000-01-01 … 2099-12-31")
    expect(formulas["政务新媒体账号清单"]["G2"].number_format == "yyyy-mm-dd", "date cells formatted yyyy-mm-dd")
    sites = {str(dv.sqref): dv for dv in formulas["网站清单"].data_validations.dataValidation}
    expect(sites.get("G2:G51") is not None and sites["G2:G51"].formula1 == '"政府门户网站,部门网站,专项网站"', "网站类型 list")


CHECKS = {
    "writer-sample.xlsx": check_writer_sample,
    "report-seed.xlsx": check_report_seed,
    "report-template-2019.xlsx": lambda p, e: check_report_template(p, e, 2019),
    "report-template-2021.xlsx": lambda p, e: check_report_template(p, e, 2021),
    "rollup.xlsx": check_rollup,
    "new-media.xlsx": check_new_media,
    "inventory-template.xlsx": check_inventory_template,
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

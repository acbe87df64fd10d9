import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("The seed rewritten into the layouts real reports use")
struct LayoutVariantTests {
    static let layouts: [(String, String)] = [
        ("pipes", SeedLayout.pipes), ("markdown", SeedLayout.markdown), ("one cell per line", SeedLayout.oneCellPerLine),
        ("spaces", SeedLayout.spaces), ("full-width", SeedLayout.fullWidth),
    ]

    @Test("every layout gives exactly the seed's three tables, its edition and year, and no diagnostic", arguments: layouts.map(\.0))
    func layoutReadsLikeTheSeed(_ name: String) throws {
        let text = try #require(Self.layouts.first { $0.0 == name }?.1)
        let result = Read.text(text)
        #expect(result.report.applications.cells == Fixtures.seedReport.applications.cells)
        #expect(result.report.proactive.cells == Fixtures.seedReport.proactive.cells)
        #expect(result.report.reviews.cells == Fixtures.seedReport.reviews.cells)
        #expect(result.report.edition == .y2019)
        #expect(result.report.year == 2020)
        #expect(result.report.organization.name == "洛阳市人民政府办公室")
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
    }

    @Test("the full-width layout still yields every prose figure (full-width digits in the prose)")
    func fullWidthProse() {
        let figures = Read.text(SeedLayout.fullWidth).report.quotedFigures.map { "\($0.kind) \($0.value)" }
        let seed = Read.seed.report.quotedFigures.map { "\($0.kind) \($0.value)" }
        #expect(figures == seed)
    }

    @Test("half-width enumerators and the comma variants read the same: 1、 for 1. , （一） for (一), 一， for 一、")
    func enumeratorAndCommaVariants() {
        let text = SeedLayout.rewritingTableLines { cells in
            [
                cells.map { cell in
                    var c = cell
                    for n in 1...8 { c = c.replacingOccurrences(of: "\(n). ", with: "\(n)、") }
                    for n in ["一", "二", "三", "四", "五", "六", "七"] {
                        c = c.replacingOccurrences(of: "(\(n)) ", with: "（\(n)）")
                        c = c.replacingOccurrences(of: "\(n)、", with: "\(n)，")
                    }
                    return c.replacingOccurrences(of: "，只计", with: "、只计")
                }.joined(separator: "\t")
            ]
        }
        #expect(text.contains("1、属于国家秘密"))
        #expect(text.contains("（一）予以公开"))
        #expect(text.contains("一，本年新收"))
        let result = Read.text(text)
        #expect(result.report.applications.cells == Fixtures.seedReport.applications.cells)
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
    }

    @Test("\"-\", \"—\", \"/\", \"无\" and \"(空)\" read as blank, distinct from 0; the other cells are unchanged")
    func blankMarkers() {
        let licensing = SeedLayout.line(startingWith: "行政许可")
        let enforcement = SeedLayout.line(startingWith: "行政强制")
        var text = SeedLayout.replacing(line: licensing, with: ["行政许可\t-\t—\t/"])
        text = text.components(separatedBy: "\n").enumerated()
            .map { $0.offset + 1 == enforcement ? "行政强制\t无\t(空)\t0" : $0.element }.joined(separator: "\n")
        let result = Read.text(text)
        let p = result.report.proactive
        #expect(p[.licensing, .previousCount] == .blank)
        #expect(p[.licensing, .change] == .blank)
        #expect(p[.licensing, .decisions] == .blank)
        #expect(p[.enforcement, .previousCount] == .blank)
        #expect(p[.enforcement, .change] == .blank)
        #expect(p[.enforcement, .decisions] == 0)
        #expect(p[.penalty, .decisions] == 0)
        #expect(result.report.applications.cells == Fixtures.seedReport.applications.cells)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("an amount with its unit in the cell: 251000元 in the 万元 column is 25.1 exactly")
    func amountWithUnit() throws {
        let row = SeedLayout.line(startingWith: "政府集中采购")
        let result = Read.text(SeedLayout.replacing(line: row, with: ["政府集中采购\t2\t251000元\t"]))
        let amount = try #require(result.report.proactive[.procurement, .procurementAmount].decimal)
        #expect(amount == Read.decimal("25.1"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a column header stating 元 makes a bare number 元: 942000 under 采购总金额（单位：元） is 94.2 万元")
    func headerUnit() throws {
        let header = SeedLayout.line(startingWith: "信息内容\t采购项目数量")
        var lines = SeedLayout.lines
        lines[header - 1] = "信息内容\t采购项目数量\t采购总金额（单位：元）\t"
        lines[header] = "政府集中采购\t2\t942000\t"
        let result = Read.text(lines.joined(separator: "\n"))
        #expect(try #require(result.report.proactive[.procurement, .procurementAmount].decimal) == Read.decimal("94.2"))
    }

    @Test("provincial notes in brackets inside row and column labels are ignored for matching")
    func provincialNotes() {
        let text = SeedLayout.rewritingTableLines { cells in
            [
                cells.map { cell in
                    switch cell {
                    case "规章": "规章（设区的市、自治州人民政府应提供相关数据）"
                    case "上一年项目数量": "上一年项目数量（指2019年事项数）"
                    case "本年增/减": "本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）"
                    case "处理决定数量": "处理决定数量（指2020年办件量）"
                    case "其他对外管理服务事项": "其他对外管理服务事项（指行政许可证以外的政务服务事项）"
                    default: cell
                    }
                }.joined(separator: "\t")
            ]
        }
        #expect(text.contains("处理决定数量（指2020年办件量）"))
        let result = Read.text(text)
        #expect(result.report.proactive.cells == Fixtures.seedReport.proactive.cells)
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
    }

    @Test("湖北's extra row 其他主动公开文件 is kept in extraRows under its block, with a diagnostic at its line")
    func extraProvincialRow() throws {
        let after = SeedLayout.line(startingWith: "规范性文件")
        let label = "其他主动公开文件（含以本单位或本单位办公室名义正式签发的主动公开文件）"
        let text = SeedLayout.replacing(line: after, with: [SeedLayout.lines[after - 1], "\(label)\t186\t86\t255"])
        let result = Read.text(text)
        let extra = try #require(result.report.proactive.extraRows.first)
        #expect(result.report.proactive.extraRows.count == 1)
        #expect(extra.label == label)
        #expect(extra.block == "第二十条第（一）项")
        #expect(extra.figures == [.newlyMade: 186, .newlyPublished: 86, .totalPublished: 255])
        #expect(result.report.proactive.cells == Fixtures.seedReport.proactive.cells)
        #expect(Read.summary(result.diagnostics) == ["READ.extraRow warning \(after + 1)"])
    }

    @Test("a row that matches nothing and has the wrong number of figures is an error with its line and text")
    func unplaceableRow() throws {
        let at = SeedLayout.line(startingWith: "(七) 总计")
        let text = SeedLayout.replacing(line: at, with: ["小计\t5\t5", SeedLayout.lines[at - 1]])
        let result = Read.text(text)
        #expect(Read.summary(result.diagnostics) == ["READ.unplacedRow error \(at)"])
        let d = try #require(result.diagnostics.first)
        #expect(d.message.contains("小计"))
        #expect(d.notes == ["数字 figures: 5 5"])
        #expect(d.location.table == .applications)
        #expect(result.report.applications.cells == Fixtures.seedReport.applications.cells)
    }

    @Test("figures on a line of their own that belong to no row are an error with the line's text")
    func strayFigures() throws {
        let at = SeedLayout.line(startingWith: "规章")
        let text = SeedLayout.replacing(line: at, with: [SeedLayout.lines[at - 1], "\t7\t8\t"])
        let result = Read.text(text)
        #expect(Read.summary(result.diagnostics) == ["READ.unplacedFigures error \(at + 1)"])
        #expect(result.diagnostics.first?.message.contains("7 8") == true)
        #expect(result.report.proactive.cells == Fixtures.seedReport.proactive.cells)
    }

    @Test("a row with a figure missing is an error and none of its cells is guessed; other rows are unaffected")
    func missingFigure() {
        let at = SeedLayout.line(startingWith: "规章")
        let result = Read.text(SeedLayout.replacing(line: at, with: ["规章\t1\t48"]))
        #expect(Read.summary(result.diagnostics).first == "READ.missingFigures error \(at)")
        #expect(result.diagnostics.first?.notes == ["读到 read: 1 48"])
        let p = result.report.proactive
        #expect(p[.regulations, .newlyMade] == .blank)
        #expect(p[.regulations, .newlyPublished] == .blank)
        #expect(p[.regulations, .totalPublished] == .blank)
        #expect(p[.normativeDocuments, .totalPublished] == 502)
        // The table is then incomplete, which is reported too.
        #expect(result.diagnostics.map(\.id).contains("READ.rowsMissing"))
    }

    @Test("a 表三 row missing one of its seven figures is not read, and nothing is shifted into the next row")
    func applicationRowMissingFigure() {
        let at = SeedLayout.line(startingWith: "二、上年结转")
        let result = Read.text(SeedLayout.replacing(line: at, with: ["二、上年结转政府信息公开申请数量\t12\t0\t0\t0\t0\t12\t\t"]))
        #expect(Read.summary(result.diagnostics).first == "READ.missingFigures error \(at)")
        for c in FormCatalog.applicantColumns + [.total] { #expect(result.report.applications[.carriedOver, c] == .blank) }
        #expect(result.report.applications[.granted, .total] == 24)
    }

    @Test("an empty cell in a tab row is blank when the row's cells are exactly as many as its columns")
    func positionalBlank() {
        let at = SeedLayout.line(startingWith: "规章")
        let result = Read.text(SeedLayout.replacing(line: at, with: ["规章\t1\t\t48"]))
        #expect(result.report.proactive[.regulations, .newlyMade] == 1)
        #expect(result.report.proactive[.regulations, .newlyPublished] == .blank)
        #expect(result.report.proactive[.regulations, .totalPublished] == 48)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a row given twice keeps the first and reports the second")
    func duplicateRow() {
        let at = SeedLayout.line(startingWith: "规章")
        let result = Read.text(SeedLayout.replacing(line: at, with: [SeedLayout.lines[at - 1], "规章\t9\t9\t9"]))
        #expect(Read.summary(result.diagnostics) == ["READ.duplicateRow error \(at + 1)"])
        #expect(result.report.proactive[.regulations, .totalPublished] == 48)
    }
}

import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureSamples
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook
import Foundation
import TestSupport
import Testing

/// A format that is not one of the two official ones — a copy of the 2021 form with one extra 表二 row, as a
/// province adds 其他主动公开文件 — runs end to end through validation, export, template, import, text reading and the
/// roll-up, with no code path branching on an edition.
@Suite struct ThirdEditionTests {
    static let extraRow = RowKey("otherProactiveDocuments")

    static let format: ReportFormat = {
        var tables = ReportFormat.y2021.tables
        tables[0].blocks[0].rows.append(RowSpec(extraRow, "其他主动公开文件"))
        do {
            return try ReportFormat(basedOn: .y2021, edition: "2025-湖北", name: "湖北省年度报告格式（示例）", firstYear: 2025, tables: tables)
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let formats = ReportFormats.official.adding(format)

    static func report(_ index: Int = 0) -> AnnualReport {
        SampleCity.report(at: index, units: 20, year: 2025, format: format)
    }

    @Test func theFormatCarriesItsOwnRowAndTheRestOf2021() {
        #expect(Self.format.spec(.proactive).row(Self.extraRow)?.label == "其他主动公开文件")
        #expect(Self.format.spec(.applications) == ReportFormat.y2021.spec(.applications).relabelled("2025-湖北"))
        #expect(Self.format.index.cells.count == ReportFormat.y2021.index.cells.count + 3)
        #expect(Self.formats.format(forReportYear: 2025)?.edition == "2025-湖北")
        #expect(Self.formats.format(forReportYear: 2023)?.edition == .y2021)
        #expect(Self.report().edition == "2025-湖北")
        #expect(Self.report().proactive[Self.extraRow, .issued] != .blank)
    }

    @Test func validationKnowsTheRowAndRefusesTheFormatItIsNotGiven() {
        let report = Self.report()
        let found = Validator().validate(report, in: ValidationContext(formats: Self.formats))
        #expect(!found.contains { $0.severity == .error }, "\(found.map(\.id))")
        var blank = report
        blank.proactive[Self.extraRow, .repealed] = .blank
        let blanks = Validator().validate(blank, in: ValidationContext(formats: Self.formats)).filter { $0.id == "CELL.blank" }
        #expect(blanks.count == 1)
        #expect(blanks.first?.message.contains("其他主动公开文件") == true)
        // Without the format, nothing is checked against another edition's tables: one clear error.
        let unknown = Validator().validate(report)
        #expect(unknown.map(\.id) == ["FORM.unknownEdition"])
    }

    @Test func exportTemplateAndImportRoundTrip() throws {
        let dir = Fixtures.temporaryDirectory()
        let report = Self.report(3)
        let url = dir.appendingPathComponent("report.xlsx")
        try ReportWorkbookExporter(formats: Self.formats).write(report, to: url)
        let imported = try ReportWorkbookImporter(formats: Self.formats).read(contentsOf: url)
        #expect(imported.report == report.workbookContent(in: Self.format))
        #expect(imported.report.proactive[Self.extraRow, .inForce] == report.proactive[Self.extraRow, .inForce])
        #expect(imported.diagnostics.isEmpty)
        // The same file through the one way in.
        let file = try ReportFileReader(formats: Self.formats).read(url)
        #expect(file.report == imported.report)

        let template = dir.appendingPathComponent("template.xlsx")
        try ReportTemplateWriter().write(format: Self.format, to: template)
        let blank = try ReportWorkbookImporter(formats: Self.formats).read(contentsOf: template)
        #expect(blank.report.edition == "2025-湖北")
        #expect(blank.report.proactive.cells.isEmpty)
        // An exporter without the format refuses the report instead of drawing another edition's tables.
        #expect(throws: ReportWorkbookError.self) { try ReportWorkbookExporter().write(report, to: dir.appendingPathComponent("x.xlsx")) }
    }

    @Test func publishedTextOfTheFormatIsReadWithItsRow() throws {
        let report = Self.report(5)
        let text = PastedText.render(report, Self.format)
        let result = ReportTextReader(options: .init(formats: Self.formats)).read(text, file: "hubei.txt")
        #expect(result.report.edition == "2025-湖北")
        #expect(result.report.proactive == report.proactive)
        #expect(result.report.applications == report.applications)
        #expect(result.report.reviews == report.reviews)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.id))")
        // The official formats alone keep the row, but as one not on the form (nothing lost, nothing misplaced).
        let official = ReportTextReader().read(text, file: "hubei.txt")
        #expect(official.report.edition == .y2021)
        #expect(official.report.proactive.extraRows.map(\.label) == ["其他主动公开文件"])
    }

    @Test func theRollUpSumsTheExtraRowAndTheWorkbookShowsIt() throws {
        let reports = (0..<20).map(Self.report)
        let result = ReportRollup.rollUp(reports, formats: Self.formats)
        #expect(result.unitCount == 20)
        #expect(result.format == Self.format)
        let expected = reports.reduce(Decimal(0)) { $0 + ($1.proactive[Self.extraRow, .issued].decimal ?? 0) }
        #expect(result.total.proactive[Self.extraRow, .issued] == .number(expected))
        #expect(Validator().validate(result.total, in: ValidationContext(formats: Self.formats)).filter { $0.severity == .error }.isEmpty)
        let url = Fixtures.temporaryDirectory().appendingPathComponent("rollup.xlsx")
        try RollupWorkbookExporter().write(result, to: url)
        #expect(FileManager.default.fileExists(atPath: url.path))
        // Without the format every report is left out, named, never summed into another edition's tables.
        let official = ReportRollup.rollUp(reports)
        #expect(official.unitCount == 0)
        #expect(official.diagnostics.filter { $0.id == "AGG.unknownEdition" }.count == 20)
    }
}

extension TableSpec {
    /// The same description under another edition.
    func relabelled(_ edition: Edition) -> TableSpec {
        var spec = self
        spec.edition = edition
        return spec
    }
}

/// A report's tables as text pasted from a web page (tabs between cells, group labels on the first row of their
/// group), drawn from the form description.
enum PastedText {
    static func render(_ report: AnnualReport, _ format: ReportFormat) -> String {
        var lines = ["\(report.organization.name)\(report.year)年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实条例。"]
        func values(_ data: TableData, _ row: RowKey, _ columns: [ColumnSpec]) -> String {
            columns.map { data[row, $0.key].decimal?.plainText ?? "" }.joined(separator: "\t")
        }
        let proactive = format.spec(.proactive)
        lines.append(SectionID.proactive.heading)
        for block in proactive.blocks {
            if let title = block.title { lines.append(title) }
            lines.append(([block.rowHeader ?? ""] + block.columns.map(\.label)).joined(separator: "\t"))
            for row in block.rows { lines.append(row.label + "\t" + values(report.proactive, row.key, block.columns)) }
        }
        let applications = format.spec(.applications)
        lines.append(SectionID.applications.heading)
        let block = applications.blocks[0]
        lines.append((applications.cornerNote ?? "") + "\t申请人情况")
        lines.append("\t自然人\t法人或其他组织\t\t\t\t\t总计")
        lines.append("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
        var groups: [String] = []
        for row in block.rows {
            var cells: [String] = []
            for (depth, group) in row.groups.enumerated() {
                cells.append(groups.count > depth && groups[depth] == group ? "" : group)
            }
            groups = row.groups
            lines.append((cells + [row.label]).joined(separator: "\t") + "\t" + values(report.applications, row.key, block.columns))
        }
        let reviews = format.spec(.reviews)
        lines.append(SectionID.reviews.heading)
        lines.append("行政复议\t\t\t\t\t行政诉讼")
        lines.append("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉")
        lines.append("\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计")
        lines.append(values(report.reviews, .cases, reviews.blocks[0].columns))
        lines += [SectionID.problems.heading, "无。", SectionID.other.heading, "无。"]
        return lines.joined(separator: "\n")
    }
}

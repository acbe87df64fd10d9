import Foundation
import Testing
import TestSupport

/// `parse`, `check`, `import` and `rollup` take a workbook holding the official tables in a layout of its own
/// (Fixtures/sheets, written by make-workbooks.py), beside our template.
@Suite(.serialized) struct ForeignWorkbookCLITests {
    @Test func parseReadsAStackedSheetIntoTheJSONModel() throws {
        let r = try CLIRunner.run(["parse", Fixtures.url("sheets/stacked-seed-luoyang-2020.xlsx").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"procurementAmount\" : 94.2"))
        #expect(r.stdout.contains("\"name\" : \"洛阳市人民政府办公室\""))
        #expect(r.stdout.contains("\"year\" : 2020"))
    }

    @Test func checkLocatesASubtotalThatDisagreesAndAColumnNotOnTheForm() throws {
        let wrong = try CLIRunner.run(["check", Fixtures.url("sheets/subtotals-city-2022.xlsx").path])
        #expect(wrong.status == 1, "the fixture's figures break the form's sums: \(wrong.stderr)")
        #expect((wrong.stdout + wrong.stderr).contains("READ.subtotalMismatch"))
        #expect((wrong.stdout + wrong.stderr).contains("统计表!E39"))
        let extra = try CLIRunner.run(["check", Fixtures.url("sheets/subtotals-seed-luoyang-2020.xlsx").path])
        #expect((extra.stdout + extra.stderr).contains("READ.unknownColumn"))
        #expect((extra.stdout + extra.stderr).contains("统计表!M27"))
    }

    @Test func importAndRollupAcceptAForeignWorkbookBesideTheTemplate() throws {
        let dir = Fixtures.temporaryDirectory()
        let json = dir.appendingPathComponent("city.json")
        let imported = try CLIRunner.run(["import", Fixtures.url("sheets/per-sheet-city-2022.xlsx").path, "-o", json.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try String(contentsOf: json, encoding: .utf8).contains("测试市生态环境局"))
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for name in ["per-sheet-city-2022", "stacked-city-2022"] {
            try FileManager.default.copyItem(
                at: Fixtures.url("sheets/\(name).xlsx"), to: reports.appendingPathComponent("\(name).xlsx"))
        }
        let out = dir.appendingPathComponent("rollup.xlsx")
        let rollup = try CLIRunner.run(["rollup", reports.path, "-o", out.path])
        #expect(rollup.status <= 1, "\(rollup.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aWorkbookWithNeitherTheTemplateNorTheTablesIsRefusedSayingWhatWasLookedFor() throws {
        let r = try CLIRunner.run(["parse", Fixtures.url("xlsx/openpyxl.xlsx").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("封面"))
        #expect(r.stderr.contains("表二"))
    }
}

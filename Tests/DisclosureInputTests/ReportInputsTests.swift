import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureSamples
import Foundation
import TestSupport
import Testing

/// Folders: walked recursively, the tree found beside the reports, non-reports skipped with a note, an empty folder
/// an error.
@Suite struct ReportInputsTests {
    @Test func theSampleCityFolderRollsUpEveryUnitAndSkipsWhatIsNotAReport() throws {
        let dir = Fixtures.temporaryDirectory()
        let city = SampleCity.generate(year: 2021, units: 12, errors: 1)
        try city.write(to: dir)
        let inputs = try ReportInputs.expand([dir])
        #expect(inputs.treeFile?.lastPathComponent == "organizations.csv")
        #expect(inputs.tree?.organizations.count == 12)
        let batch = try ReportFileReader().readAll(inputs)
        #expect(batch.reports.count == 12)
        #expect(batch.failures.isEmpty)
        let skipped = Set(batch.skipped.compactMap { $0.location.file.map { ($0 as NSString).lastPathComponent } })
        #expect(skipped == ["organizations-all.csv", "websites.csv", "accounts.csv", "website-forms.json", "injected-errors.txt"])
        #expect(batch.skipped.allSatisfy { $0.id == "INPUT.skipped" && $0.severity == .note })

        var rollup = ReportRollup(tree: batch.tree)
        for checked in batch.reports { rollup.add(checked.file.report) }
        let result = rollup.finish()
        #expect(result.unitCount == 12)
        #expect(result.total.year == 2021)
        #expect(!result.diagnostics.contains { $0.id == "AGG.missingReport" })
    }

    @Test func subfoldersPerCountyAreWalkedAndABrokenFileIsAFindingOfItsOwn() throws {
        let dir = Fixtures.temporaryDirectory()
        let city = SampleCity.generate(year: 2020, units: 6)
        for (i, report) in city.reports.enumerated() {
            let folder = dir.appendingPathComponent(i % 2 == 0 ? "县甲" : "县乙/第二批")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try ReportJSON.encode(report).write(to: folder.appendingPathComponent(city.reportFileName(i)))
        }
        try Data("{\"schemaVersion\": 1, \"kind\": \"AnnualReport\", \"content\": {}}".utf8)
            .write(to: dir.appendingPathComponent("县乙/broken.json"))
        try Data("lock".utf8).write(to: dir.appendingPathComponent("县甲/~$报告.xlsx"))
        let batch = try ReportFileReader().readAll(try ReportInputs.expand([dir]))
        #expect(batch.reports.count == 6)
        #expect(Set(batch.reports.map(\.file.report)) == Set(city.reports))
        #expect(batch.failures.map(\.id) == ["INPUT.unreadable"])
        #expect(batch.failures.first?.location.file?.hasSuffix("县乙/broken.json") == true)
        #expect(batch.tree == nil)
    }

    @Test func aFolderWithoutReportsIsAnErrorWithAHint() throws {
        let dir = Fixtures.temporaryDirectory()
        try Data("单位编码,单位名称,层级,上级单位编码\n".utf8).write(to: dir.appendingPathComponent("websites.csv"))
        do {
            _ = try ReportFileReader().readAll(try ReportInputs.expand([dir]))
            Issue.record("a folder without reports was read")
        } catch {
            #expect(error.kind == .noReports)
            #expect(error.message.contains("sample-city"))
        }
        do {
            _ = try ReportInputs.expand([dir.appendingPathComponent("absent")])
            Issue.record("a missing folder was expanded")
        } catch {
            #expect(error.kind == .noSuchFile)
        }
    }

    @Test func aFileGivenByNameThatIsNotAReportIsAnErrorNotANote() throws {
        let dir = Fixtures.temporaryDirectory()
        let csv = dir.appendingPathComponent("accounts.csv")
        try Data("a,b\n".utf8).write(to: csv)
        let seed = dir.appendingPathComponent("seed.txt")
        try Data(Fixtures.seedText.utf8).write(to: seed)
        let batch = try ReportFileReader().readAll(try ReportInputs.expand([seed, csv]))
        #expect(batch.reports.count == 1)
        #expect(batch.skipped.isEmpty)
        #expect(batch.failures.map(\.id) == ["INPUT.unreadable"])
    }
}

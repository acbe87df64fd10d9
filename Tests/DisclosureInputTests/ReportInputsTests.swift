import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
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

    @Test func aFolderWalkKeepsRegularFilesAndLeavesHiddenLockAndLinkedEntriesOut() throws {
        let dir = Fixtures.temporaryDirectory()
        let fm = FileManager.default
        for folder in ["a/b", ".hidden", "real", "~$folder"] {
            try fm.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["a/b/f.json", ".hidden/h.json", "real/r.json", "~$folder/in.json", "~$lock.xlsx", ".dot", "z.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("a/link.json").path, withDestinationPath: "../real/r.json")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("folder-link").path, withDestinationPath: "real")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("broken").path, withDestinationPath: "nowhere")
        let inputs = try ReportInputs.expand([dir])
        let root = dir.path.hasSuffix("/") ? String(dir.path.dropLast()) : dir.path
        // What FileManager's enumerator with .skipsHiddenFiles and an isRegularFile test kept, in path order.
        #expect(inputs.files.map(\.path) == ["a/b/f.json", "real/r.json", "z.txt", "~$folder/in.json"].map { root + "/" + $0 })
        #expect(inputs.files == inputs.files.map { URL(fileURLWithPath: $0.path) })
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

/// The one way in reads every published form: a folder mixing pages, Word documents, GBK text, workbooks and JSON.
@Suite struct MixedFolderTests {
    @Test func aFolderOfEveryKindIsReadReportByReport() throws {
        let dir = Fixtures.temporaryDirectory()
        let copies: [(String, String, ReportFileKind)] = [
            ("published-html/seed-luoyang-2020.gbk.html", "县甲/seed.html", .webPage),
            ("published-docx/city-2022.docx", "县甲/city.docx", .wordDocument),
            ("published-text/province-2019-blank.tabs.gbk.txt", "县乙/province.txt", .text),
        ]
        for (fixture, name, _) in copies {
            let target = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.url(fixture), to: target)
        }
        try ReportJSON.encode(Fixtures.fullReport2021).write(to: dir.appendingPathComponent("full.json"))
        try ReportWorkbookExporter().write(Fixtures.seedReport, to: dir.appendingPathComponent("县乙/seed.xlsx"))
        let batch = try ReportFileReader().readAll(try ReportInputs.expand([dir]))
        #expect(batch.failures.isEmpty, "\(batch.failures.map(\.message))")
        #expect(batch.reports.count == 5)
        let kinds = Dictionary(uniqueKeysWithValues: batch.reports.map { (($0.file.path as NSString).lastPathComponent, $0.file.kind) })
        for (_, name, kind) in copies { #expect(kinds[(name as NSString).lastPathComponent] == kind, "\(name)") }
        #expect(kinds["seed.xlsx"] == .workbook)
        #expect(kinds["full.json"] == .json)
        // The seed read from its GBK page has the seed's tables.
        let page = try #require(batch.reports.first { $0.file.kind == .webPage })
        for table in TableID.allCases { #expect(page.file.report[table] == Fixtures.seedReport[table]) }
    }

    @Test func aBinaryWordFileIsToldToBeSavedAsDocx() throws {
        let dir = Fixtures.temporaryDirectory()
        let doc = dir.appendingPathComponent("报告.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: doc)
        do {
            _ = try ReportFileReader().read(doc)
            Issue.record("a .doc was read")
        } catch {
            #expect(error.kind == .legacyOffice)
            #expect(error.message.contains(".docx"))
        }
    }
}

import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import TestSupport
import Testing

/// `readAll` on every core: the same batch as one file after another — reports, notes and errors in input order —
/// and a roll-up of unit workbooks equal to the roll-up of the reports they were written from.
@Suite struct ConcurrentReadAllTests {
    /// A city of `units` units as an office keeps it: workbooks (every third unit as JSON), the tree, a CSV list
    /// beside them, and two broken files.
    private func cityFolder(units: Int) throws -> (URL, SampleCity) {
        let dir = Fixtures.temporaryDirectory()
        let city = SampleCity.generate(year: 2020, units: units)
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try InventoryCSV.write(try InventoryCSV.data(organizations: city.organizations), to: dir.appendingPathComponent("organizations.csv"))
        for (i, report) in city.reports.enumerated() {
            let name = city.reportFileName(i)
            if i % 3 == 2 {
                try ReportJSON.encode(report).write(to: reports.appendingPathComponent(name))
            } else {
                try ReportWorkbookExporter().write(report, to: reports.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".xlsx")))
            }
        }
        try Data("单位编码,单位名称\n1,甲\n".utf8).write(to: reports.appendingPathComponent("005a-websites.csv"))
        try Data("{\"schemaVersion\": 1, \"kind\": \"AnnualReport\", \"content\": {}}".utf8)
            .write(to: reports.appendingPathComponent("003a-broken.json"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]).write(to: reports.appendingPathComponent("007a-broken.xlsx"))
        return (dir, city)
    }

    /// The synchronous `readAll` (an async context would pick the concurrent overload).
    private func oneByOne(_ inputs: ReportInputs) throws(ReportFileError) -> ReportBatch {
        try ReportFileReader().readAll(inputs)
    }

    @Test func readingOnEveryCoreGivesTheBatchOfReadingOneByOne() async throws {
        let (dir, city) = try cityFolder(units: 14)
        let inputs = try ReportInputs.expand([dir.appendingPathComponent("reports")])
        #expect(inputs.treeFile?.lastPathComponent == "organizations.csv")
        let sequential = try oneByOne(inputs)
        #expect(sequential.reports.count == city.reports.count)
        #expect(sequential.failures.map(\.id) == ["INPUT.unreadable", "INPUT.unreadable"])
        #expect(sequential.skipped.map(\.id) == ["INPUT.skipped"])
        for width in [1, 2, 3, 64] {
            var seen: [Int] = []
            let concurrent = try await ReportFileReader().readAll(inputs, maxConcurrentReads: width) { done, all in
                #expect(all == inputs.files.count)
                seen.append(done)
            }
            #expect(concurrent.reports == sequential.reports, "width \(width)")
            #expect(concurrent.skipped == sequential.skipped, "width \(width)")
            #expect(concurrent.failures == sequential.failures, "width \(width)")
            #expect(concurrent.diagnostics == sequential.diagnostics, "width \(width)")
            #expect(concurrent.tree == sequential.tree)
            #expect(seen == Array(0...inputs.files.count), "progress counts every file once, in order")
        }
        // Input order: the reports come in file-name order, which is the city's unit order.
        #expect(sequential.reports.map(\.file.report.organization.id) == city.reports.map(\.organization.id))
        #expect(sequential.failures.compactMap { $0.location.file.map { ($0 as NSString).lastPathComponent } }
            == ["003a-broken.json", "007a-broken.xlsx"])
    }

    @Test func withoutAReportTheConcurrentReadThrowsTheSameError() async throws {
        let dir = Fixtures.temporaryDirectory()
        try Data("a,b\n".utf8).write(to: dir.appendingPathComponent("websites.csv"))
        let inputs = try ReportInputs.expand([dir])
        var errors: [ReportFileError] = []
        do { _ = try oneByOne(inputs) } catch { errors.append(error) }
        do { _ = try await ReportFileReader().readAll(inputs, maxConcurrentReads: 2) } catch { errors.append(error) }
        #expect(errors.count == 2)
        #expect(errors.map(\.kind) == [.noReports, .noReports])
        #expect(errors.first?.message == errors.last?.message)

        let broken = dir.appendingPathComponent("only.json")
        try Data("{\"schemaVersion\": 1, \"kind\": \"AnnualReport\", \"content\": {}}".utf8).write(to: broken)
        let one = try ReportInputs.expand([broken])
        do {
            _ = try await ReportFileReader().readAll(one)
            Issue.record("a broken file alone was read")
        } catch {
            #expect(error.kind == .invalid)  // its own error, not "no reports"
        }
    }

    @Test func theRollUpOfUnitWorkbooksEqualsTheRollUpOfTheirReports() async throws {
        let (dir, city) = try cityFolder(units: 20)
        let batch = try await ReportFileReader().readAll(try ReportInputs.expand([dir.appendingPathComponent("reports")]))
        #expect(batch.reports.map(\.file.report.organization.id) == city.reports.map(\.organization.id))
        for (checked, report) in zip(batch.reports, city.reports) {
            for table in TableID.allCases { #expect(checked.file.report[table] == report[table], "\(checked.file.path) \(table)") }
        }
        var fromFiles = ReportRollup(tree: batch.tree)
        for checked in batch.reports { fromFiles.add(checked.file.report) }
        let read = fromFiles.finish()
        let direct = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
        #expect(read.unitCount == 20)
        #expect(read.total == direct.total)
        #expect(read.blankCounts == direct.blankCounts)
        #expect(read.levelSubtotals == direct.levelSubtotals)
        #expect(read.branchSubtotals == direct.branchSubtotals)
        #expect(read.diagnostics == direct.diagnostics)
        // Every cell of the three tables, against a sum computed here.
        let format = try #require(city.reports.first?.officialFormat)
        for (i, cell) in format.index.cells.enumerated() {
            let figures = city.reports.compactMap { format.index.values(of: $0)[i] }
            let expected: Figure = figures.isEmpty ? .blank : .number(figures.reduce(0, +))
            #expect(read.total[cell.table][cell.address] == expected, "\(cell.table) \(cell.address)")
        }
    }
}

import DisclosureHistory
import DisclosureModel
import DisclosureSamples
import DisclosureText
import Foundation
import GRDB
import Testing
import TestSupport

/// Storing reports: round trips, versions, exact decimals, blank kept blank, one transaction per file.
@Suite struct ReportHistoryStoreTests {
    @Test func theSeedReadFromItsTextComesBackEqualWithItsQuotedFiguresAndTheirLines() throws {
        let (history, _) = try HistoryTest.history()
        let read = ReportTextReader().read(Fixtures.seedText, file: "seed.txt")
        #expect(!read.report.quotedFigures.isEmpty)
        try history.add(report: read.report, sourceName: "seed.txt", bytes: Data(Fixtures.seedText.utf8), diagnostics: read.diagnostics)
        let back = try #require(try history.report(unit: read.report.organization.id, year: 2020))
        #expect(back == read.report)
        #expect(back.quotedFigures.first?.source?.line == read.report.quotedFigures.first?.source?.line)
        #expect(try history.diagnostics(unit: read.report.organization.id, year: 2020) == read.diagnostics)
        // The hand-typed seed (94.2 万元 procurement) too.
        try history.add(report: Fixtures.seedReport, sourceName: "typed.json", bytes: try HistoryTest.bytes(Fixtures.seedReport))
        #expect(try history.report(unit: Fixtures.seedReport.organization.id, year: 2020) == Fixtures.seedReport)
    }

    @Test func everySampleReportOfBothEditionsComesBackEqual() throws {
        let (history, _) = try HistoryTest.history()
        let reports = HistoryTest.city(2020).reports + HistoryTest.city(2021).reports + [Fixtures.fullReport2021]
        try HistoryTest.add(reports, to: history)
        for r in reports {
            #expect(try history.report(unit: r.organization.id, year: r.year) == r, "\(r.organization.id) \(r.year)")
        }
        #expect(try history.currentReports(year: 2021).count == 20)
        #expect(try history.years() == [2020, 2021, 2022])
    }

    @Test func cellsAreExactDecimalTextAndABlankIsNullNeverZero() throws {
        let (history, url) = try HistoryTest.history()
        var r = Fixtures.seedReport
        r.applications[.carryForward, .research] = .blank
        r.proactive[.procurement, .procurementAmount] = .number(Decimal(string: "94.25")!)
        try history.add(report: r, sourceName: "r.json", bytes: try HistoryTest.bytes(r))
        let queue = try DatabaseQueue(path: url.path)
        try queue.read { db in
            let types = try String.fetchAll(db, sql: "SELECT DISTINCT typeof(value) FROM cell ORDER BY 1")
            #expect(types == ["null", "text"])
            let blank = try Row.fetchOne(
                db, sql: "SELECT value, kind FROM cellFact WHERE tableID = 'applications' AND rowKey = 'carryForward' AND columnKey = 'research'")
            #expect(blank?["kind"] == "blank")
            #expect((blank?["value"] as String?) == nil)
            let money = try String.fetchOne(
                db, sql: "SELECT value FROM cellFact WHERE rowKey = 'procurement' AND columnKey = 'procurementAmount'")
            #expect(money == "94.25")
            let zero = try String.fetchOne(
                db, sql: "SELECT kind FROM cellFact WHERE tableID = 'reviews' AND columnKey = 'reviewTotal'")
            #expect(zero == "zero" || zero == "number")
            // Every cell of the three 2019-edition tables is stored, blank or not.
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM cell")
            #expect(count == ReportFormat.y2019.tables.map(\.cells.count).reduce(0, +))
        }
        let series = try history.series(unit: r.organization.id, table: .applications, row: .carryForward, column: .research)
        #expect(series.map(\.figure) == [.blank])
        #expect(series.map(\.kind) == [.blank])
    }

    @Test func aResubmissionIsANewVersionTheOldIsKeptAndIdenticalBytesChangeNothing() throws {
        let (history, _) = try HistoryTest.history()
        let first = HistoryTest.city(2021).reports[3]
        var second = first
        second.applications[.granted, .naturalPerson] = .number((first.applications[.granted, .naturalPerson].decimal ?? 0) + 1)
        let a = try history.add(report: first, sourceName: "a.json", bytes: try HistoryTest.bytes(first))
        #expect(a.isNew && a.report.version == 1 && a.diagnostics.isEmpty)
        let b = try history.add(report: second, sourceName: "b.json", bytes: try HistoryTest.bytes(second))
        #expect(b.isNew && b.report.version == 2)
        #expect(b.diagnostics.map(\.id) == ["HIST.resubmitted"])
        let again = try history.add(report: first, sourceName: "a-copy.json", bytes: try HistoryTest.bytes(first))
        #expect(!again.isNew)
        #expect(again.report.version == 1)
        #expect(again.diagnostics.map(\.id) == ["HIST.sameFile"])
        #expect(again.diagnostics[0].severity == .note)

        let unit = first.organization.id
        #expect(try history.report(unit: unit, year: 2021) == second)
        #expect(try history.report(unit: unit, year: 2021, version: 1) == first)
        let all = try history.reports(unit: unit, includingSuperseded: true)
        #expect(all.map(\.version) == [1, 2])
        #expect(all.map(\.isCurrent) == [false, true])
        #expect(try history.reports(unit: unit).map(\.version) == [2])
        #expect(all[0].sha256.count == 64 && all[0].sha256 != all[1].sha256)
    }

    @Test func aFileThatFailsHalfWayChangesNothing() throws {
        let (history, url) = try HistoryTest.history()
        let reports = HistoryTest.city(2021).reports
        try HistoryTest.add([reports[0]], to: history)
        // A trigger makes the last insert of `add` (the diagnostics, after the report row and all its cells) fail.
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse BEFORE INSERT ON diagnostic WHEN NEW.code = 'TEST.refuse'
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
        }
        try queue.close()
        let poison = Diagnostic(id: "TEST.refuse", severity: .note, message: "拒绝", english: "refuse")
        #expect(throws: HistoryError.self) {
            try history.add(report: reports[1], sourceName: "b.json", bytes: try HistoryTest.bytes(reports[1]), diagnostics: [poison])
        }
        #expect(try history.reports().count == 1)
        let check = try DatabaseQueue(path: url.path)
        let counts = try check.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM report"),
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT reportID) FROM cell"))
        }
        #expect(counts.0 == 1)
        #expect(counts.1 == 1)
        // The same file without the poison goes in whole afterwards.
        try history.add(report: reports[1], sourceName: "b.json", bytes: try HistoryTest.bytes(reports[1]))
        #expect(try history.report(unit: reports[1].organization.id, year: 2021) == reports[1])
    }

    @Test func aUnitsSeriesOverThreeYearsHasEachYearsFigure() throws {
        let (history, _) = try HistoryTest.history()
        let years = [2020, 2021, 2022].map { HistoryTest.city($0) }
        for city in years { try HistoryTest.add(city.reports, to: history) }
        let unit = years[0].reports[0].organization.id
        let series = try history.series(unit: unit, table: .applications, row: .newReceived, column: .total)
        #expect(series.map(\.year) == [2020, 2021, 2022])
        #expect(series.map(\.figure) == years.map { $0.reports[0].applications[.newReceived, .total] })
        // A cell only the 2021 form has: no figure in 2020.
        let inForce = try history.series(unit: unit, table: .proactive, row: .normativeDocuments, column: .inForce)
        #expect(inForce.map(\.figure) == [nil] + years.dropFirst().map { $0.reports[0].proactive[.normativeDocuments, .inForce] })
    }

    @Test func aFigureOutsideTheFormAndAnExtraRowAreKeptToo() throws {
        let (history, _) = try HistoryTest.history()
        var r = HistoryTest.city(2021).reports[0]
        r.proactive[CellAddress("otherDocuments", "issued")] = 7
        r.proactive.extraRows = [ExtraRow(block: "第二十条第（一）项", label: "其他主动公开文件", figures: ["issued": 7, "inForce": .blank])]
        try HistoryTest.add([r], to: history)
        #expect(try history.report(unit: r.organization.id, year: 2021) == r)
        let series = try history.series(unit: r.organization.id, table: .proactive, row: "otherDocuments", column: "issued")
        #expect(series.map(\.figure) == [7])
    }

    @Test func aCellKeyAddedByAnotherConnectionIsReadBackByAHistoryThatHasReadBefore() throws {
        let (history, url) = try HistoryTest.history()
        let city = HistoryTest.city(2021).reports
        try HistoryTest.add([city[0]], to: history)
        #expect(try history.report(unit: city[0].organization.id, year: 2021) == city[0])  // the keys are now cached
        // Another process adds a report with a figure outside the form: a `cellKey` row the first history has not seen.
        var r = city[1]
        r.proactive[CellAddress("otherDocuments", "issued")] = 7
        let other = try ReportHistory(path: url.path)
        try HistoryTest.add([r], to: other)
        let back = try #require(try history.report(unit: r.organization.id, year: 2021))
        #expect(back.proactive[CellAddress("otherDocuments", "issued")] == 7)
        #expect(back == r)
    }

    @Test func aStoredFigureThatIsNotPlainDecimalTextIsNotReadAsANumber() throws {
        let (history, url) = try HistoryTest.history()
        var r = Fixtures.seedReport
        let big = try #require(Decimal(string: "12345678901234567890123.5"))  // more digits than the exact parser's 18
        r.proactive[.procurement, .procurementAmount] = .number(big)
        try history.add(report: r, sourceName: "r.json", bytes: try HistoryTest.bytes(r))
        #expect(try history.report(unit: r.organization.id, year: 2020)?.proactive[.procurement, .procurementAmount] == .number(big))
        // Damage three stored figures by hand: each comes back blank (a damaged row), never a prefix of its text.
        let queue = try DatabaseQueue(path: url.path)
        let cells: [(RowKey, ColumnKey, String)] = [
            (.newReceived, .naturalPerson, "1-2"), (.newReceived, .total, "5."), (.carryForward, .total, "1e3"),
        ]
        try queue.write { db in
            for (row, column, text) in cells {
                try db.execute(
                    sql: """
                        UPDATE cell SET value = ?, kind = 'number' WHERE keyID =
                        (SELECT id FROM cellKey WHERE tableID = 'applications' AND rowKey = ? AND columnKey = ?)
                        """, arguments: [text, row.rawValue, column.rawValue])
                #expect(db.changesCount == 1)
            }
        }
        try queue.close()
        let reopened = try ReportHistory(path: url.path)
        let back = try #require(try reopened.report(unit: r.organization.id, year: 2020))
        for (row, column, _) in cells { #expect(back.applications[row, column] == .blank, "\(row) \(column)") }
        #expect(back.applications[.newReceived, .commercial] == r.applications[.newReceived, .commercial])
        #expect(back.proactive[.procurement, .procurementAmount] == .number(big))
    }

    @Test func theTreeOfEachYearIsStoredInOrder() throws {
        let (history, _) = try HistoryTest.history()
        let city = HistoryTest.city(2021)
        try history.setOrganizations(city.organizations, year: 2021)
        #expect(try history.organizations(year: 2021) == city.organizations)
        #expect(try history.organizations(year: 2020).isEmpty)
    }
}

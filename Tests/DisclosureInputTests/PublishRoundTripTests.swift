import DisclosureInput
import DisclosureModel
import DisclosurePublish
import Foundation
import TestSupport
import Testing

/// What `publish` writes — the page, the CMS fragment and the Word document — reads back through the one way in to
/// the tables it was drawn from: every cell, blanks blank.
@Suite struct PublishRoundTripTests {
    static var withBlanks: AnnualReport {
        var report = Fixtures.seedReport
        for row in report.spec(.applications).rows
        where ![.newReceived, .carriedOver, .resultTotal, .carryForward].contains(row.key) {
            report.applications[row.key, .total] = .blank
        }
        report.proactive[.enforcement, .decisions] = .blank
        return report
    }

    static let cases: [(String, AnnualReport)] = [
        ("seed", Fixtures.seedReport), ("full2021", Fixtures.fullReport2021), ("blanks", withBlanks),
    ]

    @Test(arguments: [0, 1, 2])
    func everyPublishedFormReadsBackToTheSameTables(_ index: Int) throws {
        let (name, report) = Self.cases[index]
        let dir = Fixtures.temporaryDirectory("roundtrip-\(name)")
        let published = try ReportPublisher().publish(report, to: dir, baseName: name)
        #expect(published.files.count == 3)
        for file in published.files {
            let back = try ReportFileReader().read(file)
            #expect(back.kind == (file.pathExtension == "docx" ? .wordDocument : .webPage), "\(file.lastPathComponent)")
            #expect(back.report.edition == report.edition, "\(file.lastPathComponent)")
            #expect(back.report.year == report.year)
            for table in TableID.allCases {
                #expect(back.report[table].cells == report[table].cells.filter { !$0.value.isBlank }, "\(name) \(file.lastPathComponent) \(table)")
            }
            #expect(!back.diagnostics.contains { $0.severity == .error }, "\(file.lastPathComponent): \(back.diagnostics.map(\.id))")
        }
    }
}

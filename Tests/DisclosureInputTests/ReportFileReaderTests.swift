import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import TestSupport
import Testing

/// The one way in: every kind of file is recognised by content and read, or refused saying what it is instead.
@Suite struct ReportFileReaderTests {
    let reader = ReportFileReader()

    func write(_ data: Data, _ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    @Test func publishedTextIsReadWithItsFindingsLocatedInTheFile() throws {
        let dir = Fixtures.temporaryDirectory()
        // A misleading extension: the kind comes from the content.
        let url = try write(Data(Fixtures.seedText.utf8), "seed.dat", in: dir)
        let file = try reader.read(url)
        #expect(file.kind == .text)
        for table in TableID.allCases { #expect(file.report[table] == Fixtures.seedReport[table]) }
        #expect(file.report.applications[.newReceived, .total] == 178)
        #expect(file.diagnostics.allSatisfy { $0.location.file == url.path })
        let checked = reader.check(file)
        #expect(checked.diagnostics.map(\.id) == ["TEXT.newMediaBreakdown"])
    }

    @Test func jsonModelAndWorkbookAreReadBack() throws {
        let dir = Fixtures.temporaryDirectory()
        let json = try write(try ReportJSON.encode(Fixtures.fullReport2021), "report.txt", in: dir)
        let fromJSON = try reader.read(json)
        #expect(fromJSON.kind == .json)
        #expect(fromJSON.report == Fixtures.fullReport2021)

        let book = dir.appendingPathComponent("book.bin")
        try ReportWorkbookExporter().write(Fixtures.fullReport2021, to: book)
        let fromBook = try reader.read(book)
        #expect(fromBook.kind == .workbook)
        #expect(fromBook.report == Fixtures.fullReport2021.workbookContent(in: .y2021))
        #expect(fromBook.cover != nil)
    }

    @Test func filesThatAreSomethingElseSayWhatTheyAre() throws {
        let dir = Fixtures.temporaryDirectory()
        let city = SampleCity.generate(year: 2021, units: 5)
        try city.write(to: dir)
        func kind(_ name: String) throws -> ReportFileError.Kind {
            do {
                _ = try reader.read(dir.appendingPathComponent(name))
                Issue.record("\(name) was read as a report")
                return .noReports
            } catch {
                #expect(error.description.hasPrefix(dir.appendingPathComponent(name).path + "："))
                #expect(error.description.contains(" — "))
                return error.kind
            }
        }
        #expect(try kind("organizations.csv") == .notAReport(.csv))
        #expect(try kind("website-forms.json") == .notAReport(.otherDocument("Array<WebsiteAnnualForm>")))
        let ole = try write(Data(ReportFileKindFixtures.ole + [0, 0, 0, 0]), "template.xls", in: dir)
        #expect(try kind(ole.lastPathComponent) == .legacyOffice)
        _ = try write(Data("会议纪要\n今天下午开会，请各单位准时参加。\n".utf8), "notes.txt", in: dir)
        #expect(try kind("notes.txt") == .notAReport(.plainText))
        _ = try write(Data([0x00, 0xFF, 0xFE, 0x01]), "junk.bin", in: dir)
        #expect(try kind("junk.bin") == .notAReport(.unknown))
        #expect(try kind("absent.json") == .noSuchFile)

        let rollup = dir.appendingPathComponent("rollup.xlsx")
        let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
        try RollupWorkbookExporter().write(result, to: rollup)
        #expect(try kind("rollup.xlsx") == .notAReport(.outputWorkbook("表二")) || reader.kind(of: rollup) != .workbook)
    }

    @Test func aDamagedJSONReportIsInvalidWithItsJSONPath() throws {
        let dir = Fixtures.temporaryDirectory()
        var text = String(decoding: try ReportJSON.encode(Fixtures.seedReport), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"year\" : 2020", with: "\"year\" : \"二〇二〇\"")
        let url = try write(Data(text.utf8), "bad.json", in: dir)
        do {
            _ = try reader.read(url)
            Issue.record("read a damaged report")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.underlying is JSONDocumentError)
            #expect(error.description.contains("$.content.year"))
        }
    }
}

enum ReportFileKindFixtures {
    /// The OLE compound-file signature (`.xls`, `.doc`, `.wps`).
    static let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}

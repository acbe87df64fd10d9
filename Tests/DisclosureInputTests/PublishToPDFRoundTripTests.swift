import DisclosureInput
import DisclosureModel
import DisclosurePublish
import Foundation
import TestSupport
import Testing

/// What `publish` writes, printed to PDF by the two writers offices use (Chromium from the page, LibreOffice from
/// the Word document), reads back through the one way in to the tables it was drawn from: every cell, blanks blank.
@Suite(.serialized) struct PublishToPDFRoundTripTests {
    static func tool(_ names: [String]) -> String? {
        names.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let chromium = tool(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    static let soffice = tool(["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"])

    static let cases: [(String, AnnualReport)] = [
        ("seed", Fixtures.seedReport), ("full2021", Fixtures.fullReport2021), ("blanks", PublishRoundTripTests.withBlanks),
    ]

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    static func check(_ pdf: URL, _ report: AnnualReport, _ label: String) throws {
        let back = try ReportFileReader().read(pdf)
        #expect(back.kind == .pdf, "\(label)")
        #expect(back.report.edition == report.edition, "\(label)")
        #expect(back.report.year == report.year, "\(label)")
        for table in TableID.allCases {
            #expect(back.report[table].cells == report[table].cells.filter { !$0.value.isBlank }, "\(label) \(table)")
        }
        #expect(!back.diagnostics.contains { $0.severity == .error }, "\(label): \(back.diagnostics.map(\.message))")
    }

    @Test("publish's page printed by Chromium reads back to the same tables",
          .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium)"), arguments: [0, 1, 2])
    func chromiumPage(_ index: Int) throws {
        let (name, report) = Self.cases[index]
        let dir = Fixtures.temporaryDirectory("pdf-chromium-\(name)")
        let published = try ReportPublisher().publish(report, to: dir, baseName: name)
        let page = try #require(published.files.first { $0.pathExtension == "html" && !$0.lastPathComponent.contains("fragment") })
        let pdf = dir.appendingPathComponent(name + ".chromium.pdf")
        try Self.run(Self.chromium ?? "", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path,
            page.absoluteString,
        ])
        try Self.check(pdf, report, "\(name) chromium")
    }

    @Test("publish's Word document converted by LibreOffice reads back to the same tables",
          .enabled(if: soffice != nil, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"),
          arguments: [0, 1, 2])
    func libreOfficeDocument(_ index: Int) throws {
        let (name, report) = Self.cases[index]
        let dir = Fixtures.temporaryDirectory("pdf-soffice-\(name)")
        let published = try ReportPublisher().publish(report, to: dir, baseName: name)
        let docx = try #require(published.files.first { $0.pathExtension == "docx" })
        let profile = dir.appendingPathComponent("profile")
        try Self.run(Self.soffice ?? "", [
            "-env:UserInstallation=" + profile.absoluteString, "--headless", "--convert-to", "pdf", "--outdir", dir.path,
            docx.path,
        ])
        try Self.check(dir.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf"), report, "\(name) soffice")
    }
}

import Foundation
import Testing
import TestSupport

/// `parse` and `check` take PDF reports through the one way in; a scan is refused with its reason.
@Suite(.serialized) struct PDFCLITests {
    @Test func parseReadsAPDFIntoTheJSONModel() throws {
        let r = try CLIRunner.run(["parse", Fixtures.url("published-pdf/seed-luoyang-2020.libreoffice.pdf").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"procurementAmount\" : 94.2"))
        #expect(r.stdout.contains("\"name\" : \"洛阳市人民政府办公室\""))
    }

    @Test func checkReadsAChromiumPDFAndFindsTheSeedsShortBreakdown() throws {
        let r = try CLIRunner.run(["check", Fixtures.url("published-pdf/seed-luoyang-2020.chromium.pdf").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 个错误"))
    }

    @Test func aScannedPDFIsRefusedSayingItNeedsOCR() throws {
        let r = try CLIRunner.run(["parse", Fixtures.url("published-pdf/scanned.pdf").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("扫描件，无文字层，需要 OCR"))
    }
}

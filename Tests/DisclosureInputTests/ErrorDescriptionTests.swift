import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import XLSX

/// Every public error type describes itself through `localizedDescription` (Chinese with an English gloss), not
/// Foundation's "The operation could not be completed".
@Suite struct ErrorDescriptionTests {
    @Test func localizedDescriptionIsTheErrorsOwnText() throws {
        var errors: [any Error] = []
        do { _ = try WorkbookReader(contentsOf: Data("x".utf8)) } catch { errors.append(error) }
        do {
            let book = try WorkbookWriter(url: FileManager.default.temporaryDirectory.appendingPathComponent("e-\(UUID()).xlsx"))
            _ = try book.addWorksheet(named: "a")
            _ = try book.addWorksheet(named: "a")
        } catch { errors.append(error) }
        do { _ = try ReportJSON.decode(AnnualReport.self, from: Data("{}".utf8), file: "r.json") } catch { errors.append(error) }
        do { _ = try InventoryCSV.websites(text: "x\n1", file: "w.csv") } catch { errors.append(error) }
        do { _ = try ReportFileReader().read(URL(fileURLWithPath: "/nonexistent/r.json")) } catch { errors.append(error) }
        do { _ = try ReportFormat(basedOn: .y2021, edition: "x", tables: []) } catch { errors.append(error) }
        #expect(errors.count == 6)
        for error in errors {
            #expect(!error.localizedDescription.contains("could not be completed"), "\(type(of: error))")
            #expect(error.localizedDescription == String(describing: error), "\(type(of: error))")
        }
    }
}

import DisclosureHistory
import DisclosureInput
import DisclosureModel
import Foundation
import Testing

/// The one list of diagnostic ids a user reads (README and the DocC article) is the catalogues' own.
@Suite struct DiagnosticCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every module's catalogue: the library's, then the history's (a module of its own, with its own dependencies).
    static let kinds = DiagnosticCatalogue.all + HistoryDiagnostics.all

    @Test func idsAreUniqueAndInOneStyle() {
        let ids = Self.kinds.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: ".")
            #expect(parts.count == 2 && parts[0].allSatisfy(\.isUppercase) && parts[1].first?.isLowercase == true, "\(id)")
        }
        for kind in Self.kinds { #expect(kind.summary.contains(" — "), "\(kind.id) has no English gloss") }
    }

    @Test("the README and the DocC article list exactly the catalogue", arguments: [
        "README.md", "Sources/DisclosureInput/DisclosureInput.docc/DiagnosticIDs.md",
    ])
    func documentedListIsTheCatalogue(_ path: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let table = DiagnosticCatalogue.markdownTable(Self.kinds)
        if !text.contains(table) {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("diagnostics-table.md")
            try table.write(to: out, atomically: true, encoding: .utf8)
            Issue.record("\(path) does not hold the catalogue's table; the current table is in \(out.path)")
        }
    }
}

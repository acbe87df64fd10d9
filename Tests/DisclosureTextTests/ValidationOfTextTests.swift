import DisclosureModel
import DisclosureText
import DisclosureValidation
import Testing
import TestSupport

@Suite("Validation of the report read from text")
struct ValidationOfTextTests {
    @Test("the seed read from text validates with no error and exactly the 324 ≠ 316 new-media warning, at line 27")
    func seedValidates() throws {
        let diagnostics = Validator().validate(Read.seed.report)
        #expect(!diagnostics.hasErrors)
        let warnings = diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.id) == ["TEXT.newMediaBreakdown"])
        let d = try #require(warnings.first)
        #expect(d.notes.first == "324 ≠ 191 + 91 + 6 + 28 = 316")
        #expect(d.location.line == 27)
        #expect(d.location.file == "seed.txt")
    }

    @Test("the seed read from text validates exactly like the hand-typed seed (same ids and severities)")
    func sameAsHandTyped() {
        let fromText = Validator().validate(Read.seed.report).map { "\($0.id) \($0.severity)" }
        let byHand = Validator().validate(Fixtures.seedReport).map { "\($0.id) \($0.severity)" }
        #expect(fromText.filter { !$0.hasPrefix("TEXT.") || $0.hasPrefix("TEXT.newMedia") } == byHand)
    }
}

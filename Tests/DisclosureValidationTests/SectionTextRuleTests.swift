@testable import DisclosureValidation
import DisclosureModel
import Foundation
import Testing
import TestSupport

/// The section rules read the text with the standard library (no NSString bridge); their answers are Foundation's.
@Suite("Section text rules without NSString")
struct SectionTextRuleTests {
    @Test("trimmed is trimmingCharacters(in: .whitespacesAndNewlines)")
    func trimmedIsFoundationsTrim() {
        let texts = [
            "", " ", "无", " 无。 ", "\u{3000}无\u{3000}", "\n\t暂无\r\n", "\u{00A0}没有\u{2028}", "a b", "\u{FEFF}无",
            "\u{85}本年度无\u{2029}", " \u{200B}无 ", "无\u{0C}", "\u{1680}x\u{205F}",
        ]
        for text in texts {
            #expect(SectionContentRule.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Every scalar of the Basic Multilingual Plane alone: white space to both, or to neither.
        let differing = (0..<0x10000).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            SectionContentRule.isSpace(scalar) != String(scalar).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test("a report whose sections are white space only has no section findings")
    func whiteSpaceOnlySectionsAreNoProse() {
        var report = Fixtures.seedReport
        report.sections = [.overview: " \n\u{3000}", .problems: "\t"]
        #expect(SectionContentRule().check(report, in: ValidationContext()).isEmpty)
        report.sections[.problems] = " 无。\n"
        #expect(SectionContentRule().check(report, in: ValidationContext()).map(\.severity) == [.warning, .note])
    }

    @Test("the byte search of the notice rule")
    func byteSearch() {
        #expect(SupersededNoticeRule.contains("国办公开办函〔2021〕30号", "〔2021〕"))
        #expect(SupersededNoticeRule.contains("abc", ""))
        #expect(SupersededNoticeRule.contains("abc", "abc"))
        #expect(!SupersededNoticeRule.contains("", "a"))
        #expect(!SupersededNoticeRule.contains("国办公开办函〔2021〕3", "〔2021〕30号"))
        #expect(SupersededNoticeRule.contains("xx〔2019〕60号〔2021〕30号", "〔2021〕30号"))
    }

    @Test("the other format's notice is found in the section citing it, brackets and spaces folded")
    func otherNoticeFoundInItsSection() throws {
        var report = Fixtures.seedReport
        report.sections = [.overview: "本年度工作平稳。", .problems: "一是公开不够。\n按照国办公开办函 [2021] 30号的要求，整改。二是其他。"]
        let found = SupersededNoticeRule().check(report, in: ValidationContext())
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.location.section == .problems)
        #expect(finding.notes.first == "文中 text: 按照国办公开办函 [2021] 30号的要求，整改")
        report.sections[.problems] = "按照国办公开办函〔2019〕60号的要求。"  // the seed's own (2019) format's notice
        #expect(SupersededNoticeRule().check(report, in: ValidationContext()).isEmpty)
    }
}

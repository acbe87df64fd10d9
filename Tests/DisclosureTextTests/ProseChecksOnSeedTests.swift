import DisclosureModel
import DisclosureText
import DisclosureValidation
import Foundation
import Testing
import TestSupport

/// Each prose check on the seed with one sentence changed: the seed's own finding (324 ≠ 316) stays the only other
/// one, and the changed sentence gives exactly the check's finding, at its line.
@Suite("The prose checks, each on the seed with one sentence changed")
struct ProseChecksOnSeedTests {
    /// The seed's text with `old` (which must occur) replaced by `new`.
    static func seed(replacing old: String, by new: String) -> String {
        let text = Fixtures.seedText
        precondition(text.contains(old), "the seed has no \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// `id severity line` of every prose finding (`TEXT.*`, `READ.*`) but the seed's own new-media warning.
    static func findings(_ text: String, fees: ProcessingFees? = nil) -> [String] {
        let read = Read.text(text, file: "seed.txt")
        var report = read.report
        if let fees { report.fees = fees }
        let all = read.diagnostics + Validator().validate(report)
        return Read.summary(all.filter { ($0.id.hasPrefix("TEXT.") || $0.id.hasPrefix("READ.")) && $0.id != "TEXT.newMediaBreakdown" })
    }

    static let reviewsSentence = "行政复议 2 件，行政诉讼 2 件。"
    static var applications: TableData { Read.seed.report.applications }
    static func total(_ row: RowKey) -> Int { Int(exactly: applications[row, .total].decimal ?? -1) ?? -1 }

    @Test("the seed read from text gives the 324 ≠ 316 warning and no other prose finding of any severity")
    func seedHasOnlyItsOneFinding() {
        let diagnostics = Validator().validate(Read.seed.report).filter { $0.id.hasPrefix("TEXT.") }
        #expect(Read.summary(diagnostics) == ["TEXT.newMediaBreakdown warning 27"])
        #expect(Self.findings(Fixtures.seedText).isEmpty)
    }

    @Test("the gazette's and the departments' documents are not compared with 表二 规范性文件")
    func otherBodiesDocumentsAreNotCompared() {
        let old = "其中规范性文件 24 份，"
        let gazette = Self.seed(replacing: old, by: old + "市政府公报全年共刊登政府规章、规范性文件等56件，")
        #expect(Self.findings(gazette).isEmpty)
        let departments = Self.seed(replacing: old, by: old + "指导各部门制发部门规范性文件38件，")
        #expect(Self.findings(departments).isEmpty)
        let own = Self.seed(replacing: old, by: "其中规范性文件 26 份，")
        #expect(Self.findings(own) == ["TEXT.tableMismatch warning 15"])
    }

    @Test("a category quoted with the wrong count is a table mismatch; its percentage is checked against its base")
    func categoryAndShare() throws {
        let granted = Self.total(.granted)
        let answered = Self.total(.resultTotal)
        let right = "本年度共答复申请\(answered)件，其中予以公开\(granted)件。"
        #expect(Self.findings(Self.seed(replacing: Self.reviewsSentence, by: Self.reviewsSentence + right)).isEmpty)
        let wrongCount = "本年度共答复申请\(answered)件，其中予以公开\(granted + 17)件。"
        #expect(
            Self.findings(Self.seed(replacing: Self.reviewsSentence, by: Self.reviewsSentence + wrongCount))
                == ["TEXT.tableMismatch warning 19"])
        let share = QuotedFigure.Share(percent: 0, digits: 2)
        #expect(!share.matches(part: Decimal(granted), whole: Decimal(answered)))
        let wrongShare = "本年度共答复申请\(answered)件，其中予以公开\(granted)件，占1.00%。"
        #expect(
            Self.findings(Self.seed(replacing: Self.reviewsSentence, by: Self.reviewsSentence + wrongShare))
                == ["TEXT.share warning 19"])
    }

    @Test("categories that add up to less than the 答复 total stated in the same sentence")
    func statedSum() {
        let a = Self.applications
        func group(_ prefix: String) -> Int {
            a.cells.filter { $0.key.column == .total && $0.key.row.rawValue.hasPrefix(prefix) }
                .compactMap { Int(exactly: $0.value.decimal ?? 0) }.reduce(0, +)
        }
        let answered = Self.total(.resultTotal)
        let parts = [
            Self.total(.granted), Self.total(.partiallyGranted), group("withheld"), group("unavailable"),
            group("notProcessed"), Self.total(.otherHandling),
        ]
        #expect(parts.reduce(0, +) == answered)
        func sentence(_ total: Int) -> String {
            "本年度共答复申请\(total)件，其中予以公开\(parts[0])件，部分公开\(parts[1])件，不予公开\(parts[2])件，无法提供\(parts[3])件，不予处理\(parts[4])件，其他处理\(parts[5])件。"
        }
        #expect(Self.findings(Self.seed(replacing: Self.reviewsSentence, by: Self.reviewsSentence + sentence(answered))).isEmpty)
        #expect(
            Self.findings(Self.seed(replacing: Self.reviewsSentence, by: Self.reviewsSentence + sentence(answered + 89)))
                == ["TEXT.tableMismatch warning 19", "TEXT.statedSum warning 19"])
    }

    @Test("均获维持 and 无败诉 against 表四's 结果纠正 and 尚未审结, naming the cells")
    func outcomeWords() throws {
        let upheld = Self.seed(replacing: Self.reviewsSentence, by: "行政复议 2 件，行政诉讼 2 件，均获维持。")
        #expect(Self.findings(upheld) == ["TEXT.outcomeWords warning 19", "TEXT.outcomeWords warning 19"])
        let read = Read.text(upheld, file: "seed.txt")
        let d = try #require(Validator().validate(read.report).first { $0.id == "TEXT.outcomeWords" })
        #expect(d.message.contains("结果纠正 = 1"))
        let lost = Self.seed(replacing: Self.reviewsSentence, by: "行政复议 2 件，行政诉讼 2 件，无败诉。")
        #expect(Self.findings(lost) == ["TEXT.outcomeWords warning 19"])
    }

    @Test("全部办结 against 四、结转下年度继续办理")
    func allConcluded() {
        let text = Self.seed(replacing: "共受理依申请公开 178 件，", by: "共受理依申请公开 178 件，全部办结，")
        #expect(Self.findings(text) == ["TEXT.outcomeWords warning 19"])
    }

    @Test("a sentence on the year's work opening with last year: copied from last year's report")
    func staleYear() {
        let text = Self.seed(replacing: "2020 年，政务公开办", by: "2019 年，政务公开办")
        #expect(Self.findings(text) == ["TEXT.staleYear warning 7"])
    }

    @Test("the 2019-edition seed citing the 2021 format's notice")
    func otherFormatNotice() throws {
        let text = Self.seed(
            replacing: "现总结如下：", by: "按照国办公开办函〔2021〕30号的要求，现总结如下：")
        #expect(Self.findings(text) == ["TEXT.otherFormatNotice warning -"])
        let d = try #require(Validator().validate(Read.text(text).report).first { $0.id == "TEXT.otherFormatNotice" })
        #expect(d.location.section == .overview)
        #expect(d.message.contains("国办公开办函〔2021〕30号"))
    }

    @Test("六 saying 无 while the report states fees charged; 五 saying 无")
    func sectionsSayingNothing() {
        let lines = Fixtures.seedText.components(separatedBy: "\n")
        let six = lines.firstIndex { $0.hasPrefix("## 六、") } ?? lines.count
        let five = lines.firstIndex { $0.hasPrefix("#### 五、") } ?? lines.count
        let sixNone = (lines[...six] + ["", "无。"]).joined(separator: "\n")
        let fees = ProcessingFees(noticesIssued: 2, amountCollected: Amount(400, .yuan))
        #expect(Self.findings(sixNone, fees: fees) == ["TEXT.sectionContent warning -"])
        #expect(Self.findings(sixNone).isEmpty)
        let fiveNone = (lines[...five] + ["无", ""] + lines[six...]).joined(separator: "\n")
        #expect(Self.findings(fiveNone) == ["TEXT.sectionContent note -"])
    }

    @Test("a section missing, and headings out of order")
    func sectionsMissingAndOutOfOrder() {
        let lines = Fixtures.seedText.components(separatedBy: "\n")
        let six = lines.firstIndex { $0.hasPrefix("## 六、") } ?? lines.count
        let five = lines.firstIndex { $0.hasPrefix("#### 五、") } ?? lines.count
        let withoutFive = (lines[..<five] + lines[six...]).joined(separator: "\n")
        #expect(Self.findings(withoutFive) == ["TEXT.sectionContent warning -"])
        let swapped = (lines[..<five] + lines[six...] + lines[five..<six]).joined(separator: "\n")
        let order = Self.findings(swapped)
        #expect(order.count == 1)
        #expect(order.first?.hasPrefix("READ.sectionOrder warning ") == true)
    }
}

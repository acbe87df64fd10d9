import DisclosureModel
import DisclosureText
import Foundation
import Testing

@Suite("Figures in the prose and the fees of section 六")
struct ProseAndFeeTests {
    func figures(_ text: String) -> [String] {
        Read.text(text).report.quotedFigures.map { "\($0.kind) \($0.value)\($0.approximate ? "≈" : "")" }
    }

    @Test("phrasings with the number before or after its noun, with and without spaces")
    func phrasings() {
        #expect(figures("共收到8份政府信息公开申请，均为自然人申请。") == ["applicationsReceived 8"])
        #expect(
            figures("共收到政府信息公开申请59件，上年度结转办理2件，其中结转2024年度7件，其余54件全部按时答复。") == [
                "applicationsReceived 59", "applicationsCarriedOver 2", "applicationsCarriedForward 7", "applicationsAnswered 54",
            ])
        #expect(figures("受理依申请公开 178 件，转办政府信息公开申请 34 件，行政复议 2 件，行政诉讼 2 件。").count == 4)
        #expect(figures("发生复议后起诉 3 件。") == ["administrativeLitigation 3"])
        #expect(figures("累计培训 610 余人次，专题培训约 20 人次，参加考试 30 人次。") == ["trainees 610≈", "trainees 20≈"])
        #expect(figures("全年发布各类政府信息 12,196 条。") == ["informationPublished 12196"])
    }

    @Test("zero stated in words: 无下年度结转, 未发生行政复议、行政诉讼; a number in the same clause wins")
    func zeroInWords() {
        #expect(figures("无下年度结转。") == ["applicationsCarriedForward 0"])
        #expect(figures("全年未发生政府信息公开行政复议、行政诉讼。") == ["administrativeReviews 0", "administrativeLitigation 0"])
        #expect(figures("未发生行政复议，行政诉讼 1 件。") == ["administrativeLitigation 1", "administrativeReviews 0"])
    }

    @Test("\"其他\" or a count in prose without its keyword is not read as a figure")
    func noFalseFigures() {
        #expect(figures("其他1件（申请人自主撤销），完成了 26 个试点领域，开展 2 次政府网站集中整治，为 43 家政府网站办理备案。").isEmpty)
        #expect(figures("《洛阳市人民政府关于印发工作规则的通知》（洛政〔2020〕10 号）").isEmpty)
    }

    @Test("fees: collected with notices and amounts; 未收取信息处理费 is zero; nothing said is nil")
    func fees() {
        let full = Read.text("六、其他需要报告的事项\n本年度发出收费通知2件，金额600元，实际收取信息处理费共计400元。").report.fees
        #expect(full == ProcessingFees(noticesIssued: 2, amountNotified: Amount(600, .yuan), amountCollected: Amount(400, .yuan)))
        let collected = Read.text("实际收取信息处理费共计400元。").report.fees
        #expect(collected == ProcessingFees(amountCollected: Amount(400, .yuan)))
        let none = Read.text("2022年，区政府国资局未收取信息处理费。").report.fees
        #expect(none == ProcessingFees(amountCollected: Amount(0, .yuan)))
        #expect(Read.text("申请人逾期未按收费通知要求缴纳费用").report.fees == nil)
        #expect(Read.text(EmbeddedSeedText.seed).report.fees == nil)
    }
}

enum EmbeddedSeedText {
    static var seed: String { EmbeddedSeed.text }
}

import DisclosureModel
import DisclosureDocuments
import Foundation
import Testing
import TestSupport

/// A page in the plain markup of the KIROGOVCOMPARE 2021 HTML fixture's shape (FORMATS §5: its figures satisfy every
/// 勾稽 rule): bare `<td>`s, empty cells where the official layout has rowspans, an `#zoom.article-content` body.
@Suite("Plain markup")
struct PlainMarkupTests {
    static func row(_ label: String, _ figures: [Int], colspan: Int = 1, lead: String = "") -> String {
        let span = colspan > 1 ? " colspan=\"\(colspan)\"" : ""
        return "<tr>\(lead)<td\(span)>\(label)</td>" + figures.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    static var page: String {
        let zero = [0, 0, 0, 0, 0, 0, 0]
        var t3 = """
            <table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
            <tr><td>自然人</td><td colspan="5">法人或其他组织</td><td>总计</td></tr>
            <tr><td></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>
            """
        t3 += row("一、本年新收政府信息公开申请数量", [13612, 252, 0, 45, 128, 32, 14069], colspan: 3)
        t3 += row("二、上年结转政府信息公开申请数量", [535, 6, 0, 1, 18, 0, 560], colspan: 3)
        t3 += row("（一）予以公开", [13364, 252, 0, 44, 121, 29, 13810], colspan: 2, lead: "<td rowspan=\"22\">三、本年度办理结果</td>")
        t3 += row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", zero, colspan: 2)
        for (group, labels) in [
            ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
            ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
            ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                          "5.要求行政机关确认或重新出具已获取信息"]),
            ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
        ] {
            for (i, label) in labels.enumerated() {
                t3 += row(label, zero, lead: i == 0 ? "<td rowspan=\"\(labels.count)\">\(group)</td>" : "")
            }
        }
        t3 += row("（七）总计", [13364, 252, 0, 44, 121, 29, 13810], colspan: 2)
        t3 += row("四、结转下年度继续办理", [783, 6, 0, 2, 25, 3, 819], colspan: 3) + "</table>"
        let t4 = """
            <table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
            <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
            <tr><td></td><td></td><td></td><td></td><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
            <tr><td>376</td><td>97</td><td>196</td><td>121</td><td>790</td><td>16</td><td>1</td><td>12</td><td>27</td><td>56</td><td>74</td><td>1</td><td>30</td><td>51</td><td>156</td></tr></table>
            """
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>测试市2025年政府信息公开工作年度报告</title></head><body>
            <div id="zoom" class="article-content"><p>一、总体情况</p><p>全年收到申请14069件。</p>
            <p>二、主动公开政府信息情况</p>
            <table><tr><td colspan="4">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
            <tr><td>规章</td><td>3</td><td>5</td><td>74</td></tr><tr><td>行政规范性文件</td><td>564</td><td>984</td><td>4185</td></tr>
            <tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
            <tr><td>行政许可</td><td colspan="3">11398889</td></tr>
            <tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
            <tr><td>行政处罚</td><td colspan="3">6937489</td></tr><tr><td>行政强制</td><td colspan="3">166105</td></tr>
            <tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
            <tr><td>行政事业性收费</td><td colspan="3">316441</td></tr></table>
            <p>三、收到和处理政府信息公开申请情况</p>\(t3)
            <p>四、政府信息公开行政复议、行政诉讼情况</p>\(t4)
            <p>五、存在问题及改进情况</p><p>仍有短板。</p><p>六、其他需要报告的事项</p><p>实际收取信息处理费共计400元。</p>
            </div></body></html>
            """
    }

    @Test("bare cells, empty header cells instead of rowspans: every figure in place")
    func plain() throws {
        let (r, diagnostics) = try PublishedReport.readHTML(Data(Self.page.utf8), file: "plain.html")
        #expect(r.edition == .y2021)
        #expect(r.year == 2025)
        #expect(r.proactive[.normativeDocuments, .inForce] == 4185)
        #expect(r.proactive[.licensing, .decisions] == 11398889)
        #expect(r.proactive[.fees, .feeAmount] == 316441)
        let columns = FormCatalog.applicantColumns + [.total]
        #expect(columns.map { r.applications[.newReceived, $0] } == [13612, 252, 0, 45, 128, 32, 14069])
        #expect(columns.map { r.applications[.carryForward, $0] } == [783, 6, 0, 2, 25, 3, 819])
        #expect(columns.map { r.applications[.otherOther, $0] } == [0, 0, 0, 0, 0, 0, 0])
        let reviewColumns = r.spec(.reviews).blocks[0].columns.map(\.key)
        #expect(reviewColumns.map { r.reviews[.cases, $0] }
            == [376, 97, 196, 121, 790, 16, 1, 12, 27, 56, 74, 1, 30, 51, 156])
        #expect(r.fees?.amountCollected == Amount(400, .yuan))
        #expect(diagnostics.filter { $0.severity == .error } == [])
    }
}

@Suite("Markup variants")
struct MarkupVariantTests {
    @Test("labels split over Word runs, no CMS container: the article is the element holding the tables")
    func splitRunsWithoutShell() throws {
        var page = PlainMarkupTests.page
            .replacingOccurrences(of: "<div id=\"zoom\" class=\"article-content\">", with: "<div class=\"main\"><div class=\"nav\">首页 2025 12 31</div><div>")
            .replacingOccurrences(of: "三、本年度办理结果", with: "<span>三、本年度</span><span>办理结果</span>")
            .replacingOccurrences(of: "第二十条", with: "<span>第二十</span>条")
            .replacingOccurrences(of: "行政复议</td>", with: "<b>行政</b>复议</td>")
        page = page.replacingOccurrences(of: "</div></body>", with: "</div><div class=\"footer\">网站标识码 3301000001</div></div></body>")
        let (r, diagnostics) = try PublishedReport.readHTML(Data(page.utf8))
        #expect(r.applications[.newReceived, .total] == 14069)
        #expect(r.applications[.withheldStateSecret, .naturalPerson] == 0)
        #expect(r.reviews[.cases, ColumnKey("suitAfterReviewTotal")] == 156)
        #expect(r.proactive[.licensing, .decisions] == 11398889)
        #expect(!(r.sections.values.joined().contains("网站标识码")))
        #expect(diagnostics.filter { $0.severity == .error } == [])
    }
}

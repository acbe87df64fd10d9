import DisclosureModel
import DisclosureText
import Testing

@Suite("Label normalisation")
struct NormalizerTests {
    @Test("full-width brackets, digits, colon and spaces fold; 、，, unify; quotes unify")
    func folding() {
        #expect(LabelNormalizer.normalize("（一） 予以公开") == "(一)予以公开")
        #expect(LabelNormalizer.normalize("１．属于国家秘密") == "1.属于国家秘密")
        #expect(LabelNormalizer.normalize("采购总金额（单位：万元）") == LabelNormalizer.normalize("采购总金额(单位:万元)"))
        #expect(LabelNormalizer.normalize("逾期不补正，行政机关") == LabelNormalizer.normalize("逾期不补正、行政机关"))
        #expect(LabelNormalizer.normalize("危及“三安全一稳定”") == "危及\"三安全一稳定\"")
        #expect(LabelNormalizer.normalize("—") == "-")
    }

    @Test("bracketed notes are stripped, bracketed numerals kept, an unclosed note runs to the end")
    func notes() {
        #expect(LabelNormalizer.core("规章（设区的市、自治州人民政府应提供相关数据）") == "规章")
        #expect(LabelNormalizer.core("现行有效件数（历史累计）") == "现行有效件数")
        #expect(LabelNormalizer.core("第二十条第（九）项") == "第二十条第(九)项")
        #expect(LabelNormalizer.core("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）") == "(二)部分公开")
        #expect(LabelNormalizer.core("采购项目数量(指202… (truncated)") == "采购项目数量")
        #expect(LabelNormalizer.core("（本列数据的勾稽关系为：第一项加第二项之和）") == "(本列数据的勾稽关系为:第一项加第二项之和)")
    }

    @Test("enumerators are canonical: 1、 and 1. and １． are the same; （三） and (三) are the same")
    func enumerators() {
        #expect(LabelNormalizer.splitEnumerator(LabelNormalizer.core("1、属于国家秘密")) == ("1.", "属于国家秘密"))
        #expect(LabelNormalizer.splitEnumerator(LabelNormalizer.core("１． 属于国家秘密")) == ("1.", "属于国家秘密"))
        #expect(LabelNormalizer.splitEnumerator(LabelNormalizer.core("（三）不予公开")) == ("(三)", "不予公开"))
        #expect(LabelNormalizer.splitEnumerator(LabelNormalizer.core("一、本年新收")) == ("一,", "本年新收"))
        #expect(LabelNormalizer.splitEnumerator("规章") == ("", "规章"))
    }

    @Test("\"其他\" alone is not 其他对外管理服务事项 (it is kept as an extra row), and 3.其他 under （六） is (六)3 in 2021")
    func shortLabelsNeedTheirNumber() {
        let text2019 = "二、主动公开政府信息情况\n第二十条第（五）项\n其他\t1\t2\t3"
        let r = Read.text(text2019, options: .init(edition: .y2019, year: 2020))
        #expect(r.report.proactive[.otherServices, .decisions] == .blank)
        #expect(r.report.proactive.extraRows.map(\.label) == ["其他"])
        #expect(r.diagnostics.map(\.id).contains("READ.extraRow"))
        let text2021 = "三、收到和处理政府信息公开申请情况\n(六) 其他处理\t3. 其他\t1\t0\t0\t0\t0\t0\t1"
        let r21 = Read.text(text2021, options: .init(edition: .y2021, year: 2022))
        #expect(r21.report.applications[.otherOther, .total] == 1)
        #expect(r21.report.applications[.otherHandling, .total] == .blank)
    }
}

import DisclosureModel
import Foundation

/// Drafts the standard sentences of 总体情况 from the tables (and the inventory, when given), so that the text
/// cannot contradict them: applications received and carried over, handled, carried forward, the outcome
/// categories, 复议 and 诉讼, the documents of 第二十条第（一）项, websites and 政务新媒体 with the platforms of 其他.
///
/// Every label comes from the report's `TableSpec` (row and column labels, the result groups), every number from
/// its cells; a blank figure is said to be 未填报, never 0.
public struct ProseDrafter: Sendable {
    /// The websites of the unit's area, if given (only running ones are counted).
    public var websites: [Website]?
    /// The 政务新媒体 accounts of the unit's area, if given (only running ones are counted).
    public var accounts: [NewMediaAccount]?

    /// Creates a drafter; without an inventory the websites and accounts sentence is left out.
    public init(websites: [Website]? = nil, accounts: [NewMediaAccount]? = nil) {
        self.websites = websites
        self.accounts = accounts
    }

    /// The drafted paragraphs of 总体情况, in order.
    public func overview(of report: AnnualReport, format: ReportFormat) -> [String] {
        var paragraphs: [String] = []
        let name = report.organization.name
        paragraphs.append(
            "\(report.year)年，\(name)认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。现将本年度有关情况报告如下。")
        if let documents = documentsSentence(report, format) { paragraphs.append(documents) }
        paragraphs.append(applicationsSentence(report, format))
        paragraphs.append(reviewsSentence(report))
        if let platforms = platformSentence() { paragraphs.append(platforms) }
        return paragraphs
    }

    /// 主动公开: each row of the first block of 表二 with each of its columns (`规章本年新制作1件`).
    func documentsSentence(_ report: AnnualReport, _ format: ReportFormat) -> String? {
        let spec = format.spec(.proactive)
        guard let block = spec.blocks.first else { return nil }
        let data = report.proactive
        let parts = block.rows.map { row in
            row.label + block.columns.map { "\(Self.measure($0.label))\(Self.count(data[row.key, $0.key]))" }.joined(separator: "、")
        }
        return "主动公开方面，\(block.title.map { "\($0)所列" } ?? "")" + parts.joined(separator: "；") + "。"
    }

    /// 依申请公开: 一, 二, （七）, 四 of the 总计 column, then the result categories.
    func applicationsSentence(_ report: AnnualReport, _ format: ReportFormat) -> String {
        let spec = format.spec(.applications)
        let t = report.applications
        func total(_ row: RowKey) -> String { Self.count(t[row, .total]) }
        var text = "依申请公开方面，本年新收政府信息公开申请\(total(.newReceived))，上年结转\(total(.carriedOver))，"
            + "本年度办理\(total(.resultTotal))，结转下年度继续办理\(total(.carryForward))。"
        let categories = Self.resultCategories(spec).map { category in
            let sum = t.completeSum(category.rows.map { CellAddress($0, .total) })
            return "\(category.label)\(sum.map { "\($0.plainText)件" } ?? "未填报")"
        }
        if !categories.isEmpty { text += "办理结果中，" + categories.joined(separator: "，") + "。" }
        return text
    }

    /// 复议 and 诉讼: the 总计 of 行政复议, and of 直接起诉 plus 复议后起诉.
    func reviewsSentence(_ report: AnnualReport) -> String {
        let t = report.reviews
        let suits = t.completeSum([CellAddress(.cases, .directSuitTotal), CellAddress(.cases, .suitAfterReviewTotal)])
        return "本年度发生政府信息公开行政复议\(Self.count(t[.cases, .reviewTotal]))，行政诉讼\(suits.map { "\($0.plainText)件" } ?? "未填报")。"
    }

    /// 平台建设: running websites and accounts, by category, with the platforms counted under 其他.
    func platformSentence() -> String? {
        guard websites != nil || accounts != nil else { return nil }
        var parts: [String] = []
        if let websites {
            parts.append("开通政府网站\(websites.filter { $0.status.isActive }.count)个")
        }
        if let accounts {
            let running = accounts.filter { $0.status.isActive }
            var text = "开设政务新媒体\(running.count)个"
            let byCategory = NewMediaCategory.allCases.map { c in (c, running.filter { $0.category == c }) }.filter { !$0.1.isEmpty }
            if !byCategory.isEmpty {
                text += "，其中" + byCategory.map { category, list in
                    var item = "\(category.rawValue)\(list.count)个"
                    if category == .other {
                        var platforms: [(String, Int)] = []
                        for account in list {
                            if let i = platforms.firstIndex(where: { $0.0 == account.platform }) {
                                platforms[i].1 += 1
                            } else {
                                platforms.append((account.platform, 1))
                            }
                        }
                        item += "（" + platforms.map { "\($0.0)\($0.1)个" }.joined(separator: "、") + "）"
                    }
                    return item
                }.joined(separator: "、")
            }
            parts.append(text)
        }
        return "政府信息公开平台建设方面，" + parts.joined(separator: "，") + "。"
    }

    /// The outcome categories of 三、本年度办理结果: each row or sub-group directly under the results group (not its
    /// total), with the rows it adds and its label without the numbering and the bracketed instruction
    /// (`（二）部分公开（区分处理的…）` → `部分公开`).
    static func resultCategories(_ spec: TableSpec) -> [(label: String, rows: [RowKey])] {
        guard let results = spec.rows.first(where: { !$0.groups.isEmpty })?.groups.first else { return [] }
        // Rows that are a column's total of other rows (（七）总计), from the identities.
        let totals = Set(spec.equations.compactMap { equation -> RowKey? in
            guard let total = equation.total, !equation.rhs.isEmpty,
                equation.rhs.allSatisfy({ $0.column == total.column && $0.row != total.row })
            else { return nil }
            return total.row
        })
        var categories: [(label: String, rows: [RowKey])] = []
        for row in spec.rows where row.groups.first == results && !totals.contains(row.key) {
            let label = row.groups.count > 1 ? row.groups[1] : row.label
            if let last = categories.last, last.label == plain(label) {
                categories[categories.count - 1].rows.append(row.key)
            } else {
                categories.append((plain(label), [row.key]))
            }
        }
        return categories
    }

    /// `（三）不予公开` → `不予公开`; `（二）部分公开（区分处理的，…）` → `部分公开`.
    static func plain(_ label: String) -> String {
        var text = Substring(label)
        if text.hasPrefix("（"), let close = text.firstIndex(of: "）") { text = text[text.index(after: close)...] }
        if let open = text.firstIndex(of: "（") { text = text[..<open] }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A count column's label as the measure of a sentence: `本年新制作数量` → `本年新制作`, `对外公开总数量` → `对外公开`,
    /// `本年制发件数` → `本年制发` (the figure then says `件`).
    static func measure(_ label: String) -> String {
        for suffix in ["总数量", "件数", "数量"] where label.hasSuffix(suffix) && label.count > suffix.count {
            return String(label.dropLast(suffix.count))
        }
        return label
    }

    /// `12件`, or `未填报` for a blank.
    static func count(_ figure: Figure) -> String {
        figure.decimal.map { "\($0.plainText)件" } ?? "未填报"
    }
}

import DisclosureModel

/// The numbers of websites and 政务新媒体 accounts a unit declares (in its report's prose, or given explicitly),
/// to compare with the inventory's records.
public struct DeclaredCounts: Hashable, Sendable, Codable {
    /// 政府网站 count, if declared.
    public var websites: Int?
    /// 政务新媒体 total, if declared.
    public var newMediaAccounts: Int?
    /// 政务新媒体 by counting category (微信 / 微博 / 移动客户端 / 其他), where declared.
    public var newMediaByCategory: [NewMediaCategory: Int]
    /// Where each figure was read, by `QuotedFigure.Kind` raw value (`newMediaOther`), when it came from a text.
    public var sources: [String: TextLocation]

    /// Creates declared counts.
    public init(
        websites: Int? = nil, newMediaAccounts: Int? = nil, newMediaByCategory: [NewMediaCategory: Int] = [:],
        sources: [String: TextLocation] = [:]
    ) {
        self.websites = websites
        self.newMediaAccounts = newMediaAccounts
        self.newMediaByCategory = newMediaByCategory
        self.sources = sources
    }

    /// The counts quoted in a report's prose (`开通政府网站 59 个，开设政务新媒体 324 个，其中微信 191 个…`).
    ///
    /// Only whole, exact figures count as declarations; an approximate one ("300余个") is left out. When a kind is
    /// quoted twice, the first wins.
    public init(quotedIn report: AnnualReport) {
        self.init()
        for figure in report.quotedFigures where !figure.approximate {
            guard let value = Int(exactly: figure.value) else { continue }
            let kind = figure.kind
            if kind == .websites, websites == nil {
                websites = value
            } else if kind == .newMediaAccounts, newMediaAccounts == nil {
                newMediaAccounts = value
            } else if let category = DeclaredCounts.category(of: kind), newMediaByCategory[category] == nil {
                newMediaByCategory[category] = value
            } else {
                continue
            }
            if let source = figure.source { sources[kind.rawValue] = source }
        }
    }

    /// True when nothing is declared.
    public var isEmpty: Bool { websites == nil && newMediaAccounts == nil && newMediaByCategory.isEmpty }

    /// The quoted-figure kind that declares a category's count.
    public static func kind(of category: NewMediaCategory) -> QuotedFigure.Kind {
        switch category {
        case .weChat: .newMediaWeChat
        case .weibo: .newMediaWeibo
        case .mobileApp: .newMediaApp
        case .other: .newMediaOther
        }
    }

    /// The category a quoted-figure kind declares, if it is one of the four.
    public static func category(of kind: QuotedFigure.Kind) -> NewMediaCategory? {
        NewMediaCategory.allCases.first { self.kind(of: $0) == kind }
    }
}

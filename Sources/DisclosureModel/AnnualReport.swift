import Foundation

/// The six sections of an annual report (第五十条; identical headings in both editions).
public enum SectionID: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Hashable {
    /// 一、总体情况.
    case overview
    /// 二、主动公开政府信息情况.
    case proactive
    /// 三、收到和处理政府信息公开申请情况.
    case applications
    /// 四、政府信息公开行政复议、行政诉讼情况.
    case reviews
    /// 五、存在的主要问题及改进情况.
    case problems
    /// 六、其他需要报告的事项.
    case other

    /// The official heading (`三、收到和处理政府信息公开申请情况`).
    public var heading: String { FormCatalog.sectionHeadings[self] ?? rawValue }
}

/// A 政府信息公开工作年度报告: the reporting body, the year and edition, the sections' text, the three tables and the
/// figures quoted in the prose.
///
/// JSON is the interchange format (`ReportJSON`); every field is plain data.
public struct AnnualReport: Hashable, Sendable, Codable {
    /// The reporting body.
    public var organization: Organization
    /// The year reported on (2020 for the seed, published in early 2021).
    public var year: Int
    /// The official format followed.
    public var edition: Edition
    /// The report's title as published, if known.
    public var title: String?
    /// Each section's text, without its heading, as published (may be empty).
    public var sections: [SectionID: String]
    /// 表二 主动公开政府信息情况.
    public var proactive: TableData
    /// 表三 收到和处理政府信息公开申请情况.
    public var applications: TableData
    /// 表四 政府信息公开行政复议、行政诉讼情况.
    public var reviews: TableData
    /// 信息处理费 figures stated in section 六 (2021 edition), if any.
    public var fees: ProcessingFees?
    /// Figures quoted in the prose (总体情况 …), each with where it was read.
    public var quotedFigures: [QuotedFigure]

    /// Creates a report; `edition` defaults to the one that applies to `year`. Tables start empty (all blank).
    public init(
        organization: Organization, year: Int, edition: Edition? = nil, title: String? = nil,
        sections: [SectionID: String] = [:], proactive: TableData = TableData(.proactive),
        applications: TableData = TableData(.applications), reviews: TableData = TableData(.reviews),
        fees: ProcessingFees? = nil, quotedFigures: [QuotedFigure] = []
    ) {
        self.organization = organization
        self.year = year
        self.edition = edition ?? Edition.forReportYear(year)
        self.title = title
        self.sections = sections
        self.proactive = proactive
        self.applications = applications
        self.reviews = reviews
        self.fees = fees
        self.quotedFigures = quotedFigures
    }

    /// The data of one table.
    public subscript(table: TableID) -> TableData {
        get {
            switch table {
            case .proactive: proactive
            case .applications: applications
            case .reviews: reviews
            }
        }
        set {
            switch table {
            case .proactive: proactive = newValue
            case .applications: applications = newValue
            case .reviews: reviews = newValue
            }
        }
        // In place: with `get` and `set` alone, `report[table].cells[address] = figure` copied the table, so the
        // cells' storage was shared and every such assignment copied the whole dictionary (the history's rebuild
        // of a report, cell by cell, was quadratic: an eighth of reading one back, in the fuzz target's profile).
        _modify {
            switch table {
            case .proactive: yield &proactive
            case .applications: yield &applications
            case .reviews: yield &reviews
            }
        }
    }

    /// The official format of the report's edition (`ReportFormats.official`), nil for another edition; a caller
    /// that accepts corrected forms looks the edition up in its own `ReportFormats`.
    public var officialFormat: ReportFormat? { ReportFormats.official[edition] }

    /// The report's own default title: `洛阳市人民政府办公室2020年政府信息公开工作年度报告`.
    public var standardTitle: String { "\(organization.name)\(year)年政府信息公开工作年度报告" }
}

/// 信息处理费 (国办函〔2020〕109号), stated in section 六 of 2021-edition reports. Amounts in 元.
public struct ProcessingFees: Hashable, Sendable, Codable {
    /// 发出收费通知的件数.
    public var noticesIssued: Int?
    /// 收费通知的总金额.
    public var amountNotified: Amount?
    /// 实际收取的总金额.
    public var amountCollected: Amount?

    /// Creates the fee figures.
    public init(noticesIssued: Int? = nil, amountNotified: Amount? = nil, amountCollected: Amount? = nil) {
        self.noticesIssued = noticesIssued
        self.amountNotified = amountNotified
        self.amountCollected = amountCollected
    }
}

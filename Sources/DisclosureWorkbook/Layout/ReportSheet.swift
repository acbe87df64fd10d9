import DisclosureModel

/// The sheets of an annual-report workbook, with the names every location string uses (`表三!C12`).
public enum ReportSheet: String, CaseIterable, Hashable, Sendable, Codable {
    /// 封面: the unit, year, people responsible, contact, date (and 2021's 信息处理费).
    case cover = "封面"
    /// 表二 主动公开政府信息情况.
    case proactive = "表二"
    /// 表三 收到和处理政府信息公开申请情况.
    case applications = "表三"
    /// 表四 政府信息公开行政复议、行政诉讼情况.
    case reviews = "表四"
    /// 校验结果: every diagnostic with its cell.
    case diagnostics = "校验结果"
    /// 图表: 办理结果 by category, and 新媒体 accounts by category when an inventory is given.
    case chart = "图表"

    /// The sheet's tab name.
    public var name: String { rawValue }

    /// The sheet holding `table`.
    public init(_ table: TableID) {
        switch table {
        case .proactive: self = .proactive
        case .applications: self = .applications
        case .reviews: self = .reviews
        }
    }

    /// The table this sheet holds, nil for the other sheets.
    public var table: TableID? {
        switch self {
        case .proactive: .proactive
        case .applications: .applications
        case .reviews: .reviews
        default: nil
        }
    }
}

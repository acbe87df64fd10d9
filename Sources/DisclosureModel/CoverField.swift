/// One labelled field of a report's cover (封面): who filed it, for which year, who signed it, and (where the format
/// states them) the 信息处理费 figures. A `ReportFormat` lists the fields its cover has (`coverFields`).
///
/// The workbook draws them in this order; its importer finds each field by its label (so inserted rows do no harm).
public enum CoverField: String, CaseIterable, Hashable, Sendable, Codable {
    /// 填报单位 (`Organization.name`).
    case unitName = "填报单位"
    /// 单位代码 (`Organization.id`; left blank when it is the name).
    case unitCode = "单位代码"
    /// 单位层级 (`Organization.level`: 省 / 市 / 县(市、区) / 乡镇(街道) / 部门).
    case level = "单位层级"
    /// 上级单位代码 (`Organization.parentID`).
    case parentCode = "上级单位代码"
    /// 年度 — the year reported on.
    case year = "年度"
    /// 负责人.
    case responsible = "负责人"
    /// 审核人.
    case reviewer = "审核人"
    /// 填报人.
    case preparer = "填报人"
    /// 联系电话.
    case phone = "联系电话"
    /// 填报日期.
    case date = "填报日期"
    /// 发出收费通知的件数 (2021 edition, section 六).
    case feeNotices = "发出收费通知件数（件）"
    /// 收费通知的总金额 in 元 (2021 edition).
    case feeNotified = "收费通知总金额（元）"
    /// 实际收取的总金额 in 元 (2021 edition).
    case feeCollected = "实际收取总金额（元）"

    /// The label as drawn.
    public var label: String { rawValue }

    /// The fields every cover has (填报单位 … 填报日期), without the 信息处理费 fields.
    public static let standard: [CoverField] = allCases.filter { !$0.isFee }

    /// True for the 信息处理费 fields.
    public var isFee: Bool { self == .feeNotices || self == .feeNotified || self == .feeCollected }

    /// The case's place in `allCases`: what `==` and `hash(into:)` use, instead of the Chinese label a
    /// raw-value enum would otherwise compare and hash (~5 % of reading a cover, looked up per field).
    private var ordinal: Int {
        switch self {
        case .unitName: 0
        case .unitCode: 1
        case .level: 2
        case .parentCode: 3
        case .year: 4
        case .responsible: 5
        case .reviewer: 6
        case .preparer: 7
        case .phone: 8
        case .date: 9
        case .feeNotices: 10
        case .feeNotified: 11
        case .feeCollected: 12
        }
    }

    /// Fields are equal when they are the same case.
    public static func == (a: CoverField, b: CoverField) -> Bool { a.ordinal == b.ordinal }

    /// Hashes the case.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

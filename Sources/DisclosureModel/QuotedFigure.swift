import Foundation

/// A figure quoted in a report's prose ("共受理依申请公开 178 件"), kept with where it was read so validation can
/// compare it with the tables and point at the sentence.
public struct QuotedFigure: Hashable, Sendable, Codable {
    /// What the figure counts.
    public var kind: Kind
    /// The number as written (`12196` of "12196 余条"); money keeps its unit in `unit`.
    public var value: Decimal
    /// The money unit, for amounts.
    public var unit: MoneyUnit?
    /// True when the prose qualifies it as approximate ("余", "多", "约").
    public var approximate: Bool
    /// Where it was read.
    public var source: TextLocation?

    /// Creates a quoted figure.
    public init(_ kind: Kind, _ value: Decimal, unit: MoneyUnit? = nil, approximate: Bool = false, source: TextLocation? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.source = source
    }

    /// What a quoted figure counts. The raw value is a stable key, used in JSON and in diagnostics.
    public struct Kind: StringKey {
        /// The key's text.
        public var rawValue: String
        /// Wraps a key.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// 收到/受理 政府信息公开申请 (表三 一, 总计).
        public static let applicationsReceived: Kind = "applicationsReceived"
        /// 上年结转 (表三 二, 总计).
        public static let applicationsCarriedOver: Kind = "applicationsCarriedOver"
        /// 办结/答复 (表三 （七）, 总计).
        public static let applicationsAnswered: Kind = "applicationsAnswered"
        /// 结转下年度 (表三 四, 总计).
        public static let applicationsCarriedForward: Kind = "applicationsCarriedForward"
        /// 转办 applications passed to another office (not in the tables).
        public static let applicationsTransferred: Kind = "applicationsTransferred"
        /// 行政复议 (表四 复议 总计).
        public static let administrativeReviews: Kind = "administrativeReviews"
        /// 行政诉讼 (表四 直接起诉 总计 + 复议后起诉 总计).
        public static let administrativeLitigation: Kind = "administrativeLitigation"
        /// 发布各类政府信息 (items published on the portal).
        public static let informationPublished: Kind = "informationPublished"
        /// 公开各类文件 (documents published).
        public static let documentsPublished: Kind = "documentsPublished"
        /// 规范性文件 published this year (表二 规范性文件 本年新公开 / 本年制发).
        public static let normativeDocuments: Kind = "normativeDocuments"
        /// 政策解读 published.
        public static let policyInterpretations: Kind = "policyInterpretations"
        /// 政府网站 count.
        public static let websites: Kind = "websites"
        /// 政务新媒体 total count.
        public static let newMediaAccounts: Kind = "newMediaAccounts"
        /// 政务新媒体 微信 accounts.
        public static let newMediaWeChat: Kind = "newMediaWeChat"
        /// 政务新媒体 微博 accounts.
        public static let newMediaWeibo: Kind = "newMediaWeibo"
        /// 政务新媒体 移动客户端 accounts.
        public static let newMediaApp: Kind = "newMediaApp"
        /// 政务新媒体 其他 accounts.
        public static let newMediaOther: Kind = "newMediaOther"
        /// 培训 人次.
        public static let trainees: Kind = "trainees"
        /// 公示公告 items.
        public static let announcements: Kind = "announcements"
        /// Documents handed to public reading rooms (移交各类文件).
        public static let documentsTransferred: Kind = "documentsTransferred"
    }
}

/// A place in a text: line number (1-based) and the line's text.
public struct TextLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, when known.
    public var file: String?
    /// 1-based line number.
    public var line: Int
    /// The line's text (trimmed), for showing to a person.
    public var excerpt: String

    /// Creates a location.
    public init(file: String? = nil, line: Int, excerpt: String) {
        self.file = file
        self.line = line
        self.excerpt = excerpt
    }

    /// `seed.txt:42` or `第42行`.
    public var description: String { file.map { "\($0):\(line)" } ?? "第\(line)行" }
}

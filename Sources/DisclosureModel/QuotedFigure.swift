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
    /// The share the prose gives right after the figure ("予以公开966件，占66.48%"), if any.
    public var share: Share?
    /// The statement within its line the figure was read from (0-based): figures of one statement — a sentence,
    /// with a following "其中…" sentence — share it, so a stated total and its parts can be added up.
    public var statement: Int?
    /// True when the sentence may be about a wider or another body than the report's ("全市各部门…"): such a
    /// figure is compared with the tables as a note at most, never a warning.
    public var uncertainSubject: Bool?

    /// Creates a quoted figure.
    public init(
        _ kind: Kind, _ value: Decimal, unit: MoneyUnit? = nil, approximate: Bool = false, source: TextLocation? = nil,
        share: Share? = nil, statement: Int? = nil, uncertainSubject: Bool? = nil
    ) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.source = source
        self.share = share
        self.statement = statement
        self.uncertainSubject = uncertainSubject
    }

    /// A percentage as printed: its value and how many decimals were printed (`66.48%` → 66.48, 2).
    public struct Share: Hashable, Sendable, Codable {
        /// The percentage (66.48 for "66.48%").
        public var percent: Decimal
        /// The decimals printed (2 for "66.48%", 0 for "66%").
        public var digits: Int

        /// Creates a share.
        public init(percent: Decimal, digits: Int) {
            self.percent = percent
            self.digits = digits
        }

        /// True when `part / whole` printed with `digits` decimals, rounded or truncated, is `percent`.
        public func matches(part: Decimal, whole: Decimal) -> Bool {
            guard whole > 0 else { return false }
            var exact = part * 100 / whole
            var rounded = Decimal()
            var truncated = Decimal()
            NSDecimalRound(&rounded, &exact, digits, .plain)
            NSDecimalRound(&truncated, &exact, digits, .down)
            return rounded == percent || truncated == percent
        }

        /// `66.48%`.
        public var text: String {
            var t = percent.plainText
            let printed = t.firstIndex(of: ".").map { t.distance(from: $0, to: t.endIndex) - 1 } ?? 0
            if digits > printed { t += (printed == 0 ? "." : "") + String(repeating: "0", count: digits - printed) }
            return t + "%"
        }
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

        // 表三 三、本年度办理结果, category by category.
        /// 予以公开 (表三 （一）, 总计).
        public static let applicationsGranted: Kind = "applicationsGranted"
        /// 部分公开 (表三 （二）, 总计).
        public static let applicationsPartlyGranted: Kind = "applicationsPartlyGranted"
        /// 予以公开及部分公开, the two joined (表三 （一）+（二）, 总计).
        public static let applicationsGrantedOrPartly: Kind = "applicationsGrantedOrPartly"
        /// 不予公开 (表三 （三） 1–8, 总计).
        public static let applicationsWithheld: Kind = "applicationsWithheld"
        /// 无法提供 (表三 （四） 1–3, 总计).
        public static let applicationsUnavailable: Kind = "applicationsUnavailable"
        /// 不予处理 (表三 （五） 1–5, 总计).
        public static let applicationsNotProcessed: Kind = "applicationsNotProcessed"
        /// 其他处理 (表三 （六）, its sub-rows where the form has them, 总计).
        public static let applicationsOtherHandling: Kind = "applicationsOtherHandling"
        /// Applications left open: 0 when the prose says "全部办结" (表三 四, 总计).
        public static let applicationsLeftOpen: Kind = "applicationsLeftOpen"

        // 表四, by outcome.
        /// 行政复议 结果维持 (表四).
        public static let reviewsUpheld: Kind = "reviewsUpheld"
        /// 行政复议 结果纠正 (表四).
        public static let reviewsCorrected: Kind = "reviewsCorrected"
        /// 行政复议 尚未审结 (表四).
        public static let reviewsPending: Kind = "reviewsPending"
        /// 行政复议 not upheld or not concluded (结果纠正 + 其他结果 + 尚未审结): 0 when the prose says "均获维持".
        public static let reviewsNotUpheld: Kind = "reviewsNotUpheld"
        /// 行政诉讼 结果维持 (表四, both groups).
        public static let litigationUpheld: Kind = "litigationUpheld"
        /// 行政诉讼 结果纠正 (表四, both groups): 0 when the prose says "无败诉".
        public static let litigationCorrected: Kind = "litigationCorrected"
        /// 行政诉讼 lost (结果纠正, both groups): 0 when the prose says "无败诉".
        public static let litigationLost: Kind = "litigationLost"
        /// 行政诉讼 尚未审结 (表四, both groups).
        public static let litigationPending: Kind = "litigationPending"
        /// 行政诉讼 not upheld or not concluded (结果纠正 + 其他结果 + 尚未审结, both groups): 0 for "均获维持".
        public static let litigationNotUpheld: Kind = "litigationNotUpheld"

        // 表二.
        /// 规章 issued this year (表二 规章 本年新公开 / 本年制发).
        public static let regulations: Kind = "regulations"
        /// 行政许可 处理决定 (表二).
        public static let licensingDecisions: Kind = "licensingDecisions"
        /// 行政处罚 处理决定 (表二).
        public static let penaltyDecisions: Kind = "penaltyDecisions"
        /// 行政强制 处理决定 (表二).
        public static let enforcementDecisions: Kind = "enforcementDecisions"

        // Facts of the prose that are not counts.
        /// A year named as the time of the work a sentence reports ("2020年，本机关…").
        public static let workYear: Kind = "workYear"

        /// The parts a joined kind stands for (予以公开及部分公开 = 予以公开 + 部分公开).
        public static let joined: [Kind: [Kind]] = [
            .applicationsGrantedOrPartly: [.applicationsGranted, .applicationsPartlyGranted]
        ]

        /// The whole a part is counted in, for its share and for adding parts up (予以公开 → 办结/答复).
        public static let wholes: [Kind: Kind] = {
            var wholes: [Kind: Kind] = [.applicationsGrantedOrPartly: .applicationsAnswered]
            for part in answeredCategories { wholes[part] = .applicationsAnswered }
            for part in [Kind.reviewsUpheld, .reviewsCorrected, .reviewsPending] { wholes[part] = .administrativeReviews }
            for part in [Kind.litigationUpheld, .litigationCorrected, .litigationPending] {
                wholes[part] = .administrativeLitigation
            }
            return wholes
        }()

        /// The outcome categories of 表三 that add up to 办结/答复 (（七）总计), in the form's order; a joined kind
        /// stands in for its parts.
        public static let answeredCategories: [Kind] = [
            .applicationsGranted, .applicationsPartlyGranted, .applicationsWithheld, .applicationsUnavailable,
            .applicationsNotProcessed, .applicationsOtherHandling,
        ]
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

import DisclosureModel

/// What the cover sheet (封面) records beyond the report itself: who answers for the figures and how to reach them.
///
/// The unit (填报单位, 单位代码, 单位层级, 上级单位代码), the year and 2021's 信息处理费 come from the `AnnualReport`.
public struct ReportCover: Hashable, Sendable, Codable {
    /// 负责人 — the head who signs off.
    public var responsible: String?
    /// 审核人 — who checked the figures.
    public var reviewer: String?
    /// 填报人 — who filled the form.
    public var preparer: String?
    /// 联系电话 — as written (kept as text: leading zeros and extensions matter).
    public var phone: String?
    /// 填报日期.
    public var date: CalendarDate?

    /// Creates cover details; everything is optional.
    public init(responsible: String? = nil, reviewer: String? = nil, preparer: String? = nil, phone: String? = nil,
                date: CalendarDate? = nil) {
        self.responsible = responsible
        self.reviewer = reviewer
        self.preparer = preparer
        self.phone = phone
        self.date = date
    }
}

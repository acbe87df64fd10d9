/// The formats a reader, validator or writer knows, by edition: `.official` (2019 and 2021), or those plus a
/// user's corrected or provincial ones (`adding(_:)`).
///
/// Every entry point takes one of these (defaulting to `.official`): a report whose edition is not here is reported
/// (`FORM.unknownEdition`) or refused, never read against another edition's tables.
public struct ReportFormats: Hashable, Sendable {
    /// The formats, in order of their first year.
    public private(set) var all: [ReportFormat]

    /// The official editions: `ReportFormat.y2019`, `ReportFormat.y2021`.
    public static let official = ReportFormats([.y2019, .y2021])

    /// The given formats (a later one with the same edition replaces an earlier one).
    public init(_ formats: [ReportFormat]) {
        var byEdition: [ReportFormat] = []
        for format in formats {
            if let i = byEdition.firstIndex(where: { $0.edition == format.edition }) {
                byEdition[i] = format
            } else {
                byEdition.append(format)
            }
        }
        all = byEdition.sorted { $0.firstYear < $1.firstYear }
    }

    /// These formats and `format` (replacing the one with its edition, if any).
    public func adding(_ format: ReportFormat) -> ReportFormats { ReportFormats(all + [format]) }

    /// The format of an edition, if known.
    public subscript(edition: Edition) -> ReportFormat? { all.first { $0.edition == edition } }

    /// The editions known, in order.
    public var editions: [Edition] { all.map(\.edition) }

    /// The format that applies to a report on `year`: the latest whose years cover it; for a year outside every
    /// range, the latest format starting before it, else the earliest. Nil only when there are no formats.
    public func format(forReportYear year: Int) -> ReportFormat? {
        all.last { $0.covers(year: year) } ?? all.last { $0.firstYear <= year } ?? all.first
    }

    /// The format of `report`'s edition, if known.
    public func format(of report: AnnualReport) -> ReportFormat? { self[report.edition] }
}

/// Which edition of the official annual-report format a report follows: the identifier of a `ReportFormat`.
///
/// The two official editions are `y2019` and `y2021`; everything an edition implies (its tables, years, fee
/// statement, cover, key figures) is in its `ReportFormat`, found through `ReportFormats`. An edition is an
/// identifier only, so a corrected or future form is a new `ReportFormat` with its own edition, not new code.
public struct Edition: StringKey {
    /// The identifier as in JSON (`"2019"`).
    public var rawValue: String
    /// Wraps an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 2019 edition (国办公开办函〔2019〕60号), for the reports on 2019 and 2020.
    public static let y2019: Edition = "2019"
    /// 2021 edition (国办公开办函〔2021〕30号), for the reports on 2021 and later.
    public static let y2021: Edition = "2021"

    /// The official edition that applies to a report on `year` (`ReportFormats.official`); the latest official
    /// edition for a year after every format's range, the earliest for a year before.
    public static func forReportYear(_ year: Int) -> Edition {
        ReportFormats.official.format(forReportYear: year)?.edition ?? .y2021
    }

    /// `2019年版` / `2021年版`.
    public var description: String { "\(rawValue)年版" }
}

/// The edition of the official annual-report format a report follows.
///
/// - `y2019`: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号 — reports on 2019 and 2020.
/// - `y2021`: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号 — reports on 2021 and later.
public enum Edition: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// 2019 edition (国办公开办函〔2019〕60号).
    case y2019 = "2019"
    /// 2021 edition (国办公开办函〔2021〕30号).
    case y2021 = "2021"

    /// The edition that applies to a report on `year`: 2019 and 2020 use the 2019 form, 2021 on the 2021 form.
    public static func forReportYear(_ year: Int) -> Edition {
        year <= 2020 ? .y2019 : .y2021
    }

    /// The issuing notice, as cited in Chinese.
    public var notice: String {
        switch self {
        case .y2019: "国办公开办函〔2019〕60号"
        case .y2021: "国办公开办函〔2021〕30号"
        }
    }

    /// `2019年版` / `2021年版`.
    public var description: String { "\(rawValue)年版" }
}

import DisclosureModel
import DisclosureWorkbook
import Foundation
import TestSupport
import XLSX

/// Shared helpers of the annual-report workbook tests: export to a temporary folder, read a sheet back.
enum ReportBook {
    static let cover = ReportCover(responsible: "张三", reviewer: "李四", preparer: "王五", phone: "0379-63900000",
                                   date: CalendarDate(year: 2021, month: 1, day: 20))

    /// Exports `report` into a fresh folder and returns the file.
    static func export(_ report: AnnualReport, accounts: [NewMediaAccount] = [], name: String = #function) throws -> URL {
        let url = Fixtures.temporaryDirectory(name).appendingPathComponent("报告.xlsx")
        try ReportWorkbookExporter().write(report, cover: cover, accounts: accounts, to: url)
        return url
    }

    /// Writes the template of `edition` into a fresh folder and returns the file.
    static func template(_ edition: Edition, name: String = #function) throws -> URL {
        let url = Fixtures.temporaryDirectory(name).appendingPathComponent("模板\(edition.rawValue).xlsx")
        try ReportTemplateWriter().write(edition: edition, to: url)
        return url
    }

    /// One sheet of a workbook, read with the XLSX reader.
    static func sheet(_ url: URL, _ name: String) throws -> Sheet {
        try WorkbookReader(url: url).readSheet(named: name)
    }

    /// The text at `a1`, nil when the cell holds no text.
    static func text(_ sheet: Sheet, _ a1: String) -> String? {
        if case .string(let s)? = sheet[a1]?.value { return s }
        return nil
    }

    /// The number at `a1` (cached for a formula), nil otherwise.
    static func number(_ sheet: Sheet, _ a1: String) -> Decimal? {
        if case .number(let d)? = sheet[a1]?.value { return d }
        return nil
    }

    /// A report with the seed's figures but a 2021 edition: not used; see Fixtures.
    static var seed: AnnualReport { Fixtures.seedReport }
}

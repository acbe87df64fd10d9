import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

/// One column of an inventory sheet (清单 or template): its header — taken from the CSV headers DisclosureAggregation
/// reads (`InventoryCSV.accountHeader`, `InventoryCSV.websiteHeader`), so a sheet saved as CSV reads back — what a
/// cell holds, the drop-down or date rule a template puts on it, and its width.
struct InventoryColumn<Record>: Sendable {
    /// What a column's cells hold.
    enum Content: Sendable {
        /// Text as written to the CSV.
        case text(@Sendable (Record) -> String?)
        /// A date, written as an Excel date (`yyyy-mm-dd`).
        case date(@Sendable (Record) -> CalendarDate?)
    }

    let header: String
    let content: Content
    /// The template's drop-down, if the column takes one of a few values.
    let choices: [String]?
    let width: Double
    /// The template's prompt for the column.
    let prompt: String

    /// The columns for `headers`, in their order, from the known columns by header; nil when a header is unknown
    /// (the CSV layer gained a column this layer does not yet fill).
    static func columns(_ headers: [String], known: [InventoryColumn]) -> [InventoryColumn]? {
        let byHeader = Dictionary(known.map { ($0.header, $0) }, uniquingKeysWith: { a, _ in a })
        let columns = headers.compactMap { byHeader[$0] }
        return columns.count == headers.count ? columns : nil
    }
}

/// The columns of the 政务新媒体账号 list and template, in `InventoryCSV.accountHeader` order.
enum AccountColumns {
    static let known: [InventoryColumn<NewMediaAccount>] = [
        .init(header: "账号名称", content: .text(\.name), choices: nil, width: 30, prompt: "账号在平台上显示的名称"),
        .init(header: "平台", content: .text(\.platform), choices: nil, width: 12, prompt: "如 微信、新浪微博、抖音、今日头条"),
        .init(header: "类别", content: .text(\.category.rawValue), choices: NewMediaCategory.allCases.map(\.rawValue),
              width: 11, prompt: "微信 / 微博 / 移动客户端 / 其他"),
        .init(header: "账号ID", content: .text(\.accountID), choices: nil, width: 18, prompt: "账号 ID 或原始 ID"),
        .init(header: "主办单位", content: .text(\.hostUnit), choices: nil, width: 28, prompt: "单位全称或单位编码"),
        .init(header: "状态", content: .text(\.status.rawValue), choices: InventoryStatus.allCases.map(\.rawValue),
              width: 8, prompt: "开设 / 关停 / 注销 / 整合"),
        .init(header: "最近更新日期", content: .date(\.lastUpdated), choices: nil, width: 13, prompt: "日期，如 2020-12-31"),
        .init(header: "开设日期", content: .date(\.opened), choices: nil, width: 13, prompt: "日期，如 2016-05-01"),
        .init(header: "互动功能", content: .text { $0.hasInteraction.map { $0 ? "是" : "否" } }, choices: ["是", "否"],
              width: 9, prompt: "是否提供有效互动功能"),
    ]

    /// The columns in CSV order; nil when the CSV header has a column this list does not know.
    static var columns: [InventoryColumn<NewMediaAccount>]? { InventoryColumn.columns(InventoryCSV.accountHeader, known: known) }
}

/// The columns of the 政府网站 list and template, in `InventoryCSV.websiteHeader` order.
enum WebsiteColumns {
    static let known: [InventoryColumn<Website>] = [
        .init(header: "网站名称", content: .text(\.name), choices: nil, width: 30, prompt: "网站全称"),
        .init(header: "首页网址", content: .text(\.url), choices: nil, width: 30, prompt: "如 https://www.ly.gov.cn/"),
        .init(header: "政府网站标识码", content: .text(\.siteCode), choices: nil, width: 15, prompt: "10 位标识码"),
        .init(header: "ICP备案号", content: .text(\.icpRecord), choices: nil, width: 20, prompt: "ICP备案号"),
        .init(header: "公安机关备案号", content: .text(\.publicSecurityRecord), choices: nil, width: 26, prompt: "公安机关备案号"),
        .init(header: "主办单位", content: .text(\.hostUnit), choices: nil, width: 28, prompt: "单位全称或单位编码"),
        .init(header: "网站类型", content: .text(\.type.rawValue), choices: WebsiteType.allCases.map(\.rawValue),
              width: 14, prompt: "政府门户网站 / 部门网站 / 专项网站"),
        .init(header: "状态", content: .text(\.status.rawValue), choices: InventoryStatus.allCases.map(\.rawValue),
              width: 8, prompt: "开设 / 关停 / 注销 / 整合"),
    ]

    /// The columns in CSV order; nil when the CSV header has a column this list does not know.
    static var columns: [InventoryColumn<Website>]? { InventoryColumn.columns(InventoryCSV.websiteHeader, known: known) }
}

extension CalendarDate {
    /// The date as Excel's serial day number (1900 date system: 1970-01-01 is 25569).
    var excelSerial: Int { dayNumber + 25_569 }
}

/// The error when the CSV layer's header names a column the workbook layer cannot fill.
func unknownInventoryColumns(_ what: String, _ headers: [String]) -> XLSXWriterError {
    XLSXWriterError(
        code: .invalidArgument,
        message: "\(what)的 CSV 表头（\(headers.joined(separator: "、"))）含有工作簿不认识的列 — the CSV header has a column the workbook layer does not know")
}

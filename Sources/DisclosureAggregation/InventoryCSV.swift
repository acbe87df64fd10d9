import DisclosureModel
import Foundation

/// The CSV files a clerk keeps: websites, 政务新媒体 accounts and the organization tree — reading (header variants in
/// any order, BOM, CRLF) with every bad row reported by line and column, and writing (UTF-8 with BOM, CRLF).
///
/// Standard headers:
/// - websites: 网站名称, 首页网址, 政府网站标识码, ICP备案号, 公安机关备案号, 主办单位, 网站类型, 状态
/// - accounts: 账号名称, 平台, 类别, 账号ID, 主办单位, 状态, 最近更新日期, 开设日期, 互动功能
/// - organizations: 单位编码, 单位名称, 层级, 上级单位编码
///
/// Reading never stops at a bad row: the good rows are returned with the errors of the bad ones
/// (`accounts.csv 第12行 “状态”列：无法识别“停止” — unknown status`). Only an unreadable file or a header without a
/// required column throws. A file may be UTF-8 (Excel's “CSV UTF-8”) or GBK (Excel's plain “CSV (逗号分隔)” on a
/// Chinese Windows, read as GB18030); one in UTF-16/UTF-32 (Excel's “Unicode 文本”) is refused with a message saying
/// which and how to save it, rather than read as garbled text.
public enum InventoryCSV {
    /// Records read from a CSV, and the rows that could not be read.
    public struct Loaded<Record: Sendable & Hashable>: Sendable, Hashable {
        /// The rows read.
        public var records: [Record]
        /// One error per bad value, in file order.
        public var errors: [InventoryCSVError]

        /// The errors as diagnostics (`CSV.invalidValue`, error severity, located by file, line and column).
        public var diagnostics: [Diagnostic] {
            errors.map { e in
                AggregationDiagnostic.csvInvalidValue.make(
                    message: e.description, english: e.description.components(separatedBy: " — ").last ?? "",
                    location: Diagnostic.Location(file: e.file, line: e.line, detail: e.column))
            }
        }
    }

    // MARK: Columns

    static let websiteColumns = [
        CSVColumn("网站名称", aliases: ["名称", "网站"], required: true),
        CSVColumn("首页网址", aliases: ["网址", "网站地址", "首页地址", "url", "域名"], required: true),
        CSVColumn("政府网站标识码", aliases: ["标识码", "网站标识码"]),
        CSVColumn("ICP备案号", aliases: ["ICP备案", "ICP", "备案号"]),
        CSVColumn("公安机关备案号", aliases: ["公安备案号", "公网安备号", "公网安备"]),
        CSVColumn("主办单位", aliases: ["主办单位名称", "单位", "单位编码"], required: true),
        CSVColumn("网站类型", aliases: ["类型"], required: true),
        CSVColumn("状态", aliases: ["运行状态", "网站状态"]),
    ]

    static let accountColumns = [
        CSVColumn("账号名称", aliases: ["名称", "新媒体名称", "帐号名称"], required: true),
        CSVColumn("平台", aliases: ["平台名称", "所属平台"], required: true),
        CSVColumn("类别", aliases: ["类型", "新媒体类型", "分类"]),
        CSVColumn("账号ID", aliases: ["帐号ID", "账号", "原始ID", "ID"]),
        CSVColumn("主办单位", aliases: ["主办单位名称", "单位", "单位编码"], required: true),
        CSVColumn("状态", aliases: ["账号状态", "运行状态"]),
        CSVColumn("最近更新日期", aliases: ["最后更新日期", "更新日期", "最近更新时间"]),
        CSVColumn("开设日期", aliases: ["开设时间", "开通日期", "开通时间"]),
        CSVColumn("互动功能", aliases: ["是否有互动功能", "互动"]),
    ]

    static let organizationColumns = [
        CSVColumn("单位编码", aliases: ["编码", "单位代码", "代码", "id"]),
        CSVColumn("单位名称", aliases: ["名称", "单位"], required: true),
        CSVColumn("层级", aliases: ["级别", "层次", "单位层级"], required: true),
        CSVColumn("上级单位编码", aliases: ["上级编码", "上级单位", "上级单位代码"]),
    ]

    /// The standard website header.
    public static var websiteHeader: [String] { websiteColumns.map(\.name) }
    /// The standard account header.
    public static var accountHeader: [String] { accountColumns.map(\.name) }
    /// The standard organization header.
    public static var organizationHeader: [String] { organizationColumns.map(\.name) }

    // MARK: Reading

    /// Reads websites from CSV text; `file` names it in errors.
    public static func websites(text: String, file: String = "websites.csv") throws(InventoryCSVError) -> Loaded<Website> {
        try parseWebsites(.text(text, file: file))
    }

    /// Reads websites from a file.
    public static func websites(contentsOf url: URL) throws(InventoryCSVError) -> Loaded<Website> {
        try parseWebsites(.file(url))
    }

    /// Reads accounts from CSV text; `file` names it in errors.
    public static func accounts(text: String, file: String = "accounts.csv") throws(InventoryCSVError) -> Loaded<NewMediaAccount> {
        try parseAccounts(.text(text, file: file))
    }

    /// Reads accounts from a file.
    public static func accounts(contentsOf url: URL) throws(InventoryCSVError) -> Loaded<NewMediaAccount> {
        try parseAccounts(.file(url))
    }

    /// Reads an organization list from CSV text; a missing 单位编码 makes the name the id.
    public static func organizations(text: String, file: String = "organizations.csv") throws(InventoryCSVError) -> Loaded<Organization> {
        try parseOrganizations(.text(text, file: file))
    }

    /// Reads an organization list from a file.
    public static func organizations(contentsOf url: URL) throws(InventoryCSVError) -> Loaded<Organization> {
        try parseOrganizations(.file(url))
    }

    /// Collects one row's values and errors.
    struct RowReader {
        let table: CSVTable
        let line: Int
        let fields: [String]
        var errors: [InventoryCSVError] = []

        func optional(_ column: String) -> String? { table.value(column, in: fields) }

        mutating func required(_ column: String) -> String? {
            guard let v = table.value(column, in: fields) else {
                errors.append(InventoryCSVError(file: table.file, line: line, column: column, reason: .missingValue))
                return nil
            }
            return v
        }

        mutating func parsed<T>(_ column: String, what: String, required: Bool = false, _ parse: (String) -> T?) -> T? {
            guard let text = required ? self.required(column) : optional(column) else { return nil }
            guard let v = parse(text) else {
                errors.append(InventoryCSVError(file: table.file, line: line, column: column, reason: .unknownValue(text, what: what)))
                return nil
            }
            return v
        }

        mutating func date(_ column: String) -> CalendarDate? {
            guard let text = optional(column) else { return nil }
            guard let d = CalendarDate(text) else {
                errors.append(InventoryCSVError(file: table.file, line: line, column: column, reason: .badDate(text)))
                return nil
            }
            return d
        }
    }

    /// Streams `source` row by row into records: only the records and errors are kept, never the file's rows.
    static func parse<T>(_ source: CSVSource, columns: [CSVColumn], _ row: (inout RowReader) -> T?) throws(InventoryCSVError) -> Loaded<T> {
        var records: [T] = []
        var errors: [InventoryCSVError] = []
        try CSVTable.read(source, columns: columns) { table, line, fields in
            var reader = RowReader(table: table, line: line, fields: fields)
            let record = row(&reader)
            if reader.errors.isEmpty, let record { records.append(record) }
            errors += reader.errors
        }
        return Loaded(records: records, errors: errors)
    }

    static func parseWebsites(_ source: CSVSource) throws(InventoryCSVError) -> Loaded<Website> {
        try parse(source, columns: websiteColumns) { r in
            let name = r.required("网站名称"), url = r.required("首页网址"), host = r.required("主办单位")
            let type = r.parsed("网站类型", what: "website type", required: true, WebsiteType.init(chinese:))
            let status = r.parsed("状态", what: "status", InventoryStatus.init(chinese:)) ?? .open
            guard let name, let url, let host, let type else { return nil }
            return Website(
                name: name, url: url, siteCode: r.optional("政府网站标识码"), icpRecord: r.optional("ICP备案号"),
                publicSecurityRecord: r.optional("公安机关备案号"), hostUnit: host, type: type, status: status)
        }
    }

    static func parseAccounts(_ source: CSVSource) throws(InventoryCSVError) -> Loaded<NewMediaAccount> {
        try parse(source, columns: accountColumns) { r in
            let name = r.required("账号名称"), platform = r.required("平台"), host = r.required("主办单位")
            let category = r.parsed("类别", what: "category", category(_:))
            let status = r.parsed("状态", what: "status", InventoryStatus.init(chinese:)) ?? .open
            let updated = r.date("最近更新日期"), opened = r.date("开设日期")
            let interaction = r.parsed("互动功能", what: "yes/no", yesNo(_:))
            guard let name, let platform, let host else { return nil }
            return NewMediaAccount(
                name: name, platform: platform, category: category, accountID: r.optional("账号ID"), hostUnit: host,
                status: status, lastUpdated: updated, opened: opened, hasInteraction: interaction)
        }
    }

    static func parseOrganizations(_ source: CSVSource) throws(InventoryCSVError) -> Loaded<Organization> {
        try parse(source, columns: organizationColumns) { r in
            let name = r.required("单位名称")
            let level = r.parsed("层级", what: "level", required: true, OrganizationLevel.init(chinese:))
            guard let name, let level else { return nil }
            return Organization(id: r.optional("单位编码"), name: name, level: level, parentID: r.optional("上级单位编码"))
        }
    }

    /// A category as clerks write it: 微信/微信公众号, 微博/新浪微博, 移动客户端/客户端/APP, 其他/其它.
    static func category(_ text: String) -> NewMediaCategory? {
        if let exact = NewMediaCategory(rawValue: text) { return exact }
        switch CSVColumn.normalize(text) {
        case "其它", "其他新媒体", "其他平台": return .other
        case "微信公众号", "公众号", "wechat": return .weChat
        case "新浪微博", "weibo": return .weibo
        case "客户端", "app", "移动app", "移动端": return .mobileApp
        default: return nil
        }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch CSVColumn.normalize(text) {
        case "是", "有", "y", "yes", "true", "1": true
        case "否", "无", "n", "no", "false", "0": false
        default: nil
        }
    }

    // MARK: Writing

    /// The websites as CSV (standard header; UTF-8 with BOM, CRLF).
    public static func data(websites: [Website]) throws -> Data {
        try CSVText.make(
            header: websiteHeader,
            rows: websites.map {
                [$0.name, $0.url, $0.siteCode ?? "", $0.icpRecord ?? "", $0.publicSecurityRecord ?? "", $0.hostUnit,
                 $0.type.rawValue, $0.status.rawValue]
            })
    }

    /// The accounts as CSV (standard header; UTF-8 with BOM, CRLF).
    public static func data(accounts: [NewMediaAccount]) throws -> Data {
        try CSVText.make(
            header: accountHeader,
            rows: accounts.map {
                [$0.name, $0.platform, $0.category.rawValue, $0.accountID ?? "", $0.hostUnit, $0.status.rawValue,
                 $0.lastUpdated?.description ?? "", $0.opened?.description ?? "",
                 $0.hasInteraction.map { $0 ? "是" : "否" } ?? ""]
            })
    }

    /// The organizations as CSV (standard header; UTF-8 with BOM, CRLF).
    public static func data(organizations: [Organization]) throws -> Data {
        try CSVText.make(
            header: organizationHeader,
            rows: organizations.map { [$0.id, $0.name, $0.level.rawValue, $0.parentID ?? ""] })
    }

    /// Writes `data` to `url` atomically (a temporary file renamed), so a failure never leaves half a file.
    public static func write(_ data: Data, to url: URL) throws {
        try data.write(to: url, options: .atomic)
    }
}

import ArgumentParser
import DisclosureAggregation
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure inventory --websites SITES.csv --accounts ACCOUNTS.csv -o OUT.xlsx`.
struct Inventory: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "政府网站和政务新媒体统计 — statistics of the website and new-media inventories.",
        discussion: """
            按平台、单位、层级、状态统计，核对申报数与清单（--report 给出报告时取其正文中的网站、新媒体数），写出统计工作簿。
            --template 只写出供单位填报的空白清单模板。

            Counts by platform, unit, level and status, checks the counts declared in a report's prose (--report) \\
            against the records, and writes the statistics workbook. With --template, writes the blank inventory \\
            templates for units to fill instead.
            """
    )

    @Option(help: "网站清单 CSV — the website inventory.")
    var websites: String?

    @Option(help: "政务新媒体账号清单 CSV — the account inventory.")
    var accounts: String?

    @Option(help: "单位树 CSV（可选，按层级统计） — the organization tree (optional; enables counts by level).")
    var organizations: String?

    @Option(help: "报告（JSON、文本或工作簿），取正文中申报的网站、新媒体数 — a report whose prose declares the counts.")
    var report: String?

    @Option(help: "检查日期 YYYY-MM-DD（核对 14 天未更新） — check date, for accounts not updated within 14 days.")
    var checkDate: String?

    @Flag(help: "只写出空白清单模板 — write the blank inventory templates instead.")
    var template = false

    @Option(name: .shortAndLong, help: "输出的工作簿 — the workbook to write.")
    var output: String

    @OptionGroup var findings: FindingsOptions

    func validate() throws {
        if !template, websites == nil || accounts == nil {
            throw ValidationError("需要 --websites 和 --accounts（或 --template） — --websites and --accounts are required unless --template")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: output)
        try Output.createParentFolder(of: output)
        if template {
            do {
                try InventoryTemplateWriter().write(to: url)
            } catch {
                throw CLIError.unwritable(output, error)
            }
            try CommandOutput(command: "inventory", outputs: [output], lines: ["清单模板 inventory templates"])
                .emit(findings.format.value)
            return
        }
        guard let websites, let accounts else { return }
        let sites = try CSVInput.load(websites, "the website inventory") { try InventoryCSV.websites(contentsOf: $0) }
        let media = try CSVInput.load(accounts, "the account inventory") { try InventoryCSV.accounts(contentsOf: $0) }
        let tree = try organizations.map(CSVInput.tree)
        var date: CalendarDate?
        if let checkDate {
            guard let d = CalendarDate(checkDate) else {
                throw CLIError("检查日期应为 YYYY-MM-DD（\(checkDate)）", "--check-date must be YYYY-MM-DD")
            }
            date = d
        }
        let declared = try report.map { DeclaredCounts(quotedIn: try ReportInput.load($0).report) }

        var diagnostics = sites.diagnostics + media.diagnostics
        diagnostics += Validator().validate(
            InventoryRecords(websites: sites.records, accounts: media.records, declared: declared),
            in: ValidationContext(checkDate: date))
        do {
            try NewMediaWorkbookExporter(declared: declared, tree: tree)
                .write(accounts: media.records, websites: sites.records, to: url)
        } catch {
            throw CLIError.unwritable(output, error)
        }
        let statistics = InventoryStatistics(websites: sites.records, accounts: media.records, tree: tree)
        let c = statistics.byCategory
        let summary = "网站 websites \(statistics.websiteCount) 个；政务新媒体 accounts \(statistics.accountCount) 个"
            + "（微信 \(c[.weChat] ?? 0)、微博 \(c[.weibo] ?? 0)、移动客户端 \(c[.mobileApp] ?? 0)、其他 \(c[.other] ?? 0)）"
        try CommandOutput(command: "inventory", outputs: [output], lines: [summary], diagnostics: diagnostics)
            .emit(findings.format.value)
    }
}

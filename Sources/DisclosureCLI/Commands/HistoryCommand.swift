import ArgumentParser
import DisclosureAggregation
import DisclosureHistory
import DisclosureInput
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure history add|list|show|check|compare|rollup --db FILE …`: several years in one database.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "历年报告库：导入、查询、跨年度核对、对比、汇总 — several years of reports in one database.",
        discussion: """
            数据库是一个 SQLite 文件（--db），每个文件一次事务导入；重复提交成为新版本，旧版本保留。

            The database is one SQLite file (--db); each file is imported in one transaction; a resubmission becomes a \
            new version and the old one is kept.
            """,
        subcommands: [Add.self, List.self, Show.self, CheckYears.self, Compare.self, HistoryRollup.self]
    )

    /// `--db FILE`, shared by every subcommand.
    struct Database: ParsableArguments {
        @Option(help: "历年报告库文件（SQLite） — the history database file.")
        var db: String

        /// Opens the database, creating it only when `creates`.
        func open(creates: Bool = false) throws -> ReportHistory {
            try ReportHistory(path: db, options: ReportHistory.Options(createsFile: creates))
        }
    }

    /// `history add INPUT… --db FILE [--organizations CSV]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入报告（文件或文件夹） — add report files or folders.",
            discussion: """
                每个文件一次事务；读不了的文件不写入任何内容并报告出来，其余照常导入（退出码 2）。内容完全相同的文件再次导入不做改动。
                文件夹或其上一级有 organizations.csv 时作为该年度的单位树保存。

                One transaction per file; a file that cannot be read writes nothing and is reported, the rest are \
                still added (exit code 2). Identical bytes added again change nothing. An organizations.csv in the \
                folder or its parent is stored as that year's tree.
                """)

        @Argument(help: "报告文件或文件夹 — report files or folders.")
        var inputs: [String]

        @OptionGroup var database: Database

        @Option(help: "单位树 CSV（单位编码,单位名称,层级,上级单位编码） — the organization tree CSV.")
        var organizations: String?

        func run() throws {
            let history = try database.open(creates: true)
            var added = 0, unchanged = 0, failed = 0, skipped = 0
            let reader = ReportInput.reader
            for input in inputs {
                // Files and folders through the library's one way in: recursive, non-reports skipped with a note.
                let expanded: ReportInputs
                do {
                    expanded = try ReportInputs.expand(
                        [URL(fileURLWithPath: input)], organizations: organizations.map { URL(fileURLWithPath: $0) })
                } catch {
                    throw CLIError(error)
                }
                var years: Set<Int> = []
                for url in expanded.files where url.standardizedFileURL != expanded.treeFile?.standardizedFileURL {
                    let file = url.path
                    do {
                        let bytes = try ReportInput.contents(of: file)
                        let checked = reader.check(try reader.read(bytes, path: file))
                        let result = try history.add(
                            report: checked.file.report, sourceName: url.lastPathComponent, bytes: bytes,
                            diagnostics: checked.diagnostics)
                        years.insert(checked.file.report.year)
                        if result.isNew { added += 1 } else { unchanged += 1 }
                        for d in result.diagnostics where expanded.files.count <= Output.detailLimit {
                            Terminal.error("\(file)：\(d.message) — \(d.english)")
                        }
                    } catch let error as ReportFileError {
                        if case .notAReport = error.kind, !expanded.givenFiles.contains(file) {
                            skipped += 1
                            continue
                        }
                        failed += 1
                        Terminal.error("未导入 not added — \(error.description)")
                    } catch {
                        failed += 1
                        Terminal.error("\(file)：未导入 not added — \(CLIError.describe(error))")
                    }
                }
                // The tree beside a folder belongs to the year of the reports in it.
                if let tree = expanded.tree, let path = expanded.treeFile, let year = years.first, years.count == 1 {
                    try history.setOrganizations(tree.organizations, year: year)
                    Terminal.error("单位树 organization tree (\(year)): \(path.path)")
                }
            }
            Terminal.out(
                "已导入 \(added) 份，未改动 \(unchanged) 份，失败 \(failed) 份，跳过非报告文件 \(skipped) 个 — added \(added), unchanged \(unchanged), failed \(failed), skipped \(skipped) files that are not reports")
            if failed > 0 { throw ExitCode(1) }
        }
    }

    /// `history list --db FILE [--year Y] [--all]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出库中的报告 — list the reports held.")

        @OptionGroup var database: Database

        @Option(help: "只列此年度 — only this year.")
        var year: Int?

        @Flag(help: "也列出被取代的旧版本 — also list superseded versions.")
        var all = false

        func run() throws {
            let reports = try database.open().reports(year: year, includingSuperseded: all)
            for r in reports {
                Terminal.out(
                    "\(r.year)\t\(r.unitID)\t\(r.unitName)\tv\(r.version)\(r.isCurrent ? "" : "（已取代 superseded）")\t"
                        + "\(r.sourceName)\t\(r.sha256.prefix(12))\t\(r.importedAt)\t错误 \(r.errors) 警告 \(r.warnings)")
            }
            Terminal.out("共 \(reports.count) 份 — \(reports.count) reports")
        }
    }

    /// `history show UNIT --db FILE [--year Y]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "显示一个单位的历年数据或某年报告 — show one unit's years, or one year's report as JSON.")

        @Argument(help: "单位编码或名称 — the unit's id or name.")
        var unit: String

        @OptionGroup var database: Database

        @Option(help: "输出该年度的报告（JSON） — print that year's report as JSON.")
        var year: Int?

        func run() throws {
            let history = try database.open()
            if let year {
                guard let report = try history.report(unit: unit, year: year) else {
                    throw CLIError("库中没有 \(unit) \(year)年的报告", "no \(year) report of \(unit) in the database")
                }
                try Output.write(try ReportJSON.encode(report), to: nil)
                return
            }
            let versions = try history.reports(unit: unit, includingSuperseded: true)
            guard !versions.isEmpty else { throw CLIError("库中没有单位 \(unit) 的报告", "no reports of \(unit) in the database") }
            for r in versions {
                Terminal.out("\(r.year)年 v\(r.version)\(r.isCurrent ? "" : "（已取代 superseded）") \(r.sourceName) \(r.importedAt)")
            }
            // Each key figure over the years, from each year's own format (blank where that year's form lacks it).
            let current = try versions.filter(\.isCurrent).map { r in (r.year, try history.report(unit: unit, year: r.year)) }
            let figures = current.compactMap { $0.1.flatMap { history.formats[$0.edition] } }.last?.keyFigures ?? []
            for figure in figures {
                var line = figure.heading
                for (year, report) in current {
                    let own = report.flatMap { history.formats[$0.edition]?.keyFigure(figure.id) }
                    line += "\t\(year): " + (report.flatMap { r in own?.value(in: r)?.plainText } ?? "空")
                }
                Terminal.out(line)
            }
        }
    }

    /// `history check --db FILE [--year Y] [--format text|json]`.
    struct CheckYears: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "跨年度核对 — the cross-year checks (上年结转, 现行有效件数, 表三与上年相同, 缺报单位).",
            discussion: "退出码：0 无错误；1 有错误级诊断；2 用法或读写失败。 Exit codes: 0 no error, 1 errors found, 2 usage or I/O.")

        @OptionGroup var database: Database

        @Option(help: "核对此年度与上一年度（默认所有相邻年度） — check this year against the year before (default: every pair).")
        var year: Int?

        @OptionGroup var findings: FindingsOptions

        func run() throws {
            let found = try database.open().check(year: year)
            try CommandOutput(command: "history check", diagnostics: found, findingsAreResult: true, detailed: true)
                .emit(findings.format.value)
        }
    }

    /// `history compare --from Y1 --to Y2 -o OUT.xlsx --db FILE`.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "两个年度对比，写出工作簿 — compare two years into a workbook (key figures, change, %, charts).")

        @OptionGroup var database: Database

        @Option(help: "较早的年度 — the earlier year.")
        var from: Int

        @Option(help: "较晚的年度 — the later year.")
        var to: Int

        @Option(name: .shortAndLong, help: "输出的对比工作簿 — the comparison workbook to write.")
        var output: String

        func run() throws {
            let comparison = try database.open().compare(from: from, to: to)
            do {
                try Output.createParentFolder(of: output)
                try ComparisonWorkbookWriter().write(comparison, to: URL(fileURLWithPath: output))
            } catch {
                throw CLIError.unwritable(output, error)
            }
            Terminal.out(
                "已对比 \(comparison.units.count) 个单位 compared \(comparison.units.count) units；"
                    + "不可比 \(comparison.notComparable.count) 项 not comparable — wrote \(output)")
        }
    }

    /// `history rollup --year Y -o OUT.xlsx --db FILE [--json FILE]`.
    struct HistoryRollup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rollup", abstract: "从库中汇总一个年度 — roll up one year from the database.")

        @OptionGroup var database: Database

        @Option(help: "年度 — the year.")
        var year: Int

        @Option(name: .shortAndLong, help: "输出的汇总工作簿 — the roll-up workbook to write.")
        var output: String

        @Option(help: "同时写出汇总结果 JSON — also write the roll-up as JSON.")
        var json: String?

        func run() throws {
            let result = try database.open().rollup(year: year)
            let all = result.diagnostics + Validator().validate(result.total)
            do {
                try Output.createParentFolder(of: output)
                try RollupWorkbookExporter().write(result, diagnostics: all, to: URL(fileURLWithPath: output))
            } catch {
                throw CLIError.unwritable(output, error)
            }
            if let json { try Output.write(try ReportJSON.encode(result), to: json) }
            Terminal.out("已汇总 \(result.unitCount) 个单位 rolled up \(result.unitCount) units — wrote \(output)")
            Terminal.out(Output.brief(all))
        }
    }
}

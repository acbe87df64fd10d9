import ArgumentParser
import DisclosureAggregation
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure rollup INPUT… [--organizations ORGS.csv] -o OUT.xlsx [--json FILE]`.
struct Rollup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "汇总下级单位的报告 — roll up units' reports into the city workbook.",
        discussion: """
            INPUT 为报告文件或文件夹（读取其中全部 .json/.txt/.xlsx）；文件夹或其上一级中有 organizations.csv 时作为单位树
            （sample-city 的目录结构）。某个文件读不了会报告出来，其余照常汇总。

            INPUTs are report files or folders (every .json/.txt/.xlsx in them); an organizations.csv in the folder \
            or its parent (the layout sample-city writes) is taken as the organization tree. A file that cannot be \
            read is reported and the rest still roll up.
            """
    )

    @Argument(help: "报告文件或文件夹 — report files or folders.")
    var inputs: [String]

    @Option(help: "单位树 CSV（单位编码,单位名称,层级,上级单位编码） — the organization tree CSV.")
    var organizations: String?

    @Option(name: .shortAndLong, help: "输出的汇总工作簿 — the roll-up workbook to write.")
    var output: String

    @Option(help: "同时写出汇总结果 JSON — also write the roll-up as JSON.")
    var json: String?

    func run() throws {
        let files = try ReportInput.expand(inputs)
        guard !files.isEmpty else { throw CLIError("没有可汇总的报告", "no reports to roll up") }
        let tree = try loadTree()

        var rollup = ReportRollup(tree: tree)
        var diagnostics: [Diagnostic] = []
        var failed = 0
        var progress = ProgressBar(total: files.count, label: "汇总 rolling up")
        for (index, file) in files.enumerated() {
            progress.update(index)
            do {
                let (loaded, found) = try ReportInput.check(file)
                diagnostics += found
                rollup.add(loaded.report, diagnosticsCount: found.count)
            } catch {
                failed += 1
                diagnostics.append(
                    Diagnostic(
                        id: "CLI.unreadable", severity: .error, message: "无法读取，未汇总：\(CLIError.describe(error))",
                        english: "cannot be read; left out of the roll-up", location: Diagnostic.Location(file: file)))
            }
        }
        progress.update(files.count)
        progress.finish()
        let result = rollup.finish()
        let all = diagnostics + result.diagnostics + Validator().validate(result.total)
        do {
            try Output.createParentFolder(of: output)
            try RollupWorkbookExporter().write(result, diagnostics: all, to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.unwritable(output, error)
        }
        if let json { try Output.write(try ReportJSON.encode(result), to: json) }
        let a = result.total.applications
        Terminal.out(
            "已汇总 \(result.unitCount) 个单位 rolled up \(result.unitCount) units"
                + (failed > 0 ? "（\(failed) 个文件读取失败 failed to read）" : "")
                + "：新收申请 \(a[.newReceived, .total])，办结 \(a[.resultTotal, .total])，结转 \(a[.carryForward, .total])")
        Terminal.out(Output.brief(all))
        Terminal.out("已写入 \(output) — wrote \(output)" + (json.map { "，\($0)" } ?? ""))
    }

    /// The tree from `--organizations`, or from `organizations.csv` in the first folder given or its parent.
    func loadTree() throws -> OrganizationTree? {
        var path = organizations
        if path == nil {
            var isDirectory: ObjCBool = false
            let folders = inputs.filter { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }
            let candidates = folders.flatMap { folder in
                [folder, (folder as NSString).deletingLastPathComponent].map { ($0 as NSString).appendingPathComponent("organizations.csv") }
            }
            path = candidates.first { FileManager.default.fileExists(atPath: $0) }
            if let path { Terminal.error("单位树 organization tree: \(path)") }
        }
        return try path.map(CSVInput.tree)
    }
}

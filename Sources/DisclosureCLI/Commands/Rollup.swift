import ArgumentParser
import DisclosureAggregation
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure rollup INPUT… [--organizations ORGS.csv] -o OUT.xlsx [--json FILE]`.
struct Rollup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "汇总下级单位的报告 — roll up units' reports into the city workbook.",
        discussion: """
            INPUT 为报告文件或文件夹（逐层读取其中的报告，按内容识别；单位树、清单和本软件的输出文件跳过并注明）；
            文件夹或其上一级中有 organizations.csv 时作为单位树（sample-city 的目录结构）。某个文件读不了会报告出来，
            其余照常汇总；没有任何报告时报错，不写工作簿。退出码：0 无错误；1 有错误级诊断；2 用法或读写失败。

            INPUTs are report files or folders (walked recursively; reports recognised by content; the tree, \
            inventories and our own outputs are skipped with a note); an organizations.csv in the folder or its \
            parent (the layout sample-city writes) is taken as the organization tree. A file that cannot be read \
            is reported and the rest still roll up; with no report at all nothing is written. Exit codes: 0 no \
            error-severity finding, 1 at least one, 2 usage or I/O failure.
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

    @OptionGroup var findings: FindingsOptions

    func run() async throws {
        let batch = try await ReportInput.readAll(inputs, organizations: organizations, label: "汇总 rolling up")
        var rollup = ReportRollup(tree: batch.tree)
        for checked in batch.reports { rollup.add(checked.file.report, diagnosticsCount: checked.diagnostics.count) }
        let result = rollup.finish()
        let failed = batch.failures.count
        let all = batch.diagnostics + result.diagnostics + Validator().validate(result.total)
        do {
            try Output.createParentFolder(of: output)
            try RollupWorkbookExporter().write(result, diagnostics: all, to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.unwritable(output, error)
        }
        if let json { try Output.write(try ReportJSON.encode(result), to: json) }
        let a = result.total.applications
        let summary = "已汇总 \(result.unitCount) 个单位 rolled up \(result.unitCount) units"
            + (failed > 0 ? "（\(failed) 个文件读取失败 failed to read）" : "")
            + "：新收申请 \(a[.newReceived, .total])，办结 \(a[.resultTotal, .total])，结转 \(a[.carryForward, .total])"
        try CommandOutput(command: "rollup", outputs: [output] + (json.map { [$0] } ?? []), lines: [summary], diagnostics: all)
            .emit(findings.format.value)
    }
}

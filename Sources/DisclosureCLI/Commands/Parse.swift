import ArgumentParser
import DisclosureModel
import Foundation

/// `disclosure parse REPORT.txt [-o FILE]`: published report text → the JSON model.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把已发布的报告文本读成 JSON 模型 — read published report text into the JSON model.",
        discussion: "读不进表格的行会以带行号的诊断列出（标准错误）。 Lines that cannot be placed are listed with their line numbers on standard error."
    )

    @Argument(help: "已发布的报告：文本（UTF-8 或 GBK）、网页 .html 或 Word .docx — the published report: text (UTF-8 or GBK), a saved page or a .docx.")
    var report: String

    @Option(name: .shortAndLong, help: "输出的 JSON 文件（默认标准输出） — output JSON file (default: standard output).")
    var output: String?

    @OptionGroup var findings: FindingsOptions

    func validate() throws {
        if findings.format.value == .json, output == nil || output == "-" {
            throw ValidationError("--format json 需要 -o 指定模型文件 — --format json needs -o for the model")
        }
    }

    func run() throws {
        let result = try ReportInput.load(report)
        try Output.write(try ReportJSON.encode(result.report), to: output)
        try CommandOutput(
            command: "parse", outputs: output.map { [$0] } ?? [], diagnostics: result.diagnostics,
            edition: result.report.edition
        ).emit(findings.format.value)
    }
}

import ArgumentParser
import DisclosureModel
import Foundation

/// `disclosure import FILLED.xlsx [-o FILE]`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "读取填好的模板，输出 JSON 模型 — read a filled template into the JSON model.",
        discussion: "读取中发现的问题按单元格列出（如 表三!C12）。 Problems are listed by cell (e.g. 表三!C12) on standard error."
    )

    @Argument(help: "填好的工作簿 — the filled workbook.")
    var workbook: String

    @Option(name: .shortAndLong, help: "输出的 JSON 文件（默认标准输出） — output JSON file (default: standard output).")
    var output: String?

    @OptionGroup var findings: FindingsOptions

    func validate() throws {
        if findings.format.value == .json, output == nil || output == "-" {
            throw ValidationError("--format json 需要 -o 指定模型文件 — --format json needs -o for the model")
        }
    }

    func run() throws {
        let loaded = try ReportInput.load(workbook)
        guard loaded.kind == .workbook else {
            throw CLIError("不是 .xlsx 工作簿（识别为\(loaded.kind)）", "not an .xlsx workbook", file: workbook)
        }
        try Output.write(try ReportJSON.encode(loaded.report), to: output)
        try CommandOutput(
            command: "import", outputs: output.map { [$0] } ?? [], diagnostics: loaded.diagnostics,
            edition: loaded.report.edition
        ).emit(findings.format.value)
    }
}

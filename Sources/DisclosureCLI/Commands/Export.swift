import ArgumentParser
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure export INPUT -o OUT.xlsx`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "导出报告工作簿（封面、表二至表四、校验结果、图表） — export a report's standard workbook.",
        discussion: "INPUT 可以是 JSON、报告文本或工作簿。 INPUT may be JSON, published text or a filled workbook."
    )

    @Argument(help: "报告 — the report (JSON, text or workbook).")
    var input: String

    @Option(name: .shortAndLong, help: "输出的 .xlsx 文件 — the workbook to write.")
    var output: String

    @OptionGroup var findings: FindingsOptions

    func run() throws {
        let (loaded, diagnostics) = try ReportInput.check(input, namesUnit: false)
        do {
            try Output.createParentFolder(of: output)
            try ReportWorkbookExporter().write(loaded.report, diagnostics: diagnostics, to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.unwritable(output, error)
        }
        try CommandOutput(command: "export", outputs: [output], diagnostics: diagnostics, edition: loaded.report.edition)
            .emit(findings.format.value)
    }
}

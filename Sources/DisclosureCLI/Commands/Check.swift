import ArgumentParser
import DisclosureModel
import DisclosureValidation
import Foundation

/// `disclosure check INPUT… [--previous LAST_YEAR] [--format text|json]`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "校验报告，列出每一处不相符 — check reports and list every figure that does not add up.",
        discussion: """
            退出码：0 无错误；1 有错误级诊断；2 用法或读写失败。
            Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 usage or I/O failure.
            """
    )

    @Argument(help: "报告：JSON、文本或工作簿，或其所在文件夹 — reports: JSON, text or workbook files, or folders of them.")
    var inputs: [String]

    @Option(help: "上一年度的报告（核对上年结转） — last year's report, to check 上年结转 against its 结转下年度.")
    var previous: String?

    @Option(help: "输出格式 text 或 json — output format.")
    var format: DiagnosticFormatArgument = .text

    func run() throws {
        let files = try ReportInput.expand(inputs)
        guard !files.isEmpty else { throw CLIError("没有可校验的报告", "no reports to check") }
        let previousReport = try previous.map { try ReportInput.load($0).report }
        var all: [Diagnostic] = []
        var edition: Edition?
        for file in files {
            let unit = files.count > 1
            let (loaded, found) =
                try PublishedInput.load(file).map { loaded in
                    let context = ValidationContext(
                        previousReport: previousReport, unit: unit ? loaded.report.organization.name : nil, fileName: file)
                    return (loaded, loaded.diagnostics + Validator().validate(loaded.report, in: context))
                } ?? ReportInput.check(file, previous: previousReport, namesUnit: unit)
            edition = edition ?? loaded.report.edition
            all += found
        }
        switch format.value {
        case .text: Terminal.out(Output.text(all, edition: files.count == 1 ? edition : nil))
        case .json: Terminal.out(try DiagnosticRenderer.json(all))
        }
        if all.hasErrors { throw ExitCode(1) }
    }
}

/// `--format text|json`.
struct DiagnosticFormatArgument: ExpressibleByArgument {
    var value: DiagnosticFormat
    static let text = DiagnosticFormatArgument(value: .text)

    init(value: DiagnosticFormat) { self.value = value }

    init?(argument: String) {
        guard let v = DiagnosticFormat(rawValue: argument.lowercased()) else { return nil }
        value = v
    }

    static var allValueStrings: [String] { DiagnosticFormat.allCases.map(\.rawValue) }
}

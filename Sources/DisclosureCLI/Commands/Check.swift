import ArgumentParser
import DisclosureModel
import DisclosureValidation
import Foundation

/// `disclosure check INPUT… [--previous LAST_YEAR] [--format text|json]`.
struct Check: AsyncParsableCommand {
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

    @OptionGroup var findings: FindingsOptions

    func run() async throws {
        let previousReport = try previous.map { try ReportInput.load($0).report }
        let all: [Diagnostic]
        let edition: Edition?
        if let previousReport, inputs.count == 1 {
            let (loaded, found) = try ReportInput.check(inputs[0], previous: previousReport, namesUnit: false)
            all = found
            edition = loaded.report.edition
        } else {
            let batch = try await ReportInput.readAll(inputs, namesUnit: inputs.count > 1 || !Self.isFile(inputs[0]), label: "校验 checking")
            all = batch.diagnostics
            edition = batch.reports.count == 1 ? batch.reports.first?.file.report.edition : nil
        }
        try CommandOutput(command: "check", diagnostics: all, edition: edition, findingsAreResult: true, detailed: true)
            .emit(findings.format.value)
    }

    /// True when `path` is a file, not a folder.
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
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

    /// The default as a user types it (`text`).
    var defaultValueDescription: String { value.rawValue }
}

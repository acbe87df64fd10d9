import ArgumentParser
import DisclosureModel
import DisclosurePublish
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure demo [-o DIR]`: the main job on the embedded seed (洛阳市人民政府办公室 2020).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "用内置的洛阳市 2020 年报告跑一遍：读取、校验、导出 — the main job on the embedded seed report.",
        discussion: """
            读取内置的《洛阳市人民政府办公室 2020 年政府信息公开工作年度报告》原文，校验每一处勾稽关系和正文数字，
            写出报告工作簿（含校验结果）、JSON 模型和诊断清单。
            Reads the embedded seed report verbatim, checks every identity and the figures quoted in its prose, and
            writes its workbook (with a 校验结果 sheet), the JSON model and the diagnostics.
            """
    )

    @Option(name: .shortAndLong, help: "输出文件夹（默认当前文件夹） — output folder (default: the current folder).")
    var output: String = "."

    func run() throws {
        let seedName = EmbeddedSeed.fileName
        let result = ReportTextReader().read(EmbeddedSeed.text, file: seedName)
        let report = result.report
        let diagnostics = result.diagnostics
            + Validator().validate(report, in: ValidationContext(fileName: seedName))

        try Output.createFolder(output)
        let base = URL(fileURLWithPath: output)
        let workbook = base.appendingPathComponent("洛阳市人民政府办公室-2020-年度报告.xlsx")
        let json = base.appendingPathComponent("洛阳市人民政府办公室-2020.json")
        let diagnosticsFile = base.appendingPathComponent("洛阳市人民政府办公室-2020-校验结果.json")
        do {
            try ReportWorkbookExporter().write(report, diagnostics: diagnostics, to: workbook)
        } catch {
            throw CLIError.unwritable(workbook.path, error)
        }
        try Output.write(try ReportJSON.encode(report), to: json.path)
        try Output.write(Data(try DiagnosticRenderer.json(diagnostics).utf8), to: diagnosticsFile.path)
        let published = try ReportPublisher().publish(report, to: base, fileName: seedName)

        let t = report.applications
        Terminal.out("读取 read: \(report.organization.name) \(report.year)年 (\(report.officialFormat?.citation ?? report.edition.description))")
        Terminal.out(
            "表三 依申请公开: 新收 \(t[.newReceived, .total]) + 上年结转 \(t[.carriedOver, .total]) = 办理 \(t[.resultTotal, .total]) + 结转 \(t[.carryForward, .total])"
        )
        Terminal.out("")
        try CommandOutput(
            command: "demo", outputs: ([workbook, json, diagnosticsFile] + published.files).map(\.path),
            diagnostics: diagnostics, edition: report.edition, findingsAreResult: true, detailed: true
        ).emit(.text)
    }
}

import ArgumentParser
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// `disclosure website-forms FORMS.json -o OUT.xlsx`.
struct WebsiteForms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "website-forms",
        abstract: "政府网站工作年度报表：校验并写出每站一表及汇总 — check the website annual forms and write their workbook.",
        discussion: """
            FORMS.json 为 WebsiteAnnualForm 数组（sample-city 写出的 website-forms.json 即此格式）。按报表字段间的关系校验
            （办件量总数＝自然人＋法人、办结留言≤收到留言等），写出每个网站一张表和汇总表。

            FORMS.json holds an array of WebsiteAnnualForm (as sample-city's website-forms.json). Each form is \\
            checked against the relations between its fields, and the workbook gets one sheet per site and a summary.
            """
    )

    @Argument(help: "报表 JSON — the website annual forms (JSON).")
    var forms: String

    @Option(name: .shortAndLong, help: "输出的工作簿 — the workbook to write.")
    var output: String

    @OptionGroup var findings: FindingsOptions

    func run() throws {
        let data = try ReportInput.contents(of: forms)
        let list: [WebsiteAnnualForm]
        do {
            list = try ReportJSON.decode([WebsiteAnnualForm].self, from: data, file: forms)
        } catch {
            throw CLIError(CLIError.describe(error), "the website forms cannot be read")
        }
        var diagnostics: [Diagnostic] = []
        for (index, form) in list.enumerated() {
            let site = form[.siteName]
            var name = "[\(index)]"
            if case .text(let text) = site { name = text }
            diagnostics += Validator().validate(form, in: ValidationContext(unit: name, fileName: forms))
        }
        do {
            try Output.createParentFolder(of: output)
            try WebsiteFormWorkbookExporter().write(list, to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.unwritable(output, error)
        }
        try CommandOutput(
            command: "website-forms", outputs: [output], lines: ["网站年度报表 \(list.count) 份 — \(list.count) website forms"],
            diagnostics: diagnostics
        ).emit(findings.format.value)
    }
}

import ArgumentParser
import DisclosureModel
import DisclosurePublish
import DisclosureValidation
import Foundation

/// `disclosure publish INPUT -o DIR [--format html,docx] [--draft-prose] [--blank-as-zero] [--website-forms FORMS.json]`.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "发布年度报告：网页、可粘贴到网站编辑器的片段和 Word 文档 — publish the report as a web page, a CMS fragment and a Word document.",
        discussion: """
            表格按统一格式的合并单元格排版，数字与模型完全一致；未填写的单元格默认留空并在提示中说明。
            The tables carry the official merged cells; numbers are exactly the model's; blank cells stay blank by \
            default and the notes say so.
            """
    )

    @Argument(help: "报告 — the report (JSON, text or workbook).")
    var input: String

    @Option(name: .shortAndLong, help: "输出文件夹 — the folder to write into.")
    var output: String

    @Option(name: .long, help: "输出格式，逗号分隔：html,docx（默认两种）；加 json 则标准输出为一个 JSON 对象 — formats, comma-separated (default html,docx); add json for one JSON object on standard output.")
    var format: String = "html,docx"

    @Flag(name: .long, help: "总体情况为空时按表中数字起草 — draft the overview from the tables when it is empty.")
    var draftProse = false

    @Flag(name: .long, help: "单位声明“空白即无”：空白单元格写作0 — the office declares blank means none: write 0.")
    var blankAsZero = false

    @Option(name: .long, help: "政府网站工作年度报表 JSON（WebsiteAnnualForm 数组），每个网站写一页 — website annual forms (JSON): one page per site.")
    var websiteForms: String?

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> Set<PublishOptions.Format> {
        var found: Set<PublishOptions.Format> = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !name.isEmpty && name != "json" {
            guard let f = PublishOptions.Format(rawValue: name) else {
                throw ValidationError("未知格式 \(name)（可用 html、docx） — unknown format \(name) (html, docx)")
            }
            found.insert(f)
        }
        if found.isEmpty { throw ValidationError("未指定格式 — no format given") }
        return found
    }

    func run() throws {
        let loaded = try ReportInput.load(input)
        try Output.createFolder(output)
        let options = PublishOptions(blankCells: blankAsZero ? .zero : .keep, draftsProse: draftProse, formats: try formats())
        let result = try ReportPublisher(options: options).publish(
            loaded.report, to: URL(fileURLWithPath: output), fileName: input)
        var files = result.files
        if let websiteForms {
            let data = try ReportInput.contents(of: websiteForms)
            let forms: [WebsiteAnnualForm]
            do {
                forms = try ReportJSON.decode([WebsiteAnnualForm].self, from: data, file: websiteForms)
            } catch {
                throw CLIError(CLIError.describe(error), "the website forms cannot be read", file: websiteForms)
            }
            files += try ReportPublisher(options: options).publishWebsiteForms(forms, to: URL(fileURLWithPath: output))
        }
        let notes = loaded.diagnostics + result.notes
        let json = format.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == "json" }
        try CommandOutput(command: "publish", outputs: files.map(\.path), diagnostics: notes, edition: loaded.report.edition)
            .emit(json ? .json : .text)
    }
}

import ArgumentParser
import DisclosureModel
import DisclosureWorkbook
import Foundation

/// `disclosure template --edition 2019|2021 -o OUT.xlsx`.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "生成供下级单位填报的空白模板 — write a blank annual-report template for units to fill.",
        discussion: "输入格受保护之外的单元格可填，带数据有效性。 Input cells are unlocked with data validation; labels and formulas are protected."
    )

    @Option(help: "格式版本 2019 或 2021 — the edition of the form.")
    var edition: EditionArgument

    @Option(name: .shortAndLong, help: "输出的 .xlsx 文件 — the template to write.")
    var output: String

    func run() throws {
        do {
            try Output.createParentFolder(of: output)
            try ReportTemplateWriter().write(edition: edition.value, to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.unwritable(output, error)
        }
        Terminal.out("已写入 \(edition.value)模板 \(output) — wrote the \(edition.value.rawValue) template")
    }
}

/// `--edition 2019|2021`.
struct EditionArgument: ExpressibleByArgument {
    var value: Edition

    init?(argument: String) {
        let e = Edition(rawValue: argument.replacingOccurrences(of: "年版", with: ""))
        guard ReportFormats.official[e] != nil else { return nil }
        value = e
    }

    static var allValueStrings: [String] { ReportFormats.official.editions.map(\.rawValue) }
}

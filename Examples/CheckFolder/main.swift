// Check every report in a folder and write the 校验结果 workbook.
//
//   swift run check-folder FOLDER [OUT.xlsx]
//
// A report may be our JSON model, published report text or a filled template workbook. A file that cannot be read
// is listed as a finding of its own; the rest are still checked.
import DisclosureModel
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook
import Foundation
import XLSX

let args = Array(CommandLine.arguments.dropFirst())
guard let folder = args.first else {
    print("用法 usage: check-folder FOLDER [OUT.xlsx]")
    exit(2)
}
let output = args.count > 1 ? args[1] : "校验结果.xlsx"

/// Reads one report, whatever its kind, with what reading found.
func read(_ url: URL) throws -> (AnnualReport, [Diagnostic]) {
    switch url.pathExtension.lowercased() {
    case "xlsx":
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        return (imported.report, imported.diagnostics)
    case "json":
        return (try ReportJSON.decode(AnnualReport.self, from: Data(contentsOf: url), file: url.lastPathComponent), [])
    default:
        let result = ReportTextReader().read(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
        return (result.report, result.diagnostics)
    }
}

let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
var findings: [Diagnostic] = []
var checked = 0
for name in names.sorted() where ["xlsx", "json", "txt"].contains((name as NSString).pathExtension.lowercased()) {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
    do {
        let (report, readingFindings) = try read(url)
        let context = ValidationContext(unit: report.organization.name, fileName: name)
        findings += readingFindings + Validator().validate(report, in: context)
        checked += 1
    } catch {
        findings.append(
            Diagnostic(
                id: "FILE.unreadable", severity: .error, message: "无法读取：\(error)", english: "cannot be read",
                location: Diagnostic.Location(file: name)))
    }
}

do {
    let book = try WorkbookWriter(url: URL(fileURLWithPath: output))
    let styles = try StyleSheet(.office, in: book)
    try DiagnosticsSheet().write(findings, in: book, styles: styles)
    try book.close()
} catch {
    print("写入失败 cannot write \(output): \(error)")
    exit(2)
}
print("已校验 \(checked) 份报告 checked \(checked) reports — \(DiagnosticRenderer.summary(findings))")
print("已写入 wrote \(output)")
exit(findings.hasErrors ? 1 : 0)

// Check every report in a folder (and its subfolders) and write the 校验结果 workbook.
//
//   swift run check-folder FOLDER [OUT.xlsx]
//
// A report may be our JSON model, published report text or a filled template workbook: the library's one way in
// (`ReportInputs`, `ReportFileReader`) recognises each by content. Files that are not reports (the organization
// tree, inventories, our own outputs) are skipped with a note; a file that cannot be read is a finding of its own
// and the rest are still checked.
import DisclosureInput
import DisclosureModel
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

let batch: ReportBatch
do {
    let inputs = try ReportInputs.expand([URL(fileURLWithPath: folder)])
    batch = try ReportFileReader().readAll(inputs)
} catch {
    print(error)  // ReportFileError: the file or folder, then Chinese — English
    exit(2)
}
let findings = batch.diagnostics

do {
    let book = try WorkbookWriter(url: URL(fileURLWithPath: output))
    let styles = try StyleSheet(.office, in: book)
    try DiagnosticsSheet().write(findings, in: book, styles: styles)
    try book.close()
} catch {
    print("写入失败 cannot write \(output): \(error)")
    exit(2)
}
print("已校验 \(batch.reports.count) 份报告 checked \(batch.reports.count) reports — \(DiagnosticRenderer.summary(findings))")
print("已写入 wrote \(output)")
exit(findings.hasErrors ? 1 : 0)

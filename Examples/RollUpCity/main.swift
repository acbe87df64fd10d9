// Roll up a city from a folder of reports (filled templates, JSON, published text) and write the roll-up workbook.
//
//   swift run roll-up-city FOLDER [OUT.xlsx]
//
// FOLDER holds one report per unit (subfolders too) and, optionally, organizations.csv (单位编码,单位名称,层级,
// 上级单位编码) in it or its parent: with it, units without a report and reports of unknown units are named, and
// subtotals follow the tree. Try it on a generated city:
//   swift run disclosure sample-city -o /tmp/city && swift run roll-up-city /tmp/city
import DisclosureAggregation
import DisclosureInput
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

let args = Array(CommandLine.arguments.dropFirst())
guard let folder = args.first else {
    print("用法 usage: roll-up-city FOLDER [OUT.xlsx]")
    exit(2)
}
let output = args.count > 1 ? args[1] : "汇总.xlsx"

// Every report under the folder, read and checked through the library's one way in; the tree found beside them.
let batch: ReportBatch
do {
    batch = try ReportFileReader().readAll(try ReportInputs.expand([URL(fileURLWithPath: folder)]))
} catch {
    print(error)  // ReportFileError: the file or folder, then Chinese — English (a folder without reports, too)
    exit(2)
}

var rollup = ReportRollup(tree: batch.tree)
for checked in batch.reports { rollup.add(checked.file.report, diagnosticsCount: checked.diagnostics.count) }
let result = rollup.finish()
let findings = batch.diagnostics + result.diagnostics
do {
    try RollupWorkbookExporter().write(result, diagnostics: findings, to: URL(fileURLWithPath: output))
} catch {
    print("写入失败 cannot write \(output): \(error)")
    exit(2)
}
let t = result.total.applications
print("汇总 \(result.unitCount) 个单位 rolled up \(result.unitCount) units: 新收申请 \(t[.newReceived, .total])，办结 \(t[.resultTotal, .total])")
print(DiagnosticRenderer.summary(findings))
print("已写入 wrote \(output)")
exit(findings.hasErrors ? 1 : 0)

// Build a report in code, check it, and export the standard workbook.
//
//   swift run build-report [OUT.xlsx]
//
// Copy this file into your own tool: it uses only the public API of DisclosureModel, DisclosureValidation and
// DisclosureWorkbook.
import DisclosureModel
import DisclosureValidation
import DisclosureWorkbook
import Foundation

let output = CommandLine.arguments.dropFirst().first ?? "示例单位-2022-年度报告.xlsx"

// 1. The report: a 2022 report follows the 2021 edition of the form (`ReportFormat.y2021`: its tables and facts).
var report = AnnualReport(
    organization: Organization(name: "示例市交通运输局", level: .department, parentID: "示例市人民政府"), year: 2022)
let format = ReportFormat.y2021

// 表二 主动公开: rows and columns by their stable keys; labels come from the form definition.
report.proactive.setRow(.normativeDocuments, [.issued, .repealed, .inForce], [3, 1, 42])
report.proactive[.licensing, .decisions] = 1_250
report.proactive[.penalty, .decisions] = 87
report.proactive[.enforcement, .decisions] = 0
report.proactive[.fees, .feeAmount] = .number(Decimal(string: "12.5")!)  // 万元, exact
// 规章 is left blank: this department makes none. Blank is not 0; validation will say so.

// 表三 依申请公开: 自然人 and 总计 columns (the other applicant columns are 0).
let applicants = FormCatalog.applicantColumns
func fill(_ table: inout TableData, _ row: RowKey, natural: Int, commercial: Int = 0) {
    for column in applicants { table[row, column] = 0 }
    table[row, .naturalPerson] = Figure(natural)
    table[row, .commercial] = Figure(commercial)
    table[row, .total] = Figure(natural + commercial)
}
for row in format.spec(.applications).rows.map(\.key) { fill(&report.applications, row, natural: 0) }
fill(&report.applications, .newReceived, natural: 40, commercial: 3)
fill(&report.applications, .carriedOver, natural: 2)
fill(&report.applications, .granted, natural: 25, commercial: 2)
fill(&report.applications, .partiallyGranted, natural: 6)
fill(&report.applications, .unavailableNotHeld, natural: 8, commercial: 1)
fill(&report.applications, .resultTotal, natural: 39, commercial: 3)
fill(&report.applications, .carryForward, natural: 3)

// 表四 复议诉讼: every group's total must equal its four outcomes.
for column in format.spec(.reviews).blocks[0].columns { report.reviews[.cases, column.key] = 0 }
report.reviews[.cases, .reviewUpheld] = 1
report.reviews[.cases, .reviewTotal] = 1

// 2. Check it, as a superior office would.
let diagnostics = Validator().validate(report)
print(DiagnosticRenderer().render(diagnostics), terminator: "")

// 3. Export the standard workbook (封面, 表二, 表三, 表四, 校验结果, 图表); written atomically.
do {
    try ReportWorkbookExporter().write(report, diagnostics: diagnostics, to: URL(fileURLWithPath: output))
    print("已写入 wrote \(output)")
} catch {
    print("导出失败 export failed: \(error)")
    exit(2)
}

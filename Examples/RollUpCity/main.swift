// Roll up a city from a folder of filled templates (or JSON reports) and write the roll-up workbook.
//
//   swift run roll-up-city FOLDER [OUT.xlsx]
//
// FOLDER holds one report per unit and, optionally, organizations.csv (单位编码,单位名称,层级,上级单位编码):
// with it, units without a report and reports of unknown units are named, and subtotals follow the tree.
// Try it on a generated city:  swift run disclosure sample-city -o /tmp/city && swift run roll-up-city /tmp/city/reports
import DisclosureAggregation
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
let base = URL(fileURLWithPath: folder)

// The organization tree, when the folder (or its parent, as `sample-city` writes it) has one.
var tree: OrganizationTree?
for candidate in [base, base.deletingLastPathComponent()].map({ $0.appendingPathComponent("organizations.csv") })
where FileManager.default.fileExists(atPath: candidate.path) {
    do {
        tree = OrganizationTree(try InventoryCSV.organizations(contentsOf: candidate).records)
    } catch {
        print("单位树无法读取 cannot read \(candidate.path): \(error)")
        exit(2)
    }
    break
}

var rollup = ReportRollup(tree: tree)
var findings: [Diagnostic] = []
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
for name in names where ["xlsx", "json"].contains((name as NSString).pathExtension.lowercased()) {
    let url = base.appendingPathComponent(name)
    do {
        let report: AnnualReport
        if url.pathExtension.lowercased() == "xlsx" {
            let imported = try ReportWorkbookImporter().read(contentsOf: url)
            report = imported.report
            findings += imported.diagnostics
        } else {
            report = try ReportJSON.decode(AnnualReport.self, from: Data(contentsOf: url), file: name)
        }
        let found = Validator().validate(report, in: ValidationContext(unit: report.organization.name, fileName: name))
        findings += found
        rollup.add(report, diagnosticsCount: found.count)
    } catch {
        // One bad file is reported; the rest still roll up.
        findings.append(
            Diagnostic(
                id: "FILE.unreadable", severity: .error, message: "无法读取，未汇总：\(error)",
                english: "cannot be read; left out", location: Diagnostic.Location(file: name)))
    }
}

let result = rollup.finish()
findings += result.diagnostics
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

import DisclosureAggregation
import DisclosureModel
import Foundation

extension SampleCity {
    /// The file name of report `index` under `reports/`: `001-<unit id>.json`.
    public func reportFileName(_ index: Int) -> String {
        let id = reports[index].organization.id
        return String(format: "%03d-%@.json", index + 1, String(id.map { "/\\:*?\"<>| ".contains($0) ? "_" : $0 }))
    }

    /// One line per planted cross-year mistake, in the same form as `plantedErrorLines()`.
    public func plantedErrorLines(_ crossYear: [CrossYearError]) -> [String] {
        crossYear.map { error in
            let index = reports.firstIndex { $0.organization.id == error.unit }
            let file = index.map { "reports/\(reportFileName($0))" } ?? "?"
            let name = index.map { reports[$0].organization.name } ?? error.unit
            let cell = index.flatMap { reports[$0].officialFormat }.map { $0.spec(error.table).describe(CellAddress(error.row, error.column)) }
                ?? "\(error.table.shortName) \(error.row)/\(error.column)"
            return "\(file)｜\(name)（\(error.unit)）｜\(cell)｜\(error.description)｜应报 expect \(error.expectedDiagnosticID)"
        }
    }

    /// One line per planted mistake naming where it is: the report's file (`reports/003-….json`), the unit, the
    /// cell (`表三 一、本年新收政府信息公开申请数量 × 自然人`), what was done and the finding that must report it.
    public func plantedErrorLines() -> [String] {
        injectedErrors.map { error in
            let index = reports.firstIndex { $0.organization.id == error.unit }
            let file = index.map { "reports/\(reportFileName($0))" } ?? "?"
            let name = index.map { reports[$0].organization.name } ?? error.unit
            let cell = index.flatMap { reports[$0].officialFormat }.map { $0.spec(error.table).describe(CellAddress(error.row, error.column)) }
                ?? "\(error.table.shortName) \(error.row)/\(error.column)"
            return "\(file)｜\(name)（\(error.unit)）｜\(cell)｜\(error.description)｜应报 expect \(error.expectedDiagnosticID)"
        }
    }

    /// Writes the city's files as an office keeps them: `organizations.csv` (the reporting units),
    /// `organizations-all.csv`, `websites.csv`, `accounts.csv`, `website-forms.json`, one JSON report per unit under
    /// `reports/`, and `injected-errors.txt` listing the planted mistakes (file, unit, cell) — those of `generate(…errors:)`
    /// and the cross-year ones given — when there are any.
    public func write(to folder: URL, crossYear: [CrossYearError] = []) throws {
        let reportsFolder = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reportsFolder, withIntermediateDirectories: true)
        _ = try writeCSV(to: folder)
        try ReportJSON.encode(websiteForms).write(to: folder.appendingPathComponent("website-forms.json"), options: .atomic)
        for (index, report) in reports.enumerated() {
            try ReportJSON.encode(report).write(to: reportsFolder.appendingPathComponent(reportFileName(index)), options: .atomic)
        }
        if !injectedErrors.isEmpty || !crossYear.isEmpty {
            let list = (plantedErrorLines() + plantedErrorLines(crossYear)).joined(separator: "\n") + "\n"
            try Data(list.utf8).write(to: folder.appendingPathComponent("injected-errors.txt"), options: .atomic)
        }
    }
}

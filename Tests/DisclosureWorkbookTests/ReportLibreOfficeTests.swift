import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// LibreOffice opens the exported workbook, recalculates every formula, and its totals equal our cached ones.
/// Skipped, with a message, where `soffice` is not installed (`/work/shared/tools/render-xlsx` installs it).
@Suite struct ReportLibreOfficeTests {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Converts every sheet of `book` to CSV (LibreOffice 7.4+: sheet -1 = all sheets) with a profile that
    /// recalculates OOXML formulas on load; returns the CSV rows by sheet name.
    static func recalculatedSheets(_ book: URL, soffice: String) throws -> [String: [[String]]] {
        let work = Fixtures.temporaryDirectory("lo")
        let profile = work.appendingPathComponent("profile/user")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """.utf8).write(to: profile.appendingPathComponent("registrymodifications.xcu"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                             "--outdir", work.path, book.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stem = book.deletingPathExtension().lastPathComponent
        var sheets: [String: [[String]]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: work.path) where file.hasPrefix(stem + "-") && file.hasSuffix(".csv") {
            let name = String(file.dropFirst(stem.count + 1).dropLast(4))
            let text = try String(contentsOf: work.appendingPathComponent(file), encoding: .utf8)
            sheets[name] = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.fields(String($0)) }
        }
        return sheets
    }

    /// The fields of one CSV line (quotes as LibreOffice writes them).
    static func fields(_ line: String) -> [String] {
        var out: [String] = []
        var field = ""
        var quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if c == "\"" {
                quoted.toggle()
            } else if c == ",", !quoted {
                out.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        out.append(field)
        return out
    }

    /// True when LibreOffice and its spreadsheet component (Calc, which does the recalculating) are installed.
    static let hasCalc = soffice != nil
        && ["/usr/lib/libreoffice/program/libsclo.so", "/usr/local/lib/libreoffice/program/libsclo.so"]
            .contains { FileManager.default.fileExists(atPath: $0) }

    @Test(.enabled(if: hasCalc, "LibreOffice Calc (soffice, libreoffice-calc-nogui) is not installed; scripts/setup installs it"))
    func libreOfficeRecalculatesEveryTotalToOurCachedValue() throws {
        let soffice = try #require(Self.soffice)
        for report in [Fixtures.seedReport, Fixtures.fullReport2021] {
            let url = try ReportBook.export(report, name: "lo\(report.edition.rawValue)")
            // A control cell whose cached value is deliberately wrong proves LibreOffice did recalculate.
            let control = url.deletingLastPathComponent().appendingPathComponent("control.xlsx")
            let book = try WorkbookWriter(url: control)
            let sheet = try book.addWorksheet(named: "S")
            try sheet.write(2, row: 0, column: 0)
            try sheet.writeFormula(Formula("A1*3", cached: .number(5)), row: 0, column: 1)
            try book.close()
            #expect(try Self.recalculatedSheets(control, soffice: soffice)["S"]?.first == ["2", "6"])

            let sheets = try Self.recalculatedSheets(url, soffice: soffice)
            var compared = 0
            for table in TableID.allCases {
                let layout = TableLayout(table, try #require(report.officialFormat))
                let ours = try ReportBook.sheet(url, layout.sheet.name)
                let csv = try #require(sheets[layout.sheet.name], "LibreOffice wrote no CSV for \(layout.sheet.name)")
                for cell in ours.cells where cell.formula != nil {
                    let theirs = csv.indices.contains(cell.reference.row) && csv[cell.reference.row].indices.contains(cell.reference.column)
                        ? csv[cell.reference.row][cell.reference.column] : "?"
                    switch cell.value {
                    case .number(let d): #expect(theirs == d.plainText, "\(layout.sheet.name)!\(cell.reference)")
                    case .string(let s): #expect(theirs == s, "\(layout.sheet.name)!\(cell.reference)")
                    default: Issue.record("\(layout.sheet.name)!\(cell.reference): formula without cached value")
                    }
                    compared += 1
                }
            }
            #expect(compared > 30)
            let chart = try ReportBook.sheet(url, "图表")
            for cell in chart.cells where cell.formula != nil {
                if case .number(let d) = cell.value {
                    #expect(sheets["图表"]?[cell.reference.row][cell.reference.column] == d.plainText)
                }
            }
        }
    }
}

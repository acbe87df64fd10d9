// publish-bench: publishing 3,000 units' reports — each unit's web page, CMS fragment and Word document — with
// DisclosurePublish, against the same documents written by Python (python-docx for the .docx, a string template
// for the HTML; python_publish.py beside this file) in the same run. Per-unit ratio; goal ≥ 20×.
//
//   swift run -c release publish-bench [--units 3000] [--python-units 20]
//
// python-docx needs about a second of CPU per document (its cell merging re-reads the table grid on every call),
// so Python runs on a sample of the units (20 by default) and the ratio is per unit.
//
// Both sides get the same input: the documents as built by `ReportDocument` (title, sections, tables as printed
// grid items with their spans and texts), exported to JSON lines before timing. Python's time is its own writing
// loop (measured inside the script, without interpreter start-up and JSON loading). Our files are written
// atomically with fsync (durable); Python's are not, so the CPU-time ratio is printed beside the wall-clock one.
import BenchSupport
import DisclosureModel
import DisclosurePublish
import DisclosureSamples
import Foundation

let units = argument("units", default: 3000)
let pythonUnits = min(argument("python-units", default: 20), units)
let reports = Array(SampleReports(count: units, year: 2022, seed: 2026))
let work = FileManager.default.temporaryDirectory.appendingPathComponent("publish-bench-\(getpid())")
let ours = work.appendingPathComponent("swift")
let theirs = work.appendingPathComponent("python")
try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
try FileManager.default.createDirectory(at: theirs, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
print("publish-bench: \(units) units (2021 edition), page + fragment + .docx each; Python on \(pythonUnits)")

// The shared input for Python, built before any timing.
func exportLine(_ document: ReportDocument) -> [String: Any] {
    var tables: [[String: Any]] = []
    var sections: [[String: Any]] = []
    for section in document.sections {
        var parts: [[String: Any]] = []
        for part in section.parts {
            switch part {
            case .subheading(let t): parts.append(["h3": t])
            case .paragraph(let t): parts.append(["p": t])
            case .table(let table):
                var items: [[Any]] = []
                for row in table.layout.gridRows {
                    for item in row {
                        let s = item.span
                        let kind: String = if case .label(let l) = item { l.role.rawValue } else { "figure" }
                        items.append([s.row, s.column, s.rowCount, s.columnCount, table.text(of: item), kind])
                    }
                }
                parts.append(["table": tables.count])
                tables.append(["caption": table.caption, "width": table.layout.width, "height": table.layout.height,
                               "shares": table.columnShares, "items": items])
            }
        }
        sections.append(["heading": section.heading, "parts": parts])
    }
    return ["title": document.title, "author": document.organization, "sections": sections, "tables": tables]
}
var lines = Data()
for report in reports.prefix(pythonUnits) {
    lines += try JSONSerialization.data(withJSONObject: exportLine(try ReportDocument(report)))
    lines += Data("\n".utf8)
}
let input = work.appendingPathComponent("documents.jsonl")
try lines.write(to: input)

// Ours: document, page, fragment and .docx per unit, each file atomic and fsynced.
let publisher = ReportPublisher()
let cpuBefore = cpuSeconds()
let (swiftAll, _) = try measure("DisclosurePublish \(units) units") {
    for (i, report) in reports.enumerated() {
        _ = try publisher.publish(report, to: ours, baseName: "u\(i)")
    }
}
let swiftCPU = cpuSeconds() - cpuBefore
let swiftPerUnit = swiftAll.seconds / Double(units)
print(String(format: "  per unit: %.3f ms wall, %.3f ms CPU", swiftPerUnit * 1000, swiftCPU / Double(units) * 1000))

// Theirs: the same documents through python-docx and a string template.
guard pythonBaselineReady("publish-bench", modules: [("docx", "python-docx")]) else { exit(1) }
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("python_publish.py")
let python = runPythonBaseline("publish-bench", [script.path, input.path, theirs.path])
let fields = python.fields(ofLastLineStartingWith: "PYTHON ")  // PYTHON <units> <wall seconds> <cpu seconds>
guard fields.count == 4, let pythonWall = Double(fields[2]), let pythonCPU = Double(fields[3]) else {
    baselineOutputUnreadable("publish-bench", python)
}
let pythonPerUnit = pythonWall / Double(pythonUnits)
print(String(format: "python-docx + template %d units %9.4f s\n  per unit: %.3f ms wall, %.3f ms CPU",
             pythonUnits, pythonWall, pythonPerUnit * 1000, pythonCPU / Double(pythonUnits) * 1000))
print(String(format: "RATIO per unit, wall: %.1f×  (python / ours; goal ≥ 20×)", pythonPerUnit / swiftPerUnit))
print(String(format: "RATIO per unit, CPU:  %.1f×  (python / ours)", (pythonCPU / Double(pythonUnits)) / (swiftCPU / Double(units))))

// pdf-bench: reading 1,000 PDF reports (the committed Chromium and LibreOffice fixtures in turn, both editions) with
// PublishedReport.readPDF — Poppler's text layer, the tables rebuilt from the glyph boxes, the prose read — against
// pdfplumber extracting the same files' tables in Python (pdfplumber_baseline.py), in the same run.
//
//   swift run -c release pdf-bench              # 1,000 PDFs
//   swift run -c release pdf-bench --pdfs 100   # fewer (pdfplumber takes about a second a file)
//
// Prints the time per PDF of each side (wall and CPU), the figures each found, and the ratios pdfplumber / ours
// (goal ≥ 10). pdfplumber's own extract_tables finds ruled tables only and keeps no blank/0 distinction; it is the
// baseline for speed, not for what is read.
import BenchSupport
import DisclosureDocuments
import DisclosureModel
import Foundation

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let fixtures = here.appendingPathComponent("../../Tests/TestSupport/Fixtures/published-pdf").standardized
let count = argument("pdfs", default: 1000)
let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
    .filter { $0.hasSuffix(".chromium.pdf") || $0.hasSuffix(".libreoffice.pdf") }.sorted()
let files = (0..<count).map { fixtures.appendingPathComponent(names[$0 % names.count]) }
let contents = try names.map { try Data(contentsOf: fixtures.appendingPathComponent($0)) }

guard pythonBaselineReady("pdf-bench", modules: [("pdfplumber", "pdfplumber")]) else { exit(1) }
print("pdf-bench: \(count) PDFs (\(names.count) fixtures in turn)")
var figures = 0
resetPeakMemory()
let cpuStart = cpuSeconds()
let (ours, _) = try measure("ours (Poppler + layout)") {
    for i in 0..<count {
        let (report, _) = try PublishedReport.readPDF(contents[i % contents.count], file: names[i % names.count])
        for id in TableID.allCases { figures += report[id].cells.values.filter { !$0.isBlank }.count }
    }
}
let ourCPU = cpuSeconds() - cpuStart
print(String(format: "  %.2f ms a PDF, %d figures, %.2f s CPU", ours.seconds * 1000 / Double(count), figures, ourCPU))

let python = runPythonBaseline("pdf-bench", [here.appendingPathComponent("pdfplumber_baseline.py").path] + files.map(\.path), quiet: true)
let fields = python.fields()
guard fields.count == 4, let seconds = Double(fields[0]), let cells = Int(fields[1]), let pythonCPU = Double(fields[3]) else {
    baselineOutputUnreadable("pdf-bench", python)
}
let baseline = Measurement(name: "pdfplumber extract_tables", seconds: seconds, peakBytes: Int(fields[2]))
print(baseline.line, String(format: "— %.2f ms a PDF, %d figure cells, %.2f s CPU", seconds * 1000 / Double(count), cells, pythonCPU))
_ = printRatio("pdfplumber / ours (wall)", baseline, ours, goal: "≥ 10")
// The machine may be shared: CPU time says the same without the other processes' share.
print(String(format: "RATIO pdfplumber / ours (CPU): %.3f  (goal ≥ 10)", pythonCPU / max(ourCPU, 1e-9)))

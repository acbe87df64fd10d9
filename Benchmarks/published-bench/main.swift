// published-bench: reading 1,000 saved report pages (UTF-8 and GBK, both editions, CMS chrome) with
// PublishedReport.readHTML, against the same job in Python with BeautifulSoup + lxml (bs4_baseline.py), in the same
// run. Each side runs in its own process (this executable re-launched with --worker, and python3), so each peak
// memory is that side's alone.
//
//   swift run -c release published-bench              # 1,000 pages
//   swift run -c release published-bench --pages 200  # fewer
//
// Prints time per page (wall and CPU) and peak memory of each side, and the ratios BeautifulSoup / ours (goal ≥ 10).
import BenchSupport
import DisclosureModel
import DisclosureDocuments
import Foundation

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Tests/TestSupport/Fixtures/published-html").standardized

/// Reads every page in `folder`; prints `seconds figures peakBytes`.
func worker(_ folder: URL) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    resetPeakMemory()
    let cpuStart = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    var figures = 0
    for name in files {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let (report, _) = try PublishedReport.readHTML(data, file: name)
        for id in TableID.allCases { figures += report[id].cells.values.filter { !$0.isBlank }.count }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(seconds, figures, peakMemoryBytes() ?? 0, cpuSeconds() - cpuStart)
}

/// Writes `count` pages into a fresh folder: the fixture pages in turn, each with its own title number.
func makePages(_ count: Int) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("published-bench-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".html") && !$0.contains("script-shell") }.sorted()
    let pages = try names.map { try Data(contentsOf: fixtures.appendingPathComponent($0)) }
    for i in 0..<count {
        var page = pages[i % pages.count]
        page.append(contentsOf: Array("\n<!-- page \(i) -->\n".utf8))
        try page.write(to: folder.appendingPathComponent(String(format: "page-%05d.html", i)))
    }
    return folder
}

/// A side's `seconds figures peak cpuSeconds` line.
func figures(_ run: ChildRun) -> (seconds: Double, figures: Int, peak: Int, cpu: Double)? {
    let fields = run.fields()
    guard run.status == 0, fields.count == 4, let s = Double(fields[0]), let f = Int(fields[1]), let p = Int(fields[2]),
        let c = Double(fields[3])
    else { return nil }
    return (s, f, p, c)
}

if let i = CommandLine.arguments.firstIndex(of: "--worker"), i + 1 < CommandLine.arguments.count {
    try worker(URL(fileURLWithPath: CommandLine.arguments[i + 1]))
    exit(0)
}

let count = argument("pages", default: 1_000)
let folder = try makePages(count)
defer { try? FileManager.default.removeItem(at: folder) }
let bytes = try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(0) { total, name in
    total + ((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
}
print("published-bench: \(count) pages, \(bytes / 1024) KiB (UTF-8 and GBK, 2019 and 2021 editions, CMS chrome)")

guard let ours = figures(try runChild(CommandLine.arguments[0], ["--worker", folder.path])) else {
    print("published-bench: our worker failed")
    exit(1)
}
let oursM = BenchSupport.Measurement(name: "read \(count) pages: PublishedReport.readHTML", seconds: ours.seconds, peakBytes: ours.peak)
print(oursM.line)
print(String(format: "  per page: %.3f ms wall, %.3f ms CPU; figures read: %d", ours.seconds / Double(count) * 1e3, ours.cpu / Double(count) * 1e3, ours.figures))

let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("bs4_baseline.py").path
guard pythonBaselineReady("published-bench", modules: [("bs4", "beautifulsoup4"), ("lxml", "lxml")]) else { exit(1) }
let baseline = runPythonBaseline("published-bench", [script, folder.path])
guard let python = figures(baseline) else { baselineOutputUnreadable("published-bench", baseline) }
let pythonM = BenchSupport.Measurement(name: "read \(count) pages: BeautifulSoup + lxml (python3)", seconds: python.seconds, peakBytes: python.peak)
print(pythonM.line)
print(String(format: "  per page: %.3f ms wall, %.3f ms CPU; figure cells found: %d", python.seconds / Double(count) * 1e3, python.cpu / Double(count) * 1e3, python.figures))
if python.figures != ours.figures { print("  note: BeautifulSoup found \(python.figures) figure cells, we read \(ours.figures)") }
printRatio("read BeautifulSoup/ours", pythonM, oursM, goal: "≥ 10")
// CPU time does not count waiting for a core: on a shared machine it is the steadier ratio.
printRatio(
    "read BeautifulSoup/ours (CPU time)", BenchSupport.Measurement(name: "BeautifulSoup CPU", seconds: python.cpu, peakBytes: nil),
    BenchSupport.Measurement(name: "ours CPU", seconds: ours.cpu, peakBytes: nil), goal: "≥ 10")

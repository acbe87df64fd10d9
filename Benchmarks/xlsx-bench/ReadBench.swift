// READ BENCH — our reader against openpyxl (read_only=True) on the file the write bench leaves behind.
//
// Both sides stream the first sheet and touch every value (count the non-empty cells), so neither can skip work.
// openpyxl runs in its own `python3` process and times itself (interpreter start-up is not counted); its peak
// memory is that process's `VmHWM` (`ru_maxrss` would be inherited from this process across exec on Linux).
// Goal: ours ≥ 10× faster.
import BenchSupport
import Foundation
import XLSX

/// One read, in a child process: `--child read stream|memory FILE RUNS`; prints the cells counted.
func childRead(_ arguments: [String]) throws {
    guard arguments.count == 4, let runs = Int(arguments[3]) else { throw ChildProcessError(arguments: arguments, status: 2) }
    let file = URL(fileURLWithPath: arguments[2])
    var cells = 0
    let m: BenchSupport.Measurement
    if arguments[1] == "stream" {
        m = try measureBest("read Swift reader (forEachRow, streaming)", runs: runs) {
            let book = try WorkbookReader(url: file)
            cells = 0
            try book.forEachRow(inSheet: book.sheets[0].name) { row in
                for cell in row.cells where cell.value != .blank { cells += 1 }
            }
        }
    } else {
        m = try measureBest("read Swift reader (readSheet, in memory)", runs: runs) {
            let book = try WorkbookReader(url: file)
            let sheet = try book.readSheet(book.sheets[0])
            cells = sheet.cells.count { $0.value != .blank }
        }
    }
    print("cells read: \(cells)")
    reportToParent(m)
}

/// Reads `file` through our reader (streaming and in memory, each in its own process) and through openpyxl (its
/// own python3 process); prints times, peaks, the speed ratio, and the streaming peak against a sheet a tenth the
/// size (flat memory: the peak must not grow with the rows).
func benchRead(file: URL, runs: Int) throws {
    print("xlsx-bench read: \(file.lastPathComponent), best of \(runs), each reader in its own process")
    let streaming = try measureInChildProcess(["read", "stream", file.path, String(runs)])
    print(streaming.line)
    let inMemory = try measureInChildProcess(["read", "memory", file.path, "1"])
    print(inMemory.line)
    let python = openpyxlRead(file, runs: runs)
    print(python.measurement.line)
    printRatio("read openpyxl/ours", python.measurement, streaming, goal: "≥ 10")
    // Flatness: the same sheet with a tenth of the rows, written and streamed in processes of their own. The file
    // above keeps its text in the shared-string table, which a reader must hold (it grows with the distinct
    // strings, not the rows); files written in constant-memory mode keep text inline, so nothing but one row is held.
    let fewer = max(1, rows / 10)
    for mode in ["normal", "constant"] {
        var peaks: [Int: Int] = [:]
        for count in [fewer, rows] {
            let url = benchFolder.appendingPathComponent("flat-\(mode)-\(count).xlsx")
            if mode == "normal" && count == rows {
                peaks[count] = streaming.peakBytes
                continue
            }
            _ = try measureInChildProcess(["write", "swift", mode, String(count), url.path])
            let m = try measureInChildProcess(["read", "stream", url.path, "1"])
            peaks[count] = m.peakBytes
            try? FileManager.default.removeItem(at: url)
        }
        guard let big = peaks[rows], let little = peaks[fewer] else { continue }
        let strings = mode == "normal" ? "shared strings" : "inline strings"
        print(String(format: "MEMORY streaming read peak (\(strings)): %.1f MiB for \(rows) rows, %.1f MiB for \(fewer) rows; ratio %.2f (goal ≤ 64 MiB; ratio ≈ 1 with inline strings)",
                     Double(big) / 1_048_576, Double(little) / 1_048_576, Double(big) / Double(little)))
    }
}

/// Runs openpyxl's read_only reader in `python3` (exits 1, saying so, when it cannot: no ratio without a baseline).
private func openpyxlRead(_ file: URL, runs: Int) -> (measurement: BenchSupport.Measurement, cells: Int) {
    let script = """
        import resource, sys, time
        import openpyxl
        best = None
        for _ in range(int(sys.argv[2])):
            t = time.perf_counter()
            wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
            ws = wb[wb.sheetnames[0]]
            n = 0
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        n += 1
            wb.close()
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
        # ru_maxrss survives exec on Linux (it would report the parent's peak), so prefer this process's VmHWM.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        try:
            for line in open("/proc/self/status"):
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) * 1024
        except OSError:
            pass
        print(best, n, peak)
        """
    guard pythonBaselineReady("xlsx-bench", modules: [("openpyxl", "openpyxl")]) else { exit(1) }
    let run = runPythonBaseline("xlsx-bench", ["-c", script, file.path, String(max(1, runs))])
    let fields = run.fields()
    guard fields.count == 3, let seconds = Double(fields[0]), let cells = Int(fields[1]), let peak = Int(fields[2]) else {
        baselineOutputUnreadable("xlsx-bench", run)
    }
    return (BenchSupport.Measurement(name: "read openpyxl read_only (python3)", seconds: seconds, peakBytes: peak), cells)
}

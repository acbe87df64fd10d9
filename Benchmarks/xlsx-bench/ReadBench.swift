// READ BENCH — our reader against openpyxl (read_only=True) on the file the write bench leaves behind.
//
// Both sides stream the first sheet and touch every value (count the non-empty cells), so neither can skip work.
// openpyxl runs in its own `python3` process and times itself (interpreter start-up is not counted); its peak
// memory is that process's `VmHWM` (`ru_maxrss` would be inherited from this process across exec on Linux).
// Goal: ours ≥ 10× faster.
import BenchSupport
import Foundation
import XLSX

/// Reads `file` through our reader (streaming and in memory) and through openpyxl; prints times, peaks, ratio.
func benchRead(file: URL, runs: Int) throws {
    print("xlsx-bench read: \(file.lastPathComponent), best of \(runs)")
    var cells = 0
    let streaming = try measureBest("read Swift reader (forEachRow, streaming)", runs: runs) {
        let book = try WorkbookReader(url: file)
        cells = 0
        try book.forEachRow(inSheet: book.sheets[0].name) { row in
            for cell in row.cells where cell.value != .blank { cells += 1 }
        }
    }
    print("  cells read: \(cells)")
    _ = try measureBest("read Swift reader (readSheet, in memory)", runs: 1) {
        let book = try WorkbookReader(url: file)
        let sheet = try book.readSheet(book.sheets[0])
        if sheet.cells.count < cells { print("  in-memory read saw fewer cells: \(sheet.cells.count)") }
    }
    guard let python = try openpyxlRead(file, runs: runs) else { return }
    if python.cells != cells { print("  openpyxl counted \(python.cells) cells, we counted \(cells)") }
    print(python.measurement.line)
    printRatio("read openpyxl/ours", python.measurement, streaming, goal: "≥ 10")
}

/// Runs openpyxl's read_only reader in `python3` (installing openpyxl with pip if missing); nil if unavailable.
private func openpyxlRead(_ file: URL, runs: Int) throws -> (measurement: BenchSupport.Measurement, cells: Int)? {
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
    func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
    if try python(["-c", "import openpyxl"]).status != 0 {
        print("  installing openpyxl for the baseline (pip)…")
        _ = try python(["-m", "pip", "install", "--quiet", "openpyxl"])
    }
    let result = try python(["-c", script, file.path, String(max(1, runs))])
    let fields = result.output.split(whereSeparator: \.isWhitespace)
    guard result.status == 0, fields.count == 3, let seconds = Double(fields[0]), let cells = Int(fields[1]),
          let peak = Int(fields[2]) else {
        print("  openpyxl baseline unavailable (python3 exit \(result.status)); no ratio")
        return nil
    }
    return (BenchSupport.Measurement(name: "read openpyxl read_only (python3)", seconds: seconds, peakBytes: peak), cells)
}

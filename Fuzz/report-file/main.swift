// libFuzzer entry for the one way in as a whole: any bytes are recognised by `ReportFileKind.recognise` (OLE magic,
// zip → .docx or workbook, JSON envelope, HTML, CSV by name, UTF-8/UTF-16/GBK text) and read by
// `ReportFileReader.read(_:path:)` — the path `parse`, `check`, `export` and `rollup` take for every file. It ends in
// a `ReportFile` or a `ReportFileError` with a message, never a crash or a hang. The file's name is `upload.csv` for
// one input in four (so the CSV branch is reached) and `upload.txt` otherwise; content decides the rest.
// The seeds are one small file of each kind (Fuzz/report-file/make_seeds.sh); the workbook is written by this binary:
// `FUZZ_WORKBOOK_SEED=FILE.xlsx REPORT_JSON=FILE` exports that report without the chart and diagnostics sheets and
// exits. Built by scripts/fuzz with every module the reader uses.
import Foundation

let reader = ReportFileReader()

@_cdecl("LLVMFuzzerInitialize")
public func reportFileFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    guard let seed = environment["FUZZ_WORKBOOK_SEED"] else {
        // PDFs are read through Poppler, whose diagnostics are silenced as in pdf-file (Fuzz/Shared/QuietPoppler.swift).
        FileHandle.standardError.write(Data("report-file: \(quietPoppler())\n".utf8))
        return 0
    }
    do {
        let data = FileManager.default.contents(atPath: environment["REPORT_JSON"] ?? "") ?? Data()
        let report = try ReportJSON.decode(AnnualReport.self, from: data)
        let exporter = ReportWorkbookExporter(options: .init(includesDiagnostics: false, includesChart: false))
        try exporter.write(report, diagnostics: [], to: URL(fileURLWithPath: seed))
        exit(0)
    } catch {
        print("workbook seed: \(error)")
        exit(1)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func reportFileFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let path = size % 4 == 1 ? "upload.csv" : "upload.txt"
    do throws(ReportFileError) {
        let file = try reader.read(bytes, path: path)
        // Only the kinds that are reports are read as reports.
        if !file.kind.isReport || file.path != path { abort() }
        // Readers of published layouts (text, page, .docx, workbook) place figures only in the form's cells; the JSON
        // model keeps whatever cells it names (an off-form cell is the validator's and the roll-up's finding).
        checkReportPromises(file.report, diagnostics: file.diagnostics, cellsOnForm: file.kind != .json)
    } catch {
        if error.message.isEmpty || error.file != path { abort() }
    }
    return 0
}

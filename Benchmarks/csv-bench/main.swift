// csv-bench — reading a clerk's account inventory (InventoryCSV.accounts(contentsOf:)) streams: peak memory is the
// records read, not the file or its rows. Release mode; every phase in its own process.
//
//   swift run -c release csv-bench            # 14,000 and 140,000 accounts
//   swift run -c release csv-bench --quick    # 1,400 and 14,000 accounts
//
// For each N: the peak of a process that only builds the same N records in memory (the floor: what the caller
// gets back), the peak of a process that reads them from the CSV file, and their ratio (goal ≈ 1: reading adds
// nothing that grows with the file). Before streaming, the reader held the file's bytes, its text and every row's
// fields besides the records. The same file saved in GBK (Excel's plain “CSV” on a Chinese Windows) is read too: it is
// transcoded chunk by chunk, so its peak should equal the UTF-8 file's, and its time per account is printed beside.
import BenchSupport
import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureText
import Foundation

let quick = flag("quick")
let sizes = quick ? [1_400, 14_000] : [14_000, 140_000]
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govdisclosure-csv-bench")

if isChildProcess {
    let arguments = childArguments
    guard arguments.count == 3, let n = Int(arguments[2]) else { exit(2) }
    if arguments[0] == "records" {
        let (m, records) = measure("build \(n) account records in memory") { Array(SampleCity.accounts(count: n, seed: 1)) }
        print("records: \(records.count)")
        reportToParent(m)
    } else {
        let what = arguments[0] == "read-gbk" ? "read \(n) accounts from a GBK CSV (streamed, transcoded)" : "read \(n) accounts from CSV (streamed)"
        let (m, loaded) = try measure(what) {
            try InventoryCSV.accounts(contentsOf: URL(fileURLWithPath: arguments[1]))
        }
        print("records: \(loaded.records.count), errors: \(loaded.errors.count)")
        reportToParent(m)
    }
    exit(0)
}

try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
for n in sizes {
    let file = folder.appendingPathComponent("accounts-\(n).csv")
    try InventoryCSV.write(try InventoryCSV.data(accounts: Array(SampleCity.accounts(count: n, seed: 1))), to: file)
    let bytes = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    print("csv-bench: \(n) accounts, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of CSV")
    let gbk = folder.appendingPathComponent("accounts-\(n).gbk.csv")
    // The same text as the UTF-8 file, without its BOM.
    try Data(try TextEncoding.gb18030.encode(String(decoding: try Data(contentsOf: file).dropFirst(3), as: UTF8.self))).write(to: gbk)
    let floor = try measureInChildProcess(["records", file.path, String(n)])
    let read = try measureInChildProcess(["read", file.path, String(n)])
    let readGBK = try measureInChildProcess(["read-gbk", gbk.path, String(n)])
    print(floor.line)
    print(read.line)
    print(readGBK.line)
    for (name, phase) in [("read", read), ("read-gbk", readGBK)] {
        if let f = floor.peakBytes, let r = phase.peakBytes {
            print(String(format: "MEMORY %@/records-only peak N=%d: %.2f (%.1f MiB vs %.1f MiB; goal ≈ 1: flat)", name, n,
                         Double(r) / Double(f), Double(r) / 1_048_576, Double(f) / 1_048_576))
        }
    }
    print(String(format: "TIME per account N=%d: %.2f µs (UTF-8), %.2f µs (GBK)", n, read.seconds / Double(n) * 1e6,
                 readGBK.seconds / Double(n) * 1e6))
    try? FileManager.default.removeItem(at: file)
    try? FileManager.default.removeItem(at: gbk)
}


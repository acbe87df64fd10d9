// libFuzzer entry for the clerk's CSV inventories (InventoryCSV): any bytes read as websites, accounts and
// organizations, both ways a caller reads them — as text already decoded (`text:`), and as a file streamed through
// CSVFileStream (`contentsOf:`, what `disclosure inventory` and `--organizations` read: UTF-8 passed to CSV.swift, GBK
// transcoded chunk by chunk, UTF-16/32 refused). Each read ends in records plus located errors, or an
// `InventoryCSVError` with a message — never a crash or a hang. The two ways must agree: when
// `TextEncoding.decodeText` reads the bytes as UTF-8 or GB18030, the file gives the same records and errors as that
// text; when it cannot decode them, the file is refused too. (Inputs are shorter than the stream's 64 KiB first
// chunk, so both decide the encoding on the same bytes.) Built by scripts/fuzz with DisclosureModel, DisclosureText,
// DisclosureAggregation and CSV.swift.
import Foundation

/// This process's CSV file (Fuzz/Shared/ScratchFile.swift): each run writes its input there.
let url = URL(fileURLWithPath: scratchFile(named: "fuzz.csv", in: "inventory-fuzz"))

/// What `TextEncoding.decodeText` makes of the bytes: text it decoded as UTF-8 or GB18030, nil when it could not,
/// or `.wide` for a UTF-16/UTF-32 byte-order mark (which the file read refuses and the text read is not given).
enum Decoded { case text(String), undecodable, wide }

/// Reads the input both ways; aborts when a read breaks a promise or the two disagree.
func compare<Record>(_ decoded: Decoded, _ lossy: String,
                     _ inMemory: (String) throws(InventoryCSVError) -> InventoryCSV.Loaded<Record>,
                     _ streamed: (URL) throws(InventoryCSVError) -> InventoryCSV.Loaded<Record>) {
    let b = Result { () throws(InventoryCSVError) in try streamed(url) }
    var text = lossy
    if case .text(let t) = decoded { text = t }
    let a = Result { () throws(InventoryCSVError) in try inMemory(text) }
    for result in [a, b] {
        switch result {
        case .success(let loaded):
            for error in loaded.errors where (error.line ?? 1) < 1 || error.description.isEmpty { abort() }
        case .failure(let error):
            if error.description.isEmpty || error.file != "fuzz.csv" { abort() }
        }
    }
    switch (decoded, a, b) {
    case (.text, .success(let x), .success(let y)): if x != y { abort() }
    case (.text, .failure(let x), .failure(let y)): if x != y { abort() }
    case (.text, _, _): abort()
    case (.undecodable, _, .success), (.wide, _, .success): abort()  // bytes that are no text we read: refused
    case (.undecodable, _, .failure), (.wide, _, .failure): break
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func inventoryCSVFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    let lossy = String(decoding: buffer, as: UTF8.self)
    let bytes = Array(buffer)
    let decoded: Decoded
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
        decoded = .wide
    } else if let (text, _) = try? TextEncoding.decodeText(bytes) {
        // The text a caller holds is the file's characters, a BOM included (decodeText drops it; `text:` drops one
        // BOM as the stream does, and a second is content both ways).
        decoded = .text(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" + text : text)
    } else {
        decoded = .undecodable
    }
    guard writeScratch(data, size, to: url.path) else { abort() }
    compare(decoded, lossy, { t throws(InventoryCSVError) in try InventoryCSV.websites(text: t, file: "fuzz.csv") },
            { u throws(InventoryCSVError) in try InventoryCSV.websites(contentsOf: u) })
    compare(decoded, lossy, { t throws(InventoryCSVError) in try InventoryCSV.accounts(text: t, file: "fuzz.csv") },
            { u throws(InventoryCSVError) in try InventoryCSV.accounts(contentsOf: u) })
    compare(decoded, lossy, { t throws(InventoryCSVError) in try InventoryCSV.organizations(text: t, file: "fuzz.csv") },
            { u throws(InventoryCSVError) in try InventoryCSV.organizations(contentsOf: u) })
    return 0
}

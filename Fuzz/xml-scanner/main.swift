// libFuzzer entry for the XML scanner alone: any bytes, read in chunks of a size the input chooses (so tokens
// cross chunk boundaries), must scan to the end or to an `XLSXReadError` — never a crash, a hang or an
// out-of-bounds read. Every accessor is exercised on every token; the second byte also picks whether the same
// bytes then go through the worksheet parser. Built by scripts/fuzz with the XLSX sources (one module).
import Foundation

let limits = ReaderLimits(maxEntryBytes: 1 << 20, maxCompressionRatio: 100, compressionRatioFloor: 1 << 16,
                          maxNestingDepth: 16, maxTagBytes: 512, maxTextBytes: 1024, maxCellsInMemory: 10_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func xmlScannerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 2 else { return 0 }
    let chunk = 1 + Int(data[0] % 64)
    let mode = data[1]
    let bytes = Array(UnsafeBufferPointer(start: data + 2, count: size - 2))
    let scanner = XMLScanner(source: MemoryByteSource(bytes, chunk: chunk), part: "fuzz.xml", limits: limits)
    var scratch: [UInt8] = []
    var text: [UInt8] = []
    var events = 0
    do throws(XLSXReadError) {
        loop: while true {
            events += 1
            if events > 4 * size + 16 { abort() }  // each event consumes input: more events than bytes is a hang
            switch try scanner.next() {
            case .start:
                _ = scanner.name
                _ = scanner.isNamed("c")
                for i in 0..<scanner.attributeCount {
                    _ = scanner.attributeName(i)
                    let value = scanner.attributeString(i)
                    let viaBytes = try scanner.withAttribute(i, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
                    if value != viaBytes { abort() }
                }
                _ = scanner.attribute("r")
                if mode & 2 != 0, let fast = scanner.simpleElementText("v") { _ = fast.count }
            case .text:
                text.removeAll(keepingCapacity: true)
                scanner.appendText(to: &text)
                if text.count > limits.maxTextBytes * 4 { abort() }
            case .end:
                if scanner.depth < 0 { abort() }
            case .endOfDocument:
                break loop
            }
        }
    } catch {
        if error.part != "fuzz.xml" { abort() }
    }
    if mode & 1 != 0 {
        let again = XMLScanner(source: MemoryByteSource(bytes, chunk: chunk), part: "sheet.xml", limits: limits)
        let parser = WorksheetParser(scanner: again, sheetName: "表三", sharedStrings: ["甲", "乙"], lockedStyles: [true, false])
        _ = try? parser.run { row in _ = row.cells.count }
    }
    return 0
}

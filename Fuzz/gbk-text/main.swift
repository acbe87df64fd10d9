// libFuzzer entry for the text path as a file arrives: any bytes go through `TextEncoding.decodeText` (a BOM's
// UTF-8/UTF-16, else valid UTF-8, else GB18030 through iconv — the GBK/GB2312 pages and files of county offices) and,
// when they decode, through ReportTextReader. Decoding ends in text or a `TextDecodingError` with a message; reading
// never crashes or hangs. The seeds are the text-reader seeds transcoded to GBK (GB18030 where GBK lacks a
// character) and one UTF-16LE file with its BOM. Built by scripts/fuzz with DisclosureModel and DisclosureText.
import Foundation

let reader = ReportTextReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func gbkTextFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text: String
    do throws(TextDecodingError) {
        let encoding: TextEncoding
        (text, encoding) = try TextEncoding.decodeText(bytes)
        // Valid UTF-8 without a BOM is always read as UTF-8, never as GB18030.
        if TextEncoding.byteOrderMark(bytes) == nil, String(validating: bytes, as: UTF8.self) != nil, encoding != .utf8 { abort() }
    } catch {
        if error.message.isEmpty { abort() }
        return 0
    }
    let result = reader.read(text, file: "fuzz.txt")
    for diagnostic in result.diagnostics where diagnostic.id.isEmpty { abort() }
    for figure in result.report.quotedFigures where figure.source == nil { abort() }
    return 0
}

// libFuzzer entry for the PDF layout reconstruction (no Poppler): generated glyph boxes must read without a crash or
// a hang, into grids the recognizer reads. Built by scripts/fuzz with the DisclosureModel and DisclosureText sources
// and DisclosureDocuments/PDF/Layout (one module).
//
// Input: UTF-8 lines `x,y,size,TEXT` — TEXT's characters laid left to right from (x, y), `size` points wide each
// (half that for ASCII), boxes 1.3 × size tall; a line `PAGE` starts the next page. The seeds are the word boxes
// of the committed PDF fixtures (`pdftotext -bbox`), so mutations start from real tables: labels wrapped in
// narrow cells, figures under their headers, tables over page breaks. They are cut at line ends into pieces of at
// most 640 bytes (`options`: -max_len=768): the layout and the reader cost about 5 µs a byte under instrumentation,
// so the 1–4 KB pages and the 4 KB default length ran at 126–153 exec/s.
import Foundation

/// The pages of the input, read over its bytes (splitting a decoded `String` into lines and fields was a twentieth
/// of a run): lines end at LF, the three numbers are ASCII (`Double`'s syntax, so `nan` and `1e9` reach the
/// layout's guards), TEXT is UTF-8 with invalid bytes as U+FFFD.
func pages(_ bytes: UnsafeBufferPointer<UInt8>) -> [PDFPageText] {
    var pages = [PDFPageText(number: 1, width: 595, height: 842, glyphs: [])]
    var start = 0
    while start < bytes.count {
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        defer { start = end + 1 }
        let line = bytes[start..<end]
        if line.elementsEqual("PAGE".utf8) {
            pages.append(PDFPageText(number: pages.count + 1, width: 595, height: 842, glyphs: []))
            continue
        }
        // x, y and size: the first three comma-separated fields; TEXT is the rest of the line.
        var numbers: [Double] = []
        var field = line.startIndex
        while numbers.count < 3, let comma = line[field...].firstIndex(of: UInt8(ascii: ",")) {
            guard let value = Double(String(decoding: line[field..<comma], as: UTF8.self)) else { break }
            numbers.append(value)
            field = comma + 1
        }
        guard numbers.count == 3 else { continue }
        let size = numbers[2]
        var left = numbers[0]
        for scalar in String(decoding: line[field...], as: UTF8.self).unicodeScalars {
            let width = scalar.isASCII ? size * 0.55 : size
            pages[pages.count - 1].glyphs.append(
                PDFGlyph(scalar: scalar, x0: left, y0: numbers[1], x1: left + width, y1: numbers[1] + size * 1.3))
            left += width
        }
    }
    return pages
}

@_cdecl("LLVMFuzzerTestOneInput")
public func pdfLayoutFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let layout = PDFLayout(pages: pages(UnsafeBufferPointer(start: data, count: size)), file: "fuzz")
    // The layout's own promises: every grid row as wide as the grid, every finding located on a page.
    for grid in layout.grids where grid.rows.contains(where: { $0.count != grid.width }) { abort() }
    for diagnostic in layout.diagnostics where diagnostic.location.detail?.hasPrefix("page ") != true { abort() }
    let result = ReportTextReader().read(lines: layout.lines, grids: layout.grids, file: "fuzz")
    for diagnostic in result.diagnostics where diagnostic.id.isEmpty { abort() }
    return 0
}

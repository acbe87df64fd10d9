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

func pages(_ text: String) -> [PDFPageText] {
    var pages = [PDFPageText(number: 1, width: 595, height: 842, glyphs: [])]
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        if line == "PAGE" {
            pages.append(PDFPageText(number: pages.count + 1, width: 595, height: 842, glyphs: []))
            continue
        }
        let fields = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let x = Double(fields[0]), let y = Double(fields[1]), let size = Double(fields[2])
        else { continue }
        var left = x
        for scalar in fields[3].unicodeScalars {
            let width = scalar.isASCII ? size * 0.55 : size
            pages[pages.count - 1].glyphs.append(
                PDFGlyph(scalar: scalar, x0: left, y0: y, x1: left + width, y1: y + size * 1.3))
            left += width
        }
    }
    return pages
}

@_cdecl("LLVMFuzzerTestOneInput")
public func pdfLayoutFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let layout = PDFLayout(pages: pages(text), file: "fuzz")
    // The layout's own promises: every grid row as wide as the grid, every finding located on a page.
    for grid in layout.grids where grid.rows.contains(where: { $0.count != grid.width }) { abort() }
    for diagnostic in layout.diagnostics where diagnostic.location.detail?.hasPrefix("page ") != true { abort() }
    let result = ReportTextReader().read(lines: layout.lines, grids: layout.grids, file: "fuzz")
    for diagnostic in result.diagnostics where diagnostic.id.isEmpty { abort() }
    return 0
}

import DisclosureModel

/// A horizontal run of characters on one visual line with no wide gap inside: the text of one table cell's line,
/// or a line of prose.
struct PDFRun: Hashable, Sendable {
    /// The characters (a space where the glyphs leave a small gap or the text layer has one).
    var text: String
    /// The folded text (`LabelNormalizer.normalize`), for label matching.
    var key: String
    /// The box.
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The 1-based visual line of the page the run is on.
    var line: Int

    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }
}

/// The visual lines of one page: characters clustered by their vertical centres, then split into runs at gaps.
struct PDFPageLines: Sendable {
    /// The page number (1-based).
    var page: Int
    /// The lines, top to bottom; `runs` of line `n` (1-based) are `lines[n - 1]`, left to right.
    var lines: [[PDFRun]]
    /// The typical character size on the page (one em), the unit of every tolerance.
    var unit: Double
    /// The number of characters with a box that are not white space.
    var glyphCount: Int

    /// A gap wider than this many `unit`s ends a run: a quarter of a character, about a space's width (squeezed
    /// table cells leave little more between them; the label search joins the runs of one label again).
    static let runGap = 0.25

    init(_ page: PDFPageText) {
        self.page = page.number
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(page.glyphs.count)
        var cjk = 0
        for g in page.glyphs where g.scalar.value >= 0x20 && !Self.isWhitespace(g.scalar) {
            guard g.x0.isFinite, g.x1.isFinite, g.y0.isFinite, g.y1.isFinite,
                abs(g.x0) < 1e6, abs(g.x1) < 1e6, abs(g.y0) < 1e6, abs(g.y1) < 1e6
            else { continue }
            glyphs.append(g)
            if g.scalar.value >= 0x2E80 { cjk += 1 }
        }
        glyphCount = glyphs.count
        // The unit is the median width of the CJK characters (one em: their boxes' heights come from the font's
        // bounding box and are 1.2–2.6 em depending on the writer), else the median height.
        var sizes: [Double] = []
        sizes.reserveCapacity(cjk > 0 ? cjk : glyphs.count)
        for g in glyphs where cjk == 0 || g.scalar.value >= 0x2E80 {
            sizes.append(cjk > 0 ? max(g.x1 - g.x0, 0) : max(g.y1 - g.y0, 0))
        }
        sizes.sort()
        unit = max(sizes.isEmpty ? 10 : sizes[sizes.count / 2], 1)
        lines = Self.cluster(glyphs, unit: unit).filter { !Self.isPageNumber($0, height: page.height) }
    }

    /// White space (dropped from the runs): Unicode's White_Space, with the look-up of the scalar's properties
    /// left to the few scalars that may have it (it showed in the layout's profile, once per character).
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x3001...: false
        default: s.properties.isWhitespace
        }
    }

    /// A page number in the top or bottom margin (`— 2 —`, `- 2 -`, `第2页`, `2/5`): page furniture, not report
    /// text (it would otherwise land in a table that runs over the page break).
    static func isPageNumber(_ line: [PDFRun], height: Double) -> Bool {
        guard let first = line.first, height > 0, first.y0 > height * 0.88 || first.y1 < height * 0.1 else { return false }
        var digits = 0
        for run in line {
            for s in run.text.unicodeScalars {
                switch s {
                case "0"..."9": digits += 1
                case "-", "—", "–", "－", "/", "第", "页", "共", " ", "·", "(", ")", "（", "）": continue
                default: return false
                }
            }
        }
        return digits > 0 && digits <= 4
    }

    /// Glyphs → lines (by vertical centre, within half a unit of the line's mean) → runs (by horizontal gaps).
    /// (One sorted copy of the glyphs, each line's range of it sorted again in place, each run's UTF-8 gathered in
    /// one reused buffer: the arrays and strings built per line and per character showed in the layout's profile.)
    private static func cluster(_ glyphs: [PDFGlyph], unit: Double) -> [[PDFRun]] {
        func mid(_ g: PDFGlyph) -> Double { (g.y0 + g.y1) / 2 }
        var sorted = glyphs
        sorted.sort { mid($0) != mid($1) ? mid($0) < mid($1) : $0.x0 < $1.x0 }
        // A line is the glyphs within 0.4 units of its first glyph's centre: measured from a fixed point, so that
        // cells whose lines sit a little lower than their neighbours' never chain into one line.
        var lines: [[PDFRun]] = []
        var bytes: [UInt8] = []
        var start = 0
        while start < sorted.count {
            let top = mid(sorted[start])
            var end = start + 1
            while end < sorted.count, mid(sorted[end]) - top <= unit * 0.4 { end += 1 }
            sorted[start..<end].sort { $0.x0 != $1.x0 ? $0.x0 < $1.x0 : $0.y0 < $1.y0 }
            let n = lines.count
            var runs: [PDFRun] = []
            var box = (x0: 0.0, y0: 0.0, x1: 0.0, y1: 0.0)
            var last: PDFGlyph?
            func flush() {
                guard !bytes.isEmpty else { return }
                let text = String(decoding: bytes, as: UTF8.self)
                runs.append(
                    PDFRun(
                        text: text, key: LabelNormalizer.normalize(text), x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1,
                        line: n + 1))
                bytes.removeAll(keepingCapacity: true)
            }
            for g in sorted[start..<end] {
                if let p = last {
                    // The same character drawn twice on top of itself (a bold imitation) is one character.
                    if p.scalar == g.scalar, abs(p.x0 - g.x0) < unit * 0.2 { continue }
                    if g.x0 - p.x1 > unit * runGap { flush() }
                }
                if bytes.isEmpty {
                    box = (g.x0, g.y0, g.x1, g.y1)
                } else {
                    box = (min(box.x0, g.x0), min(box.y0, g.y0), max(box.x1, g.x1), max(box.y1, g.y1))
                }
                bytes.append(contentsOf: g.scalar.utf8)
                last = g
            }
            flush()
            lines.append(runs)
            start = end
        }
        return lines
    }
}

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
        for g in page.glyphs where !g.scalar.properties.isWhitespace && g.scalar.value >= 0x20 {
            guard g.x0.isFinite, g.x1.isFinite, g.y0.isFinite, g.y1.isFinite,
                abs(g.x0) < 1e6, abs(g.x1) < 1e6, abs(g.y0) < 1e6, abs(g.y1) < 1e6
            else { continue }
            glyphs.append(g)
        }
        glyphCount = glyphs.count
        // The unit is the median width of the CJK characters (one em: their boxes' heights come from the font's
        // bounding box and are 1.2–2.6 em depending on the writer), else the median height.
        let widths = glyphs.filter { $0.scalar.value >= 0x2E80 }.map { max($0.x1 - $0.x0, 0) }.sorted()
        let heights = glyphs.map { max($0.y1 - $0.y0, 0) }.sorted()
        let median = !widths.isEmpty ? widths[widths.count / 2] : heights.isEmpty ? 10 : heights[heights.count / 2]
        unit = max(median, 1)
        lines = Self.cluster(glyphs, unit: unit).filter { !Self.isPageNumber($0, height: page.height) }
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
    private static func cluster(_ glyphs: [PDFGlyph], unit: Double) -> [[PDFRun]] {
        let mids = glyphs.map { ($0.y0 + $0.y1) / 2 }
        let order = glyphs.indices.sorted { mids[$0] != mids[$1] ? mids[$0] < mids[$1] : glyphs[$0].x0 < glyphs[$1].x0 }
        // A line is the glyphs within 0.4 units of its first glyph's centre: measured from a fixed point, so that
        // cells whose lines sit a little lower than their neighbours' never chain into one line. Each group is a
        // range of `order`.
        var groups: [Range<Int>] = []
        var groupStart = 0
        for (k, i) in order.enumerated() where k > 0 && mids[i] - mids[order[groupStart]] > unit * 0.4 {
            groups.append(groupStart..<k)
            groupStart = k
        }
        if !order.isEmpty { groups.append(groupStart..<order.count) }
        var lines: [[PDFRun]] = []
        lines.reserveCapacity(groups.count)
        for (n, group) in groups.enumerated() {
            var sorted = order[group].map { glyphs[$0] }
            sorted.sort { $0.x0 != $1.x0 ? $0.x0 < $1.x0 : $0.y0 < $1.y0 }
            var runs: [PDFRun] = []
            var scalars = String.UnicodeScalarView()
            var box = (x0: 0.0, y0: 0.0, x1: 0.0, y1: 0.0)
            var last: PDFGlyph?
            func flush() {
                guard !scalars.isEmpty else { return }
                let text = String(scalars)
                runs.append(
                    PDFRun(
                        text: text, key: LabelNormalizer.normalize(text), x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1,
                        line: n + 1))
                scalars = String.UnicodeScalarView()
            }
            for g in sorted {
                if let p = last {
                    // The same character drawn twice on top of itself (a bold imitation) is one character.
                    if p.scalar == g.scalar, abs(p.x0 - g.x0) < unit * 0.2 { continue }
                    if g.x0 - p.x1 > unit * runGap { flush() }
                }
                if scalars.isEmpty {
                    box = (g.x0, g.y0, g.x1, g.y1)
                } else {
                    box = (min(box.x0, g.x0), min(box.y0, g.y0), max(box.x1, g.x1), max(box.y1, g.y1))
                }
                scalars.append(g.scalar)
                last = g
            }
            flush()
            lines.append(runs)
        }
        return lines
    }
}

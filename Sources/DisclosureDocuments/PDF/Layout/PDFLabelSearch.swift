import DisclosureModel

/// A label of the forms found on a page: the runs that spell it (a label wraps over several lines inside a
/// narrow cell and may be broken at any character), their box, and what the label is in which table.
struct PDFLabelHit: Sendable {
    /// The folded label matched.
    var key: String
    /// The text as printed, the runs joined.
    var text: String
    /// The box of all its runs.
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The 1-based page line of its first run.
    var line: Int
    /// The lines of all its runs.
    var lines: [Int]
    /// What the label is, by table.
    var roles: [TableID: Set<PDFLabelDictionary.Role>]

    var midX: Double { (x0 + x1) / 2 }

    /// True when the label has `role` in some table.
    func has(_ role: PDFLabelDictionary.Role) -> Bool { roles.values.contains { $0.contains(role) } }

    /// True when the label has `role` in `table`.
    func has(_ role: PDFLabelDictionary.Role, in table: TableID) -> Bool { roles[table]?.contains(role) == true }
}

/// The position of a run on its page: line index (0-based) and index in the line.
struct PDFRunID: Hashable, Sendable {
    var line: Int
    var index: Int
}

/// The runs of one page read as part of a label: a flag per run, found by the lines' offsets into one flat array.
/// (A `Set<PDFRunID>` hashed every look-up, and the label search and the page reader ask for every run they
/// consider: the hashing showed in the layout's profile.)
struct PDFRunMarks: Sendable {
    /// The flat index of each line's first run.
    private var offsets: [Int]
    private var marks: [Bool]

    /// No run of `page` marked.
    init(_ page: PDFPageLines) {
        offsets = []
        offsets.reserveCapacity(page.lines.count)
        var total = 0
        for line in page.lines {
            offsets.append(total)
            total += line.count
        }
        marks = Array(repeating: false, count: total)
    }

    private func flat(_ id: PDFRunID) -> Int? {
        guard offsets.indices.contains(id.line), id.index >= 0 else { return nil }
        let end = id.line + 1 < offsets.count ? offsets[id.line + 1] : marks.count
        let i = offsets[id.line] + id.index
        return i < end ? i : nil
    }

    /// True when the run is marked (false for a position the page does not have).
    func contains(_ id: PDFRunID) -> Bool { flat(id).map { marks[$0] } ?? false }

    /// Marks the run (nothing for a position the page does not have).
    mutating func insert(_ id: PDFRunID) {
        if let i = flat(id) { marks[i] = true }
    }
}

/// Finds the form's labels among a page's runs: from each run that starts a label, the runs stacked below it in
/// the same cell (overlapping it horizontally, less than a line below) are added while the text stays the start of
/// a label; the longest label reached is the hit. The text decides, not the geometry alone, so a group label
/// beside its rows (`（三）不予公开` next to `1.属于国家秘密`) never mixes with them.
enum PDFLabelSearch {
    /// How far below the previous run's centre (in units) the next line of the same cell's centre may be: the line
    /// pitch of single to double spacing. (Centres, because writers give glyph boxes heights of 1.2 to 2.6 em.)
    static let lineGap = 2.4
    /// The widest gap (in units) between two runs of one label on the same line.
    static let sameLineGap = 1.2
    /// The horizontal slack (in units) for "in the same cell".
    static let sideSlack = 0.5

    static func hits(
        in page: PDFPageLines, dictionary: PDFLabelDictionary, preUsed: Set<PDFRunID> = []
    ) -> (hits: [PDFLabelHit], used: PDFRunMarks) {
        let u = page.unit
        let mids = page.lines.map { $0.first?.midY ?? 0 }
        var used = PDFRunMarks(page)
        for id in preUsed { used.insert(id) }
        var hits: [PDFLabelHit] = []
        for li in page.lines.indices {
            for ri in page.lines[li].indices where !used.contains(PDFRunID(line: li, index: ri)) {
                let first = page.lines[li][ri]
                var match = dictionary.match(first.key)
                guard match != .none else { continue }
                var pieces = [PDFRunID(line: li, index: ri)]
                var key = first.key
                var box = (x0: first.x0, y0: first.y0, x1: first.x1, y1: first.y1)
                var lastMid = first.midY
                var lastLine = li
                var best: (pieces: Int, key: String, box: (x0: Double, y0: Double, x1: Double, y1: Double))?
                if let k = complete(match) { best = (1, k, box) }
                while canExtend(match), pieces.count < 64 {
                    var choice: (id: PDFRunID, match: PDFLabelDictionary.Match, overlap: Double)?
                    // The next run on the same line, a space away (`1.` `属于国家秘密`).
                    let last = pieces[pieces.count - 1]
                    if last.index + 1 < page.lines[last.line].count {
                        let id = PDFRunID(line: last.line, index: last.index + 1)
                        let c = page.lines[last.line][last.index + 1]
                        // The geometry first: a string built and looked up only for a run that may continue the label.
                        if !used.contains(id), c.x0 - page.lines[last.line][last.index].x1 < sameLineGap * u {
                            let next = dictionary.match(key + c.key)
                            if next != .none { choice = (id, next, .infinity) }
                        }
                    }
                    var lj = choice == nil ? lastLine + 1 : page.lines.count
                    while lj < page.lines.count, mids[lj] < lastMid + lineGap * u {
                        for (rj, c) in page.lines[lj].enumerated() {
                            let id = PDFRunID(line: lj, index: rj)
                            guard !used.contains(id), c.midY > lastMid + 0.5 * u, c.midY - lastMid < lineGap * u,
                                c.x0 < box.x1 + sideSlack * u, c.x1 > box.x0 - sideSlack * u
                            else { continue }
                            let next = dictionary.match(key + c.key)
                            guard next != .none else { continue }
                            let overlap = min(c.x1, box.x1) - max(c.x0, box.x0)
                            if choice == nil || overlap > choice?.overlap ?? 0 { choice = (id, next, overlap) }
                        }
                        lj += 1
                    }
                    guard let choice else { break }
                    let c = page.lines[choice.id.line][choice.id.index]
                    pieces.append(choice.id)
                    key += c.key
                    box = (min(box.x0, c.x0), min(box.y0, c.y0), max(box.x1, c.x1), max(box.y1, c.y1))
                    lastMid = c.midY
                    lastLine = choice.id.line
                    match = choice.match
                    if let k = complete(match) { best = (pieces.count, k, box) }
                }
                guard let best else { continue }
                let taken = pieces[..<best.pieces]
                for id in taken { used.insert(id) }
                let runs = taken.map { page.lines[$0.line][$0.index] }
                hits.append(
                    PDFLabelHit(
                        key: best.key, text: runs.map(\.text).joined(), x0: best.box.x0, y0: best.box.y0,
                        x1: best.box.x1, y1: best.box.y1, line: li + 1, lines: taken.map { $0.line + 1 },
                        roles: dictionary.roles(of: best.key)))
            }
        }
        return (hits, used)
    }

    private static func complete(_ match: PDFLabelDictionary.Match) -> String? {
        switch match {
        case .label(let key, _), .openNote(let key): key
        case .none, .prefix: nil
        }
    }

    private static func canExtend(_ match: PDFLabelDictionary.Match) -> Bool {
        switch match {
        case .prefix, .openNote: true
        case .label(_, let extendable): extendable
        case .none: false
        }
    }
}

import DisclosureModel
import DisclosureText

/// A PDF's pages turned into what `ReportTextReader.read(lines:grids:file:)` reads: the prose as numbered lines and
/// each official table as a `ReportGrid`, rebuilt from the characters' positions and the form description.
///
/// Per page: characters → visual lines → runs (`PDFPageLines`); the form's labels found among the runs, wrapped or
/// not (`PDFLabelSearch`); then, top to bottom, a table's header leaves give its columns' x-ranges (自然人 … 总计,
/// 表四's fifteen), each row label's y-extent gives its row's band (half-way to the next label, at most
/// `reach` lines beyond it), and a figure belongs to the column whose range holds it and the row whose band holds
/// it. A column with no character in a row is an empty cell: blank, never 0. A table that runs off the bottom of a
/// page continues on the next with the same columns; a header whose groups stay at the bottom of a page (行政复议 |
/// 行政诉讼) while the page break puts its leaves on the next gives those leaves its groups. Grid rows are the
/// page's visual lines (`page 3 row 17` is line 17 of page 3), so every finding of the recognizer is located on the
/// page. What cannot be placed is a `PDF.unplacedText` diagnostic with its page, line and box.
struct PDFLayout: Sendable {
    /// The prose lines (table lines removed, a paragraph's wrapped lines joined), numbered through the document.
    var lines: [ReportTextReader.Line] = []
    /// One grid per table per page.
    var grids: [ReportGrid] = []
    /// What could not be placed.
    var diagnostics: [Diagnostic] = []
    /// For each document line number (1-based, index `n - 1`): its page and its line on the page.
    var places: [(page: Int, line: Int)] = []
    /// The pages that have no text layer.
    var pagesWithoutText: [Int] = []
    /// The number of characters with a box in the document.
    var glyphCount = 0

    /// A row's band reaches at most this many units beyond its label (a wrapped figure beside a shorter label).
    static let reach = 2.5

    init(pages: [PDFPageText], formats: ReportFormats = .official, file: String? = nil) {
        let dictionary = formats == .official ? PDFLabelDictionary.official : PDFLabelDictionary(formats)
        var carried: Carry?
        let all = pages.map(PDFPageLines.init)
        var preUsed = Set<PDFRunID>()
        var groups: HeaderGroups?
        for (p, page) in pages.enumerated() {
            let lines = all[p]
            glyphCount += lines.glyphCount
            if lines.glyphCount == 0 { pagesWithoutText.append(page.number) }
            var reader = PageReader(
                lines: lines, dictionary: dictionary, file: file, carried: carried, preUsed: preUsed,
                next: p + 1 < all.count ? all[p + 1] : nil, groups: groups)
            reader.read()
            carried = reader.carry
            groups = reader.danglingGroups
            preUsed = reader.usedOnNext
            grids += reader.grids
            diagnostics += reader.diagnostics
            let first = places.count
            for n in lines.lines.indices { places.append((page.number, n + 1)) }
            self.lines += Self.prose(lines, tableLines: reader.tableLines, numberedFrom: first)
        }
    }

    /// The page's lines: a paragraph's wrapped lines joined into one (a prose line reaching the right edge of the
    /// page's prose continues on the next line); a table's lines kept one by one with their runs separated by tabs
    /// (so that the section holding the table has its content, and the prose scanner reads no figure from it).
    static func prose(_ page: PDFPageLines, tableLines: Set<Int>, numberedFrom first: Int) -> [ReportTextReader.Line] {
        let kept = page.lines.indices.filter { !page.lines[$0].isEmpty }
        let right = kept.filter { !tableLines.contains($0 + 1) }.compactMap { page.lines[$0].last?.x1 }.max() ?? 0
        var out: [ReportTextReader.Line] = []
        var previous: Int?
        for i in kept {
            let runs = page.lines[i]
            let table = tableLines.contains(i + 1)
            let text = runs.map(\.text).joined(separator: table ? "\t" : " ")
            if !table, let p = previous, p == i - 1, let end = page.lines[p].last?.x1,
                end >= right - 1.5 * page.unit || (end >= right - 2.5 * page.unit && Self.carriedOver(text)),
                let last = out.indices.last
            {
                out[last].text += text
            } else {
                out.append(ReportTextReader.Line(text, number: first + i + 1))
            }
            previous = table ? nil : i
        }
        return out
    }

    /// True when a line starts with a character and a punctuation mark that may not start a line (`份。`): the
    /// writer moved the character down with the mark, so the line above ends up to two characters short of the
    /// right edge and still continues here. (`、` is left out: `二、` starts a heading.)
    static func carriedOver(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.prefix(2)
        guard scalars.count == 2, let first = scalars.first, let second = scalars.last else { return false }
        return !closing.contains(first) && !first.properties.isWhitespace && closing.contains(second)
    }

    /// Punctuation that may not start a line (the marks a writer carries the previous character down with).
    static let closing: Set<Unicode.Scalar> = ["。", "，", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’"]

    /// What a table running off the bottom of a page hands to the next page.
    struct Carry: Sendable {
        var table: TableID
        var slots: [Slot]
        var labelled: Bool
        var labelRight: Double?
        var groups: [(hit: PDFLabelHit, span: Int)]
    }

    /// A header's group labels left at the bottom of a page whose leaves the page break put on the next page
    /// (行政复议 | 结果维持 …): the next page's header of the same table takes them.
    struct HeaderGroups: Sendable {
        var table: TableID
        var groups: [(hit: PDFLabelHit, span: Int)]
    }

    /// One column of a block: the x-range of its header leaf.
    struct Slot: Sendable {
        var x0: Double
        var x1: Double
        var text: String
        var mid: Double { (x0 + x1) / 2 }
    }
}

/// Reads one page: finds the labels, walks them top to bottom, builds the grids.
private struct PageReader {
    typealias Role = PDFLabelDictionary.Role
    typealias Slot = PDFLayout.Slot

    /// A row of a block: its label (a hit, or a run no form label matched) and the group labels above it.
    struct Anchor {
        var text: String
        var key: String?
        var x0: Double, x1: Double
        var y0: Double, y1: Double
        var line: Int
        var groups: [String]
    }

    /// The rows under one header (or under the header carried from the previous page).
    struct Block {
        var slots: [Slot]
        var headerLine: Int?
        var rowHeader: String?
        /// The header's group labels (行政复议 over five columns) and how many columns each spans.
        var groups: [(hit: PDFLabelHit, span: Int)] = []
        /// For groups read at the bottom of the previous page: the line of this page each group's line (there) is
        /// put on, the leaves' wrapped lines standing in for them (nil: the groups are on this page).
        var groupLines: [Int: Int]?
        var top: Double
        var bottom = Double.infinity
        var anchors: [Anchor] = []
        var data: [PDFRun] = []
        /// The right edge of the row labels read so far.
        var labelRight: Double?

        /// Where the label column ends: half-way from the row labels to the first column's header, or (before any
        /// row label) a unit left of that header.
        func labelBoundary(_ u: Double) -> Double {
            guard let first = slots.first?.x0 else { return labelRight ?? 0 }
            guard let right = labelRight else { return first - u }
            return right < first ? (right + first) / 2 : first - 0.25 * u
        }
    }

    /// One table on this page.
    struct Region {
        var table: TableID
        var blocks: [Block]
        var titles: [(line: Int, text: String)] = []
        var groupHits: [PDFLabelHit] = []
        var labelled: Bool
    }

    enum Event {
        case title(PDFLabelHit)
        case header([PDFLabelHit])
        case row(PDFLabelHit)
        case run(PDFRun)
        var y0: Double {
            switch self {
            case .title(let h), .row(let h): h.y0
            case .header(let hs): hs.map(\.y0).min() ?? 0
            case .run(let r): r.y0
            }
        }
    }

    let page: PDFPageLines
    let dictionary: PDFLabelDictionary
    let file: String?
    var carry: PDFLayout.Carry?
    var grids: [ReportGrid] = []
    var diagnostics: [Diagnostic] = []
    /// The page lines (1-based) that belong to a table.
    var tableLines = Set<Int>()
    private var regions: [Region] = []
    private var current: Int?
    private var u: Double { page.unit }

    /// Runs of this page already read as the end of a label that began on the previous page.
    let preUsed: Set<PDFRunID>
    /// The next page, for a label broken by the page break.
    let next: PDFPageLines?
    /// Runs of the next page read as the end of a label of this page.
    var usedOnNext = Set<PDFRunID>()
    /// The header groups the previous page ended with, for this page's first header of their table.
    private var carriedGroups: PDFLayout.HeaderGroups?
    /// A header's groups this page ends with (its leaves are on the next page).
    var danglingGroups: PDFLayout.HeaderGroups?
    /// The bottom of the band of `danglingGroups`: text below it means the groups' leaves are not on the next page.
    private var danglingBottom = 0.0

    init(
        lines: PDFPageLines, dictionary: PDFLabelDictionary, file: String?, carried: PDFLayout.Carry?,
        preUsed: Set<PDFRunID>, next: PDFPageLines?, groups: PDFLayout.HeaderGroups? = nil
    ) {
        carriedGroups = groups
        page = lines
        self.dictionary = dictionary
        self.file = file
        carry = carried
        self.preUsed = preUsed
        self.next = next
    }

    mutating func read() {
        let (hits, used) = PDFLabelSearch.hits(in: page, dictionary: dictionary, preUsed: preUsed)
        tableLines.formUnion(preUsed.map { $0.line + 1 })
        var events: [Event] = []
        var headerHits: [PDFLabelHit] = []
        var groupHits: [PDFLabelHit] = []
        let rowHits = hits.filter { $0.has(.row) }
        for hit in hits {
            let isRow = hit.has(.row)
            if hit.has(.title) {
                events.append(.title(hit))
            } else if isRow, hit.has(.rowGroup), Self.besideRow(hit, rowHits, u) {
                groupHits.append(hit)  // (六)其他处理: a row in 2019, a group beside its rows in 2021
            } else if isRow {
                events.append(.row(hit))
            } else if hit.has(.rowGroup) {
                groupHits.append(hit)
            } else if hit.roles.values.contains(where: { $0.contains(where: \.isHeader) }) {
                headerHits.append(hit)
            }
        }
        let breaks = hits.filter { $0.has(.title) || $0.has(.row) }.map(\.y0)
        for band in Self.bands(headerHits, breaks: breaks, u) { events.append(.header(band)) }
        for (li, line) in page.lines.enumerated() {
            for (ri, run) in line.enumerated() where !used.contains(PDFRunID(line: li, index: ri)) {
                events.append(.run(run))
            }
        }
        events.sort { $0.y0 < $1.y0 }
        if let carry {
            regions.append(
                Region(
                    table: carry.table,
                    blocks: [
                        Block(slots: carry.slots, groups: carry.groups, top: -Double.infinity, labelRight: carry.labelRight)
                    ],
                    labelled: carry.labelled))
            current = 0
        }
        for event in events { handle(event, groupHits: groupHits) }
        if let c = current { finishBrokenLabel(c) }
        // A table still open at the bottom of the page continues on the next page with the same columns.
        if let c = current, let block = regions[c].blocks.last, !block.slots.isEmpty {
            carry = PDFLayout.Carry(
                table: regions[c].table, slots: block.slots, labelled: regions[c].labelled, labelRight: block.labelRight,
                groups: block.groups)
        } else {
            carry = nil
        }
        for (i, region) in regions.enumerated() { emit(region, groupHits: groupHits, index: i) }
    }

    /// A row whose label the page break cut (`6.属` | `于四类过程性信息`): the label's last text on this page is
    /// the start of a form label; the runs at the top of the next page under it complete it.
    private mutating func finishBrokenLabel(_ c: Int) {
        guard let next, let b = regions[c].blocks.indices.last, let i = regions[c].blocks[b].anchors.indices.last
        else { return }
        // The label's lines on this page are the last anchors no label matched (`6.属` `于四` `类过`).
        // Only the anchors in the last one's column count (a group label's lines stand beside them).
        let last = regions[c].blocks[b].anchors[i]
        let anchors = regions[c].blocks[b].anchors.enumerated().filter { $0.element.x0 < last.x1 && $0.element.x1 > last.x0 }
        var start: Int?
        for j in anchors.indices.suffix(40) where anchors[j...].allSatisfy({ $0.element.key == nil }) {
            if dictionary.match(LabelNormalizer.normalize(anchors[j...].map(\.element.text).joined())) == .prefix {
                start = j
                break
            }
        }
        guard let start else { return }
        let merged = anchors[start...].map(\.offset)
        var a = anchors[start].element
        for (_, other) in anchors[(start + 1)...] {
            a.text += other.text
            a.x0 = min(a.x0, other.x0)
            a.x1 = max(a.x1, other.x1)
            a.y1 = max(a.y1, other.y1)
        }
        var key = LabelNormalizer.normalize(a.text)
        var text = a.text
        var taken: [PDFRunID] = []
        for (li, line) in next.lines.prefix(40).enumerated() {
            for (ri, run) in line.enumerated()
            where run.x0 < a.x1 + next.unit && run.x1 > a.x0 - next.unit && dictionary.match(key + run.key) != .none {
                key += run.key
                text += run.text
                taken.append(PDFRunID(line: li, index: ri))
                if case .label(let k, _) = dictionary.match(key) {
                    a.text = text
                    a.key = k
                    var kept = regions[c].blocks[b].anchors.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
                    kept.append(a)
                    regions[c].blocks[b].anchors = kept.sorted { $0.y0 < $1.y0 }
                    usedOnNext = Set(taken)
                    return
                }
            }
        }
    }

    /// True when a row label lies beside `hit` on its right, on the same lines: `hit` is then a group label.
    static func besideRow(_ hit: PDFLabelHit, _ rows: [PDFLabelHit], _ u: Double) -> Bool {
        rows.contains { r in !r.has(.rowGroup) && r.x0 > hit.x1 - u * 0.5 && r.y0 < hit.y1 && r.y1 > hit.y0 }
    }

    /// Header labels chained vertically (each less than a line below the band so far, no title or row label
    /// between) form one header band.
    static func bands(_ hits: [PDFLabelHit], breaks: [Double], _ u: Double) -> [[PDFLabelHit]] {
        var out: [[PDFLabelHit]] = []
        var bottom = -Double.infinity
        for hit in hits.sorted(by: { $0.y0 < $1.y0 }) {
            // A title or a row label between two header labels separates their bands.
            let separated = breaks.contains { $0 > bottom - 0.5 * u && $0 < hit.y0 }
            if !out.isEmpty, hit.y0 <= bottom + u, !separated {
                out[out.count - 1].append(hit)
                bottom = max(bottom, hit.y1)
            } else {
                out.append([hit])
                bottom = hit.y1
            }
        }
        return out
    }

    /// The table a header band belongs to: the one most of its labels are header labels of.
    private func table(of band: [PDFLabelHit]) -> TableID? {
        var votes: [TableID: Int] = [:]
        for hit in band {
            for (table, roles) in hit.roles where roles.contains(where: \.isHeader) { votes[table, default: 0] += 1 }
        }
        let best = votes.values.max() ?? 0
        guard best > 0 else { return nil }
        if let c = current, votes[regions[c].table] == best { return regions[c].table }
        return TableID.allCases.first { votes[$0] == best }
    }

    private mutating func open(_ table: TableID, block: Block?) {
        regions.append(
            Region(table: table, blocks: block.map { [$0] } ?? [], labelled: dictionary.labelledTables.contains(table)))
        current = regions.count - 1
    }

    private mutating func handle(_ event: Event, groupHits: [PDFLabelHit]) {
        switch event {
        case .title(let hit):
            danglingGroups = nil
            let table = TableID.allCases.first { hit.has(.title, in: $0) } ?? .proactive
            if current.map({ regions[$0].table }) != table { open(table, block: nil) }
            guard let c = current else { return }
            closeBlock(c, at: hit.y0)
            regions[c].titles.append((hit.line, hit.text))
            regions[c].blocks.append(Block(slots: [], top: hit.y1))
            tableLines.formUnion(hit.lines)
        case .header(let band):
            guard let table = table(of: band) else { return }
            let leaves = band.filter { $0.has(.leaf, in: table) }.sorted { $0.midX < $1.midX }
            let bandGroups: [(hit: PDFLabelHit, span: Int)] = band.compactMap { hit in
                guard hit.has(.columnGroup, in: table), let span = dictionary.leafCount[hit.key]?[table] else { return nil }
                return (hit, span)
            }
            guard !leaves.isEmpty else {
                // Groups with no leaves under them: if nothing follows on this page, the leaves are on the next.
                if !bandGroups.isEmpty {
                    danglingGroups = PDFLayout.HeaderGroups(table: table, groups: bandGroups)
                    danglingBottom = band.map(\.y1).max() ?? 0
                }
                return
            }
            danglingGroups = nil
            let carried = carriedGroups
            carriedGroups = nil
            let slots = leaves.map { Slot(x0: $0.x0, x1: $0.x1, text: $0.text) }
            let top = band.map(\.y0).min() ?? 0
            var block = Block(
                slots: slots, headerLine: leaves.map(\.line).max(), rowHeader: band.first { $0.has(.rowHeader, in: table) }?.text,
                top: band.map(\.y1).max() ?? 0)
            if let c = current, regions[c].table == table { block.labelRight = regions[c].blocks.last?.labelRight }
            block.groups = bandGroups
            if bandGroups.isEmpty, let carried, carried.table == table {
                // The groups stayed at the bottom of the previous page: they go on this page's lines the leaves
                // wrap over (one line per line of groups there), the leaves on the leaves' last line.
                let groupLines = Set(carried.groups.map(\.hit.line)).sorted()
                let first = leaves.map(\.line).min() ?? 1
                let last = leaves.flatMap(\.lines).max() ?? first
                if last - first >= groupLines.count {
                    block.groups = carried.groups
                    block.groupLines = Dictionary(uniqueKeysWithValues: groupLines.enumerated().map { ($1, first + $0) })
                    block.headerLine = last
                }
            }
            for hit in band { tableLines.formUnion(hit.lines) }
            if let c = current, regions[c].table == table {
                closeBlock(c, at: top)
                // A title just read opened an empty block: the header is that block's.
                if let last = regions[c].blocks.last, last.slots.isEmpty, last.anchors.isEmpty, last.data.isEmpty {
                    regions[c].blocks[regions[c].blocks.count - 1] = block
                } else {
                    regions[c].blocks.append(block)
                }
            } else {
                if let c = current { closeBlock(c, at: top) }
                open(table, block: block)
            }
        case .row(let hit):
            danglingGroups = nil
            let tables = TableID.allCases.filter { hit.has(.row, in: $0) }
            if !(current.map { tables.contains(regions[$0].table) } ?? false) {
                if let c = current { closeBlock(c, at: hit.y0) }
                open(tables.first ?? .applications, block: Block(slots: [], top: hit.y0))
            }
            guard let c = current else { return }
            if regions[c].blocks.isEmpty { regions[c].blocks.append(Block(slots: [], top: hit.y0)) }
            let b = regions[c].blocks.count - 1
            regions[c].labelled = true
            regions[c].blocks[b].anchors.append(
                Anchor(
                    text: hit.text, key: hit.key, x0: hit.x0, x1: hit.x1, y0: hit.y0, y1: hit.y1, line: hit.line,
                    groups: groups(of: hit, among: groupHits)))
            regions[c].blocks[b].labelRight = max(regions[c].blocks[b].labelRight ?? hit.x1, hit.x1)
            tableLines.formUnion(hit.lines)
        case .run(let run):
            if danglingGroups != nil, run.y0 > danglingBottom { danglingGroups = nil }
            guard let c = current, let block = regions[c].blocks.last else { return }
            let b = regions[c].blocks.count - 1
            if run.midY < block.top {
                tableLines.insert(run.line)  // header text no label matched (a note, a unit)
                return
            }
            guard !block.slots.isEmpty else {
                if !block.anchors.isEmpty, run.y0 < (block.anchors.last?.y1 ?? 0) + PDFLayout.reach * u {
                    regions[c].blocks[b].data.append(run)
                    tableLines.insert(run.line)
                }
                return
            }
            if isWide(run, block) {
                closeBlock(c, at: run.y0)
                current = nil
                return
            }
            if run.midX <= block.labelBoundary(u), regions[c].labelled {
                // Text in the label column that is no label of the form: a row the recognizer reports.
                regions[c].blocks[b].anchors.append(
                    Anchor(
                        text: run.text, key: nil, x0: run.x0, x1: run.x1, y0: run.y0, y1: run.y1, line: run.line,
                        groups: []))
                return  // a table line only if it has figures (see `emit`)
            }
            regions[c].blocks[b].data.append(run)
            tableLines.insert(run.line)
        }
    }

    /// A line of prose (or anything wider than a cell): it crosses from the label column into the first column, or
    /// spans three columns.
    private func isWide(_ run: PDFRun, _ block: Block) -> Bool {
        let first = block.slots[0]
        let boundary = block.labelBoundary(u)
        if run.x0 < boundary - 2 * u, run.x1 > max(first.x0, boundary) + u { return true }
        let covered = block.slots.filter { run.x0 < $0.mid && run.x1 > $0.mid }.count
        return covered >= 3 || (covered >= 2 && block.slots.count == 2 && run.x1 - run.x0 > 4 * u)
    }

    private mutating func closeBlock(_ c: Int, at y: Double) {
        guard let b = regions[c].blocks.indices.last else { return }
        regions[c].blocks[b].bottom = min(regions[c].blocks[b].bottom, y)
    }

    /// The group labels found on the page that the form puts above this row, as printed.
    private func groups(of hit: PDFLabelHit, among groupHits: [PDFLabelHit]) -> [String] {
        guard let paths = dictionary.groupsOfRow[hit.key] else { return [] }
        var best: [String] = []
        for path in paths {
            let found = path.compactMap { key in
                groupHits.filter { $0.key == key || LabelNormalizer.normalize($0.text) == key }
                    .min { abs($0.y0 - hit.y0) < abs($1.y0 - hit.y0) }?.text
            }
            if found.count > best.count { best = found }
        }
        return best
    }

    // MARK: Grids

    private mutating func emit(_ region: Region, groupHits: [PDFLabelHit], index: Int) {
        let labelColumns = region.labelled ? 3 : 0
        let slotCount = region.blocks.map(\.slots.count).max() ?? 0
        let width = max(labelColumns + slotCount, 1)
        var cells: [Int: [Int: String]] = [:]
        func put(_ line: Int, _ column: Int, _ text: String) {
            guard column < width else { return }
            cells[line - 1, default: [:]][column, default: ""] += text
        }
        for title in region.titles { put(title.line, 0, title.text) }
        var spans: [Int: [(column: Int, span: Int, text: String)]] = [:]
        for block in region.blocks {
            // (A header carried from the previous page has its lines there, not here.)
            for (hit, span, first) in Self.placements(block, u) where block.top.isFinite {
                let column = labelColumns + first
                let moved: Int? = block.groupLines.map { $0[hit.line] } ?? hit.line
                guard let line = moved else { continue }
                let taken = spans[line - 1, default: []]
                guard !taken.contains(where: { $0.column < column + span && column < $0.column + $0.span }),
                    line != block.headerLine
                else { continue }
                spans[line - 1, default: []].append((column, span, hit.text))
            }
            if let line = block.headerLine {
                if labelColumns > 0, let header = block.rowHeader { put(line, labelColumns - 1, header) }
                for (k, slot) in block.slots.enumerated() { put(line, labelColumns + k, slot.text) }
            }
            let anchors = block.anchors.sorted { $0.y0 < $1.y0 }
            var bands: [(top: Double, bottom: Double)] = []
            for (i, a) in anchors.enumerated() {
                let previous = i == 0 ? block.top : anchors[i - 1].y1
                let next = i == anchors.count - 1 ? block.bottom : anchors[i + 1].y0
                let top = max((previous + a.y0) / 2, a.y0 - PDFLayout.reach * u)
                let bottom = min((a.y1 + next) / 2, a.y1 + PDFLayout.reach * u)
                bands.append((top, bottom))
            }
            var figures: [Int: [Int: [PDFRun]]] = [:]  // band → slot → runs
            var unlabelled: [Int: [PDFRun]] = [:]
            var unlabelledLine: Int?
            // The row of figures under a header carried from the previous page starts at the top of this page.
            let start = block.top.isFinite ? block.top : (block.data.map(\.y0).min() ?? 0)
            for run in block.data {
                guard !block.slots.isEmpty else {
                    lose(run, region.table)
                    continue
                }
                let slot = Self.slot(of: run, block.slots)
                if anchors.isEmpty {
                    // No row labels (表四): one row of figures right under the header.
                    guard run.midY < start + 2 * PDFLayout.reach * u + u, run.midY < block.bottom else {
                        lose(run, region.table)
                        continue
                    }
                    unlabelled[slot, default: []].append(run)
                    unlabelledLine = min(unlabelledLine ?? run.line, run.line)
                    continue
                }
                guard let band = bands.firstIndex(where: { run.midY >= $0.top && run.midY < $0.bottom }) else {
                    lose(run, region.table)
                    continue
                }
                figures[band, default: [:]][slot, default: []].append(run)
            }
            for (band, slots) in figures {
                for (slot, runs) in slots { put(anchors[band].line, labelColumns + slot, Self.joined(runs)) }
            }
            for (i, a) in anchors.enumerated() where labelColumns > 0 {
                // Text in the label column that is no label of the form is a row only when figures stand beside it
                // (else it is a heading or a note after the table, and stays prose).
                guard a.key != nil || figures[i] != nil else { continue }
                for (g, text) in a.groups.prefix(2).enumerated() { put(a.line, g, text) }
                put(a.line, labelColumns - 1, a.text)
                tableLines.insert(a.line)
            }
            if let line = unlabelledLine {
                for (slot, runs) in unlabelled { put(line, labelColumns + slot, Self.joined(runs)) }
            }
        }
        guard !cells.isEmpty else { return }
        var height = max(page.lines.count, 1)
        // A row of figures whose header stayed on the previous page (表四 has no row label to name it): the header's
        // labels follow as one more row below the page's lines, so that the recognizer knows the table (its figures
        // are placed by position, their locations stay the page's own lines).
        if labelColumns == 0, let first = region.blocks.first, !first.top.isFinite, first.headerLine == nil {
            for (hit, span, column) in Self.placements(first, u) where !(spans[height] ?? []).contains(where: {
                $0.column < column + span && column < $0.column + $0.span
            }) {
                spans[height, default: []].append((column, span, hit.text))
            }
            if spans[height] != nil { height += 1 }
            for (k, slot) in first.slots.enumerated() { cells[height, default: [:]][k] = slot.text }
            height += 1
        }
        var rows: [[SpannedCell]] = []
        rows.reserveCapacity(height)
        for r in 0..<height {
            var row: [SpannedCell] = []
            var c = 0
            let starts = spans[r] ?? []
            while c < width {
                if let s = starts.first(where: { $0.column == c }), c + s.span <= width {
                    row.append(SpannedCell(s.text, columnSpan: s.span))
                    c += s.span
                } else {
                    row.append(SpannedCell(cells[r]?[c] ?? ""))
                    c += 1
                }
            }
            rows.append(row)
        }
        grids.append(ReportGrid(source: .page(page.page), spannedRows: rows))
    }

    /// Where each header group of a block starts (a slot index): centred over its columns (the run of `span`
    /// columns whose centre is nearest), or, in left-aligned cells, where its first column's header starts.
    static func placements(_ block: Block, _ u: Double) -> [(hit: PDFLabelHit, span: Int, first: Int)] {
        var out: [(hit: PDFLabelHit, span: Int, first: Int)] = []
        for (hit, span) in block.groups where span <= block.slots.count {
            var best: (start: Int, distance: Double)?
            for start in 0...(block.slots.count - span) {
                let centre = (block.slots[start].x0 + block.slots[start + span - 1].x1) / 2
                let d = abs(centre - hit.midX)
                if best == nil || d < best?.distance ?? 0 { best = (start, d) }
            }
            if (best?.distance ?? 0) > 0.25 * u,
                let left = block.slots.indices.first(where: { abs(block.slots[$0].x0 - hit.x0) < 0.5 * u }),
                left + span <= block.slots.count
            {
                best = (left, 0)
            }
            if let best { out.append((hit, span, best.start)) }
        }
        return out
    }

    /// The slot whose leaf overlaps the run most; else the nearest by centre.
    static func slot(of run: PDFRun, _ slots: [Slot]) -> Int {
        var best: (index: Int, overlap: Double)?
        for (i, s) in slots.enumerated() {
            let overlap = min(run.x1, s.x1) - max(run.x0, s.x0)
            if overlap > 0, overlap > best?.overlap ?? 0 { best = (i, overlap) }
        }
        if let best { return best.index }
        var nearest = 0
        for (i, s) in slots.enumerated() where abs(s.mid - run.midX) < abs(slots[nearest].mid - run.midX) { nearest = i }
        return nearest
    }

    /// The runs of one cell, top to bottom and left to right (a figure wrapped in a narrow column joined again).
    static func joined(_ runs: [PDFRun]) -> String {
        runs.sorted { $0.line != $1.line ? $0.line < $1.line : $0.x0 < $1.x0 }.map(\.text).joined()
    }

    private mutating func lose(_ run: PDFRun, _ table: TableID) {
        diagnostics.append(PDFDiagnostics.unplacedText(file: file, page: page.page, run: run, table: table))
    }
}

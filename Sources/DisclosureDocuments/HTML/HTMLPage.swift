import DisclosureModel
import DisclosureText

/// A web page turned into what the report readers take: the article's paragraphs (numbered by the page's source
/// lines) and its tables as grids (rowspan and colspan expanded), with the site's chrome left out.
struct HTMLPage {
    var lines: [ReportTextReader.Line] = []
    var grids: [ReportGrid] = []
    /// The page has `<script>` elements.
    var hasScripts = false
    /// The page has `<table>` elements anywhere.
    var hasTables = false

    /// Where the article body sits in the CMS shells seen (FORMATS §6), most specific first.
    static let articleSelectors: [Selector] = [
        .id("zoom"), .className("trs_editor"), .className("trs_editor_view"), .className("article-content"),
        .className("content"), .className("article"), .id("content"), .className("xxgk-content"),
        .className("pages_content"), .tag("article"),
    ]

    enum Selector {
        case id(String)
        case className(String)
        case tag(String)
    }

    /// Elements whose text is never report text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "select", "option",
        "button", "textarea", "svg", "map", "area", "img", "input",
    ]
    /// Elements that are the site's chrome, not the article.
    static let chromeTags: Set<String> = ["nav", "header", "footer", "aside", "form", "menu"]
    /// Words in a class or id that mark chrome: navigation, crumbs, side lists, footers, share bars, counters.
    static let chromeWords = [
        "nav", "menu", "footer", "foot", "crumb", "location", "position", "sidebar", "side", "share", "copyright",
        "banner", "header", "related", "friendlink", "links", "bottom", "toolbar", "tools", "print", "counter",
        "visit", "search", "login", "gotop", "erweima", "qrcode",
    ]
    /// Elements that end a line of text.
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "dl", "dt", "dd", "center", "hr", "td", "th", "caption", "tbody",
        "thead", "tfoot",
    ]
    /// Elements whose white-space-only text children mean nothing (between rows, cells, list items).
    static let structuralElements: Set<String> = [
        "html", "head", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "select",
    ]
    /// Phrases whose presence marks a report's body: the section headings (without their numerals).
    static let markers: [String] = FormCatalog.sectionHeadings.values.map { heading in
        String(heading.drop { $0 != "、" }.dropFirst())
    }.filter { $0.count >= 4 }
    private static let markerBytes = markers.map { Array($0.utf8) }
    private static let tableMarkerBytes = tableMarkers.map { Array($0.utf8) }
    private static let reportTitle = "年度报告"

    /// The page's tree.
    private let tree: HTMLTree
    /// `markerCount` of each node, computed when first asked (-1: not yet).
    private var markerCounts: [Int32]

    init(tree: HTMLTree) {
        self.tree = tree
        markerCounts = Array(repeating: -1, count: tree.nodes.count)
        hasScripts = tree.nodes.contains { $0.tag == .script }
        hasTables = tree.nodes.contains { $0.tag == .table }
        let body = tree.nodes.firstIndex { $0.tag == .body } ?? 0
        let article = article(in: body)
        var out = LineBuilder()
        collect(article, isRoot: true, into: &out)
        out.flush()
        lines = out.lines
        // The title usually sits above the article body (an <h1>, a .title div), else in <title>.
        let hasTitle = lines.prefix(3).contains { $0.text.containsBytes(Self.reportTitle) }
        if !hasTitle, let title = title(body: body) { lines.insert(title, at: 0) }
    }

    // MARK: Finding the article

    /// The first element (in document order) matching the most specific article selector, holding report text;
    /// else the smallest element holding every table and heading of the report.
    private mutating func article(in body: Int) -> Int {
        var first = [Int?](repeating: nil, count: Self.articleSelectors.count)
        for i in tree.elements(from: body, pruning: { $0.traits.contains(.skipped) }) {
            let selectors = tree.nodes[i].selectors
            guard selectors != 0 else { continue }
            for s in first.indices where first[s] == nil && selectors & (1 << s) != 0 && markerCount(i) > 0 {
                first[s] = i
            }
        }
        if let found = first.lazy.compactMap({ $0 }).first { return found }
        // No known shell: the smallest element holding every table and heading of the report.
        let total = markerCount(body)
        guard total > 0 else { return body }
        var node = body
        while let child = tree.children(of: node).first(where: { tree.nodes[$0].tag != .text && markerCount($0) == total }) {
            node = child
        }
        return node
    }

    /// Report tables and section headings under node `i` (chrome left out).
    private mutating func markerCount(_ i: Int) -> Int {
        if markerCounts[i] >= 0 { return Int(markerCounts[i]) }
        let node = tree.nodes[i]
        var count = 0
        if node.tag == .text {
            count = tree.text(i, containsAnyOf: Self.markerBytes) ? 1 : 0
        } else if node.traits.contains(.skipped) || node.isChrome {
            count = 0
        } else if node.tag == .table {
            // A marker split over runs (`<span>本年度</span><span>办理结果</span>`) is found in the table's whole
            // text; only tables large enough to be a report table pay for assembling it.
            let found =
                containsText(i, Self.tableMarkerBytes)
                || (cellCount(i) >= 20 && Array(plainText(i).utf8).withUnsafeBufferPointer { text in
                    Self.tableMarkerBytes.contains { HTMLTree.contains(text, $0) }
                })
            count = found ? 1 : 0
        } else {
            for child in tree.children(of: i) { count += markerCount(child) }
        }
        markerCounts[i] = Int32(clamping: count)
        return count
    }

    /// Labels only an official table holds, from the form descriptions of every edition: each table's first row
    /// group (三、本年度办理结果), block titles (第二十条第（一）项) and top header groups (行政复议), without their
    /// enumerators.
    static let tableMarkers: [String] = {
        var labels: [String] = []
        for format in ReportFormats.official.all {
            for spec in format.tables {
                labels += spec.rows.compactMap(\.groups.first)
                labels += spec.blocks.compactMap(\.title)
                for block in spec.blocks {
                    for case .group(let label, _) in block.header { labels.append(label) }
                }
            }
        }
        var seen = Set<String>()
        return labels.map { label in
            guard let mark = label.prefix(3).firstIndex(of: "、") else { return label }
            return String(label[label.index(after: mark)...])
        }.filter { $0.count >= 4 && seen.insert($0).inserted }
    }()

    /// True when a text run under node `i` contains one of `needles` (no text is assembled).
    private func containsText(_ i: Int, _ needles: [[UInt8]]) -> Bool {
        (i..<Int(tree.nodes[i].end)).contains { tree.nodes[$0].tag == .text && tree.text($0, containsAnyOf: needles) }
    }

    /// The `<td>`/`<th>` elements under node `i`, counted up to 20.
    private func cellCount(_ i: Int) -> Int {
        var n = 0
        for k in i..<Int(tree.nodes[i].end) where tree.nodes[k].tag == .cell {
            n += 1
            if n == 20 { break }
        }
        return n
    }

    /// The first heading (h1–h3, or a class naming a title) outside the chrome whose text names a report
    /// (年度报告), else the page's `<title>` when it does.
    private func title(body: Int) -> ReportTextReader.Line? {
        for i in tree.elements(from: body, pruning: { $0.traits.contains(.skipped) || $0.isChrome }) {
            let node = tree.nodes[i]
            guard node.tag == .heading || node.hasTitleClass else { continue }
            let text = plainText(i)
            if text.containsBytes(Self.reportTitle), text.utf8.count < 600 {
                return ReportTextReader.Line(text, number: Int(node.line))
            }
        }
        if let t = tree.nodes.firstIndex(where: { $0.tag == .title }) {
            let text = plainText(t)
            if text.containsBytes(Self.reportTitle) { return ReportTextReader.Line(text, number: Int(tree.nodes[t].line)) }
        }
        return nil
    }

    // MARK: Text and tables

    private mutating func collect(_ i: Int, isRoot: Bool, into out: inout LineBuilder) {
        let node = tree.nodes[i]
        if node.tag == .text {
            tree.withText(i) { out.append($0, line: Int(node.line)) }
            return
        }
        if node.traits.contains(.skipped) || (!isRoot && node.isChrome) { return }
        if node.tag == .table {
            out.flush()
            grids.append(grid(i, index: grids.count + 1))
            // Tables nested in this one become grids of their own.
            for nested in i + 1..<Int(node.end) where tree.nodes[nested].tag == .table {
                grids.append(grid(nested, index: grids.count + 1))
            }
            return
        }
        let isBlock = node.traits.contains(.block)
        if isBlock { out.flush() }
        for child in tree.children(of: i) { collect(child, isRoot: false, into: &out) }
        if isBlock { out.flush() }
    }

    /// The grid of one `<table>`: its own rows (not a nested table's), cells with their spans.
    private func grid(_ table: Int, index: Int) -> ReportGrid {
        var rows: [[SpannedCell]] = []
        func rowsOf(_ i: Int) {
            for child in tree.children(of: i) {
                switch tree.nodes[child].tag {
                case .tr:
                    rows.append(tree.children(of: child).filter { tree.nodes[$0].tag == .cell }.map(cell))
                case .rowGroup:
                    rowsOf(child)
                default:
                    continue
                }
            }
        }
        rowsOf(table)
        return ReportGrid(source: .table(index), spannedRows: rows)
    }

    private func cell(_ i: Int) -> SpannedCell {
        var out = LineBuilder()
        func text(_ k: Int) {
            let node = tree.nodes[k]
            if node.tag == .text {
                tree.withText(k) { out.append($0, line: Int(node.line)) }
                return
            }
            if node.traits.contains(.skipped) || node.tag == .table { return }
            let isBlock = node.traits.contains(.block)
            if isBlock { out.flush() }
            for c in tree.children(of: k) { text(c) }
            if isBlock { out.flush() }
        }
        for c in tree.children(of: i) { text(c) }
        out.flush()
        // Most cells hold one line (or none): taken as it is, without joining.
        let text = out.lines.count <= 1 ? out.lines.first?.text ?? "" : out.lines.map(\.text).joined(separator: "\n")
        let node = tree.nodes[i]
        return SpannedCell(text, rowSpan: Int(node.rowSpan), columnSpan: Int(node.columnSpan))
    }

    /// All text under node `i`, whitespace collapsed (scripts and styles left out, a `<title>` kept).
    private func plainText(_ i: Int) -> String {
        var out = LineBuilder()
        var k = i
        let end = Int(tree.nodes[i].end)
        while k < end {
            let node = tree.nodes[k]
            if node.tag == .text {
                tree.withText(k) { out.append($0, line: Int(node.line)) }
            } else if node.traits.contains(.skipped), node.tag != .title {
                k = Int(node.end)
                continue
            }
            k += 1
        }
        out.flush()
        return out.lines.first?.text ?? ""
    }
}

/// Joins text runs into lines: whitespace runs collapse to one space, and vanish where a source line break falls
/// between two CJK characters (a CMS wraps long Chinese lines in its markup). Works on the UTF-8 bytes: every
/// separator is ASCII, and a byte from 0x80 up belongs to a wide character.
struct LineBuilder {
    var lines: [ReportTextReader.Line] = []
    private var current: [UInt8] = []
    private var line = 0
    private var pendingSpace = false
    private var pendingBreak = false
    /// The last character appended is not ASCII.
    private var lastWide = false

    mutating func append(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
        for b in text {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                if !current.isEmpty { pendingSpace = true }
                if b == 0x0A || b == 0x0D { pendingBreak = true }
                continue
            }
            if current.isEmpty { self.line = line }
            if pendingSpace {
                // Only a character's first byte can follow white space.
                let bothWide = lastWide && b >= 0x80
                if !(pendingBreak && bothWide) { current.append(0x20) }
                pendingSpace = false
                pendingBreak = false
            }
            current.append(b)
            if b < 0x80 {
                lastWide = false
            } else if b >= 0xC0 {
                lastWide = true
            }
        }
    }

    mutating func flush() {
        defer {
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
            pendingBreak = false
            lastWide = false
        }
        guard !current.isEmpty else { return }
        let text = String(decoding: current, as: UTF8.self)
        // A line of white space alone (no-break spaces, ideographic spaces) is no line.
        let visibleASCII = current.contains { $0 < 0x80 && !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }
        guard visibleASCII || text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
        lines.append(ReportTextReader.Line(text, number: line))
    }
}

extension String {
    /// True when `needle` occurs in the string, compared by UTF-8 bytes (Foundation's `contains`
    /// bridges to NSString on Linux, and the generic `firstRange(of:)` allocates a searcher per call; both
    /// dominated the page reader's time).
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

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

        func matches(_ node: HTMLNode) -> Bool {
            switch self {
            case .id(let id): node.id == id
            case .className(let c): HTMLPage.classes(node).contains(c)
            case .tag(let t): node.name == t
            }
        }
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
    /// Phrases whose presence marks a report's body: the section headings (without their numerals).
    static let markers: [String] = FormCatalog.sectionHeadings.values.map { heading in
        String(heading.drop { $0 != "、" }.dropFirst())
    }.filter { $0.count >= 4 }

    static func classes(_ node: HTMLNode) -> [String] { node.classes }

    static func isChrome(_ node: HTMLNode) -> Bool {
        guard let name = node.name else { return false }
        if chromeTags.contains(name) { return true }
        if node.classes.isEmpty, node.id.isEmpty { return false }
        let words = node.id.isEmpty ? node.classes : node.classes + [node.id]
        return words.contains { word in chromeWords.contains { word.containsBytes($0) } }
    }

    init(root: HTMLNode) {
        hasScripts = Self.contains(root) { $0.name == "script" }
        hasTables = Self.contains(root) { $0.name == "table" }
        let body = Self.first(in: root) { $0.name == "body" } ?? root
        let article = Self.article(in: body)
        var out = LineBuilder()
        collect(article, isRoot: true, into: &out)
        out.flush()
        lines = out.lines
        // The title usually sits above the article body (an <h1>, a .title div), else in <title>.
        let hasTitle = lines.prefix(3).contains { $0.text.containsBytes("年度报告") }
        if !hasTitle, let title = Self.title(body: body, root: root) { lines.insert(title, at: 0) }
    }

    // MARK: Finding the article

    static func article(in body: HTMLNode) -> HTMLNode {
        for selector in articleSelectors {
            var found: HTMLNode?
            walk(body, skippingChrome: false) { node in
                guard found == nil, selector.matches(node), markerCount(node) > 0 else { return found == nil }
                found = node
                return false
            }
            if let found { return found }
        }
        // No known shell: the smallest element holding every table and heading of the report.
        let total = markerCount(body)
        guard total > 0 else { return body }
        var node = body
        while let child = node.children.first(where: { $0.name != nil && markerCount($0) == total }) { node = child }
        return node
    }

    /// Report tables and section headings under `node` (chrome left out).
    static func markerCount(_ node: HTMLNode) -> Int {
        guard let name = node.name else {
            if case .text(let t) = node.kind { return markers.contains { t.containsBytes($0) } ? 1 : 0 }
            return 0
        }
        if skipped.contains(name) || isChrome(node) { return 0 }
        if name == "table" {
            // A marker split over runs (`<span>本年度</span><span>办理结果</span>`) is found in the table's whole
            // text; only tables large enough to be a report table pay for assembling it.
            let found = containsText(node, tableMarkers)
                || (cellCount(node) >= 20 && tableMarkers.contains { plainText(node).containsBytes($0) })
            return found ? 1 : 0
        }
        return node.children.reduce(0) { $0 + markerCount($1) }
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

    /// True when a text node under `node` contains one of `needles` (no text is assembled).
    static func containsText(_ node: HTMLNode, _ needles: [String]) -> Bool {
        if case .text(let t) = node.kind { return needles.contains { t.containsBytes($0) } }
        return node.children.contains { containsText($0, needles) }
    }

    /// The `<td>`/`<th>` elements under `node`, counted up to 20.
    static func cellCount(_ node: HTMLNode) -> Int {
        var n = 0
        func count(_ x: HTMLNode) {
            guard n < 20 else { return }
            if x.name == "td" || x.name == "th" { n += 1 }
            for c in x.children { count(c) }
        }
        count(node)
        return n
    }

    static func title(body: HTMLNode, root: HTMLNode) -> ReportTextReader.Line? {
        var found: ReportTextReader.Line?
        walk(body, skippingChrome: true) { node in
            guard found == nil else { return false }
            let isHeading = ["h1", "h2", "h3"].contains(node.name ?? "") || classes(node).contains { $0.containsBytes("title") }
            if isHeading {
                let text = plainText(node)
                if text.containsBytes("年度报告"), text.utf8.count < 600 {
                    found = ReportTextReader.Line(text, number: node.line)
                    return false
                }
            }
            return true
        }
        if found == nil, let title = first(in: root, where: { $0.name == "title" }) {
            let text = plainText(title)
            if text.containsBytes("年度报告") { found = ReportTextReader.Line(text, number: title.line) }
        }
        return found
    }

    // MARK: Text and tables

    private mutating func collect(_ node: HTMLNode, isRoot: Bool, into out: inout LineBuilder) {
        switch node.kind {
        case .text(let t):
            out.append(t, line: node.line)
        case .element(let name):
            if Self.skipped.contains(name) || (!isRoot && Self.isChrome(node)) { return }
            if name == "table" {
                out.flush()
                grids.append(Self.grid(node, index: grids.count + 1))
                // Tables nested in this one become grids of their own.
                for nested in Self.nestedTables(node) { grids.append(Self.grid(nested, index: grids.count + 1)) }
                return
            }
            let isBlock = Self.blocks.contains(name)
            if isBlock { out.flush() }
            for child in node.children { collect(child, isRoot: false, into: &out) }
            if isBlock { out.flush() }
        }
    }

    /// The grid of one `<table>`: its own rows (not a nested table's), cells with their spans.
    static func grid(_ table: HTMLNode, index: Int) -> ReportGrid {
        var rows: [[SpannedCell]] = []
        func rowsOf(_ node: HTMLNode) {
            for child in node.children {
                switch child.name {
                case "tr":
                    rows.append(child.children.filter { $0.name == "td" || $0.name == "th" }.map(cell))
                case "thead", "tbody", "tfoot":
                    rowsOf(child)
                default:
                    continue
                }
            }
        }
        rowsOf(table)
        return ReportGrid(source: .table(index), spannedRows: rows)
    }

    static func cell(_ node: HTMLNode) -> SpannedCell {
        var out = LineBuilder()
        func text(_ n: HTMLNode) {
            switch n.kind {
            case .text(let t): out.append(t, line: n.line)
            case .element(let name):
                if skipped.contains(name) || name == "table" { return }
                let isBlock = blocks.contains(name)
                if isBlock { out.flush() }
                for c in n.children { text(c) }
                if isBlock { out.flush() }
            }
        }
        for c in node.children { text(c) }
        out.flush()
        // Most cells hold one line (or none): taken as it is, without joining.
        let text = out.lines.count <= 1 ? out.lines.first?.text ?? "" : out.lines.map(\.text).joined(separator: "\n")
        return SpannedCell(text, rowSpan: node.span("rowspan"), columnSpan: node.span("colspan"))
    }

    static func nestedTables(_ table: HTMLNode) -> [HTMLNode] {
        var out: [HTMLNode] = []
        func find(_ n: HTMLNode) {
            for c in n.children {
                if c.name == "table" {
                    out.append(c)
                    find(c)
                } else {
                    find(c)
                }
            }
        }
        find(table)
        return out
    }

    // MARK: Tree helpers

    /// Visits elements in document order; `visit` returns false to skip a node's children.
    static func walk(_ node: HTMLNode, skippingChrome: Bool, _ visit: (HTMLNode) -> Bool) {
        guard let name = node.name, !skipped.contains(name) else { return }
        if skippingChrome, isChrome(node) { return }
        guard visit(node) else { return }
        for child in node.children { walk(child, skippingChrome: skippingChrome, visit) }
    }

    static func contains(_ node: HTMLNode, where predicate: (HTMLNode) -> Bool) -> Bool {
        predicate(node) || node.children.contains { contains($0, where: predicate) }
    }

    static func first(in node: HTMLNode, where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        if predicate(node) { return node }
        for child in node.children { if let f = first(in: child, where: predicate) { return f } }
        return nil
    }

    /// All text under `node`, whitespace collapsed (scripts and styles left out).
    static func plainText(_ node: HTMLNode) -> String {
        var out = LineBuilder()
        func text(_ n: HTMLNode) {
            switch n.kind {
            case .text(let t): out.append(t, line: n.line)
            case .element(let name):
                if skipped.contains(name) && name != "title" { return }
                for c in n.children { text(c) }
            }
        }
        text(node)
        out.flush()
        return out.lines.map(\.text).joined(separator: " ")
    }
}

/// Joins text nodes into lines: whitespace runs collapse to one space, and vanish where a source line break falls
/// between two CJK characters (a CMS wraps long Chinese lines in its markup).
struct LineBuilder {
    var lines: [ReportTextReader.Line] = []
    private var current = String.UnicodeScalarView()
    private var line = 0
    private var pendingSpace = false
    private var pendingBreak = false

    mutating func append(_ text: String, line: Int) {
        for s in text.unicodeScalars {
            if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" {
                if !current.isEmpty { pendingSpace = true }
                if s == "\n" || s == "\r" { pendingBreak = true }
                continue
            }
            if current.isEmpty { self.line = line }
            if pendingSpace {
                let bothWide = !(current.last?.isASCII ?? true) && !s.isASCII
                if !(pendingBreak && bothWide) { current.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            current.append(s)
        }
    }

    mutating func flush() {
        defer {
            current = String.UnicodeScalarView()
            pendingSpace = false
            pendingBreak = false
        }
        let text = String(current)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
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

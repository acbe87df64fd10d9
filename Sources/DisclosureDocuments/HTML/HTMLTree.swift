import Foundation

/// A parsed page kept flat: its elements and text runs in document order (each node's subtree is the nodes up to
/// its `end`), all text in one byte buffer, and what the readers ask of an element — its tag among the few they
/// tell apart, whether it is chrome, which article selectors it matches, its spans — settled once while parsing.
/// No object per node: the page reader walks indices.
struct HTMLTree {
    /// The tags the readers tell apart; every other element is `.other`.
    enum Tag: UInt8 {
        case text, other, body, title, table, tr, cell, rowGroup, script, heading, article
    }

    /// What a tag name means to the readers.
    struct Traits: OptionSet {
        let rawValue: UInt8
        /// Never report text (`HTMLPage.skipped`).
        static let skipped = Traits(rawValue: 1)
        /// A chrome element by its tag (`HTMLPage.chromeTags`).
        static let chromeTag = Traits(rawValue: 2)
        /// Ends a line of text (`HTMLPage.blocks`).
        static let block = Traits(rawValue: 4)
        /// Its white-space-only text children mean nothing (between rows, cells, list items).
        static let structural = Traits(rawValue: 8)
    }

    /// One element or text run.
    struct Node {
        var tag: Tag
        var traits: Traits = []
        /// The element is the site's chrome (`HTMLPage.isChrome`).
        var isChrome = false
        /// A class name of the element contains "title".
        var hasTitleClass = false
        /// Bit `i` set: the element matches `HTMLPage.articleSelectors[i]`.
        var selectors: UInt16 = 0
        /// The index after the node's subtree.
        var end: Int32 = 0
        /// The 1-based source line where the node starts.
        var line: Int32
        /// A text run's bytes in `HTMLTree.bytes`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// A cell's `rowspan` and `colspan` (at least 1).
        var rowSpan: Int32 = 1
        var columnSpan: Int32 = 1
    }

    /// The nodes in document order; node 0 is the root element.
    var nodes: [Node] = []
    /// Every text run's UTF-8 bytes, one after another.
    var bytes: [UInt8] = []

    /// The children of node `i`, first to last.
    func children(of i: Int) -> Children { Children(nodes: nodes, start: i + 1, end: Int(nodes[i].end)) }

    /// Iterates the children of a node by jumping over each child's subtree.
    struct Children: Sequence, IteratorProtocol {
        let nodes: [Node]
        var start: Int
        let end: Int

        mutating func next() -> Int? {
            guard start < end else { return nil }
            defer { start = Int(nodes[start].end) }
            return start
        }
    }

    /// The elements from node `root` (itself first) to the end of its subtree in document order, text runs left
    /// out; an element for which `prune` is true is not visited and its subtree is jumped over whole.
    func elements(from root: Int, pruning prune: @escaping (Node) -> Bool) -> Elements {
        Elements(nodes: nodes, start: root, end: Int(nodes[root].end), prune: prune)
    }

    /// Iterates the elements of a subtree in document order, jumping over pruned subtrees.
    struct Elements: Sequence, IteratorProtocol {
        let nodes: [Node]
        var start: Int
        let end: Int
        let prune: (Node) -> Bool

        mutating func next() -> Int? {
            while start < end {
                let node = nodes[start]
                if node.tag == .text {
                    start += 1
                } else if prune(node) {
                    start = Int(node.end)
                } else {
                    defer { start += 1 }
                    return start
                }
            }
            return nil
        }
    }

    /// Calls `body` with the bytes of text node `i`.
    func withText<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let node = nodes[i]
        return bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(node.textStart)..<Int(node.textEnd)]))
        }
    }

    /// True when text node `i` contains one of `needles` (UTF-8 bytes).
    func text(_ i: Int, containsAnyOf needles: [[UInt8]]) -> Bool {
        withText(i) { text in needles.contains { HTMLTree.contains(text, $0) } }
    }

    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { n in
            guard let needleBase = n.baseAddress else { return true }
            let first = n[0]
            let last = haystack.count - n.count
            var i = 0
            while i <= last {
                if base[i] == first, memcmp(base + i, needleBase, n.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }
}

/// The attributes the readers use, as the parser gives them (valid during one start-tag event).
struct HTMLAttributes {
    var classValue: UnsafeBufferPointer<UInt8>?
    var id: UnsafeBufferPointer<UInt8>?
    var rowSpan: UnsafeBufferPointer<UInt8>?
    var columnSpan: UnsafeBufferPointer<UInt8>?
}

/// Builds an `HTMLTree` from the parser's events (start tag, end tag, text, and the comments and processing
/// instructions that separate text runs), keeping what the tree builder of libxml2 kept: the first root element,
/// content nested at most `maxDepth` deep (the parse stops at a deeper element), no white-space-only text between
/// rows and cells.
final class HTMLTreeBuilder {
    /// The deepest element nesting kept; deeper content is dropped (no real page nests this deep, and it bounds
    /// every recursive walk over the tree).
    static let maxDepth = 256

    private(set) var tree = HTMLTree()
    /// The open elements kept, innermost last.
    private var open: [Int32] = []
    /// Open elements not kept (too deep, or after the root element was closed).
    private var dropped = 0
    private var rootClosed = false
    /// The text run being appended to, if any.
    private var openText: Int?
    private var names = ElementNames()
    private var lastClass: (value: [UInt8], chrome: Bool, title: Bool, selectors: UInt16)?

    init() {
        tree.nodes.reserveCapacity(2048)
        tree.bytes.reserveCapacity(32 << 10)
        open.reserveCapacity(64)
    }

    /// The tree, every element closed; an empty page is an empty `<html>` element.
    func finish() -> HTMLTree {
        closeText()
        while !open.isEmpty { endElement() }
        if tree.nodes.isEmpty {
            tree.nodes.append(HTMLTree.Node(tag: .other, traits: [.structural], end: 1, line: 1))
        }
        return tree
    }

    // MARK: Events

    /// Returns false when the page nests deeper than `maxDepth`: the parse stops there (as libxml2's tree builder
    /// stops it), which also bounds the parser's own work on a hostile page.
    func startElement(name: UnsafePointer<UInt8>?, attributes: HTMLAttributes, line: Int) -> Bool {
        closeText()
        guard dropped == 0, !rootClosed, open.count <= Self.maxDepth else {
            let tooDeep = dropped == 0 && !rootClosed
            dropped += 1
            return !tooDeep
        }
        let info = names.info(name)
        var node = HTMLTree.Node(tag: info.tag, traits: info.traits, line: Int32(clamping: line))
        if info.tag == .cell {
            node.rowSpan = Self.span(attributes.rowSpan)
            node.columnSpan = Self.span(attributes.columnSpan)
        }
        classify(&node, attributes, tag: info.tag)
        open.append(Int32(tree.nodes.count))
        tree.nodes.append(node)
        return true
    }

    func endElement() {
        closeText()
        if dropped > 0 {
            dropped -= 1
            return
        }
        guard let i = open.popLast() else { return }
        tree.nodes[Int(i)].end = Int32(tree.nodes.count)
        if open.isEmpty { rootClosed = true }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
        guard dropped == 0, !open.isEmpty, open.count <= Self.maxDepth, !text.isEmpty else { return }
        if openText == nil {
            openText = tree.nodes.count
            let start = Int32(tree.bytes.count)
            tree.nodes.append(
                HTMLTree.Node(tag: .text, end: Int32(tree.nodes.count + 1), line: Int32(clamping: line), textStart: start))
        }
        tree.bytes.append(contentsOf: text)
        if let t = openText { tree.nodes[t].textEnd = Int32(tree.bytes.count) }
    }

    /// A comment, processing instruction or CDATA boundary: the next text is a new run.
    func breakText() { closeText() }

    private func closeText() {
        guard let t = openText else { return }
        openText = nil
        // White space between rows and cells means nothing: dropped.
        guard let parent = open.last, tree.nodes[Int(parent)].traits.contains(.structural) else { return }
        let node = tree.nodes[t]
        let blank = tree.bytes[Int(node.textStart)..<Int(node.textEnd)].allSatisfy {
            $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D
        }
        if blank {
            tree.nodes.removeLast()
            tree.bytes.removeSubrange(Int(node.textStart)...)
        }
    }

    // MARK: Attributes

    /// A `rowspan` / `colspan` value: its leading digits (after spaces and tabs), at most six, at least 1.
    static func span(_ text: UnsafeBufferPointer<UInt8>?) -> Int32 {
        guard let text else { return 1 }
        var value: Int32 = 0
        var digits = 0
        for b in text {
            if b == 0x20 || b == 0x09, digits == 0 { continue }
            guard b >= 0x30, b <= 0x39, digits < 6 else { break }
            value = value * 10 + Int32(b - 0x30)
            digits += 1
        }
        return max(1, value)
    }

    /// Chrome, title class and article selectors from the element's tag, `class` and `id` (compared lower-cased).
    private func classify(_ node: inout HTMLTree.Node, _ attributes: HTMLAttributes, tag: HTMLTree.Tag) {
        var chrome = node.traits.contains(.chromeTag)
        var selectors: UInt16 = tag == .article ? Self.tagSelectors : 0
        if let value = attributes.classValue, !value.isEmpty {
            if let last = lastClass, last.value.elementsEqual(value) {
                chrome = chrome || last.chrome
                node.hasTitleClass = last.title
                selectors |= last.selectors
            } else {
                let lower = Self.lowercased(value)
                let classChrome = Self.containsChromeWord(lower)
                let title = lower.withUnsafeBufferPointer { HTMLTree.contains($0, Self.titleWord) }
                let classSelectors = Self.classSelectors(lower)
                lastClass = (Array(value), classChrome, title, classSelectors)
                chrome = chrome || classChrome
                node.hasTitleClass = title
                selectors |= classSelectors
            }
        }
        if let value = attributes.id, !value.isEmpty {
            let lower = Self.lowercased(value)
            chrome = chrome || Self.containsChromeWord(lower)
            for (bit, name) in Self.idSelectors where lower == name { selectors |= bit }
        }
        node.isChrome = chrome
        node.selectors = selectors
    }

    /// ASCII bytes lower-cased; text with other characters goes through `String.lowercased()` (as the readers
    /// always compared it).
    private static func lowercased(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if value.contains(where: { $0 >= 0x80 }) { return Array(String(decoding: value, as: UTF8.self).lowercased().utf8) }
        return value.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The class-name selectors a lower-cased `class` value matches: its names are split at spaces, tabs and line
    /// feeds taken as characters (a CR LF pair is one character, not a separator).
    private static func classSelectors(_ lower: [UInt8]) -> UInt16 {
        var bits: UInt16 = 0
        if lower.contains(where: { $0 >= 0x80 }) {
            let names = String(decoding: lower, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            for name in names {
                for (bit, selector) in classSelectorNames where name == selector { bits |= bit }
            }
            return bits
        }
        var start = 0
        for k in 0...lower.count {
            let separator = k < lower.count && (lower[k] == 0x20 || lower[k] == 0x09 || (lower[k] == 0x0A && (k == 0 || lower[k - 1] != 0x0D)))
            guard k == lower.count || separator else { continue }
            let word = lower[start..<k]
            for (bit, name) in classSelectors where word.elementsEqual(name) { bits |= bit }
            start = k + 1
        }
        return bits
    }

    private static func containsChromeWord(_ lower: [UInt8]) -> Bool {
        // A chrome word holds no separator, so it is in some class name exactly when it is in the whole value.
        lower.withUnsafeBufferPointer { value in chromeWords.contains { HTMLTree.contains(value, $0) } }
    }

    private static let chromeWords = HTMLPage.chromeWords.map { Array($0.utf8) }
    private static let titleWord = Array("title".utf8)
    private static let classSelectors: [(UInt16, [UInt8])] = HTMLPage.articleSelectors.enumerated().compactMap {
        if case .className(let c) = $0.element { (1 << $0.offset, Array(c.utf8)) } else { nil }
    }
    private static let classSelectorNames: [(UInt16, String)] = classSelectors.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    private static let idSelectors: [(UInt16, [UInt8])] = HTMLPage.articleSelectors.enumerated().compactMap {
        if case .id(let c) = $0.element { (1 << $0.offset, Array(c.utf8)) } else { nil }
    }
    private static let tagSelectors: UInt16 = HTMLPage.articleSelectors.enumerated().reduce(0) {
        if case .tag("article") = $1.element { $0 | (1 << $1.offset) } else { $0 }
    }

    /// Element names classified once per page: the parser keeps one copy of each name in its dictionary, so a name
    /// seen before is found by its pointer (a page has a few dozen distinct tags and thousands of elements).
    struct ElementNames {
        private var pointers: [UnsafePointer<UInt8>] = []
        private var infos: [(tag: HTMLTree.Tag, traits: Traits)] = []
        typealias Traits = HTMLTree.Traits

        mutating func info(_ pointer: UnsafePointer<UInt8>?) -> (tag: HTMLTree.Tag, traits: Traits) {
            guard let pointer else { return (.other, []) }
            if let i = pointers.firstIndex(of: pointer) { return infos[i] }
            let info = Self.info(Self.localName(String(cString: pointer)))
            if pointers.count < 64 {
                pointers.append(pointer)
                infos.append(info)
            }
            return info
        }

        /// The name without its namespace prefix, split as libxml2's tree builder splits it (Word's `<o:p>` is a
        /// `p`): after the first colon, unless the name starts or ends with it.
        static func localName(_ name: String) -> String {
            let bytes = Array(name.utf8)
            guard let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon + 1 < bytes.count else { return name }
            return String(decoding: bytes[(colon + 1)...], as: UTF8.self)
        }

        static func info(_ name: String) -> (tag: HTMLTree.Tag, traits: Traits) {
            var traits: Traits = []
            if HTMLPage.skipped.contains(name) { traits.insert(.skipped) }
            if HTMLPage.chromeTags.contains(name) { traits.insert(.chromeTag) }
            if HTMLPage.blocks.contains(name) { traits.insert(.block) }
            if HTMLPage.structuralElements.contains(name) { traits.insert(.structural) }
            let tag: HTMLTree.Tag =
                switch name {
                case "body": .body
                case "title": .title
                case "table": .table
                case "tr": .tr
                case "td", "th": .cell
                case "thead", "tbody", "tfoot": .rowGroup
                case "script": .script
                case "h1", "h2", "h3": .heading
                case "article": .article
                default: .other
                }
            return (tag, traits)
        }
    }
}

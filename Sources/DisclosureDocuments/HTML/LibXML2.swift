// Every libxml2 call of the package lives in this file.
// Ownership: the document returned by `htmlReadMemory` is owned by `parse` and freed with `xmlFreeDoc` exactly once
// (a `defer` right after the NULL check); every node, attribute and string pointer read from it is borrowed from that
// document and copied into Swift values before it is freed. Nothing else is allocated by libxml2 on our behalf.
// Options: HTML_PARSE_NONET (no network), HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING (no stderr), HTML_PARSE_RECOVER
// (real pages are not valid HTML), HTML_PARSE_IGNORE_ENC with the bytes already transcoded to UTF-8 (the page's own
// charset declaration must not re-decode them), HTML_PARSE_COMPACT (short texts stored in their nodes: fewer
// allocations; the tree is only read); no XML_PARSE_NOENT / DTD options, so no entity is loaded.
internal import CLibXML2
import Foundation

/// A parsed HTML element tree in plain Swift values: elements with their lower-cased name, the attributes the
/// readers use (`class`, `id`, `rowspan`, `colspan`) and source line, and text.
final class HTMLNode: Sendable {
    enum Kind: Sendable {
        case element(String)
        case text(String)
    }

    let kind: Kind
    let attributes: [String: String]
    let children: [HTMLNode]
    /// The 1-based line in the page's source where the node starts.
    let line: Int
    /// The `class` attribute's names, lower-cased.
    let classes: [String]
    /// The `id` attribute, lower-cased ("" when none).
    let id: String
    /// The element's name, nil for text.
    let name: String?


    init(kind: Kind, attributes: [String: String], children: [HTMLNode], line: Int) {
        self.kind = kind
        self.attributes = attributes
        self.children = children
        self.line = line
        if attributes.isEmpty {
            classes = []
            id = ""
        } else {
            classes = (attributes["class"]?.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) ?? [])
                .map(String.init)
            id = attributes["id"]?.lowercased() ?? ""
        }
        if case .element(let n) = kind { name = n } else { name = nil }
    }

    /// A `rowspan` / `colspan` value: its leading digits, at least 1.
    func span(_ attribute: String) -> Int {
        guard let text = attributes[attribute] else { return 1 }
        var value = 0
        var digits = 0
        for b in text.utf8 {
            if b == 0x20 || b == 0x09, digits == 0 { continue }
            guard b >= 0x30, b <= 0x39, digits < 6 else { break }
            value = value * 10 + Int(b - 0x30)
            digits += 1
        }
        return max(1, value)
    }
}

/// libxml2's HTML parser.
enum LibXML2 {
    /// The deepest element nesting copied out of libxml2; deeper content is dropped (no real page nests this deep,
    /// and it bounds every recursive walk over the tree).
    static let maxDepth = 256

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 HTML bytes (a page or a fragment) into the `<html>` element's tree.
    static func parse(utf8 bytes: [UInt8]) throws(PublishedReadError) -> HTMLNode {
        _ = initialised
        guard bytes.count < Int(Int32.max) else {
            throw PublishedReadError(.tooLarge, message: "网页超过 2 GiB — the page is larger than 2 GiB")
        }
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            } ?? htmlReadMemory("", 0, nil, "UTF-8", options)
        }
        guard let document else {
            let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "未知错误"
            throw PublishedReadError(
                .htmlParser, message: "libxml2 无法解析该网页 — libxml2 could not parse the page (\(trimmed(message)))")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return HTMLNode(kind: .element("html"), attributes: [:], children: [], line: 1)
        }
        var names = ElementNames()
        return copy(root, depth: 0, names: &names)
    }

    /// Element names made Swift strings once per page: the parser keeps one copy of each name in its dictionary,
    /// so a name seen before is found by its pointer (a page has a few dozen distinct tags and thousands of
    /// elements; making each name a `String` and hashing it was a fifth of copying the tree).
    struct ElementNames {
        // The pointers apart from the names: the search compares pointers only (no string retained per entry).
        private var pointers: [UnsafePointer<xmlChar>] = []
        private var names: [(name: String, structural: Bool)] = []

        mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> (name: String, structural: Bool) {
            guard let pointer else { return ("", false) }
            if let i = pointers.firstIndex(of: pointer) { return names[i] }
            let name = String(cString: pointer)
            let structural = structuralElements.contains(name)
            if pointers.count < 64 {
                pointers.append(pointer)
                names.append((name, structural))
            }
            return (name, structural)
        }
    }

    private static func trimmed(_ message: String) -> String {
        message.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func copy(_ node: xmlNodePtr, depth: Int, names: inout ElementNames) -> HTMLNode {
        let line = Int(xmlGetLineNo(node))
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text(string(node.pointee.content)), attributes: [:], children: [], line: line)
        default:
            break
        }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            // Only the attributes the readers use become Swift strings (Word-pasted cells carry long styles).
            guard let rawName = a.pointee.name, let kept = keptAttribute(rawName) else { continue }
            let name = kept
            var value = ""
            var child = a.pointee.children
            while let c = child {
                value += string(c.pointee.content)
                child = c.pointee.next
            }
            attributes[name] = value
        }
        var children: [HTMLNode] = []
        let (elementName, structural) = names.name(node.pointee.name)  // the HTML parser lower-cases element names
        if depth < maxDepth {
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE where structural && isBlank(c.pointee.content):
                    break  // the white space between table rows and cells
                case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    children.append(copy(c, depth: depth + 1, names: &names))
                default:
                    break
                }
                child = c.pointee.next
            }
        }
        return HTMLNode(kind: .element(elementName), attributes: attributes, children: children, line: line)
    }

    /// The attribute named `name` when it is one the readers use (`class`, `id`, `rowspan`, `colspan`), compared
    /// without case; nil for the others (inline styles above all are never read).
    /// Compared byte by byte: passing each Swift name to `xmlStrcasecmp` made a C string of it per attribute.
    private static func keptAttribute(_ name: UnsafePointer<xmlChar>) -> String? {
        func named(_ kept: StaticString) -> Bool {
            let bytes = kept.utf8Start
            for k in 0..<kept.utf8CodeUnitCount {
                var b = name[k]  // stops at the terminating NUL: it matches no letter
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                if b != bytes[k] { return false }
            }
            return name[kept.utf8CodeUnitCount] == 0
        }
        if named("class") { return "class" }
        if named("id") { return "id" }
        if named("rowspan") { return "rowspan" }
        if named("colspan") { return "colspan" }
        return nil
    }

    /// Elements whose white-space-only text children mean nothing (between rows, cells, list items).
    private static let structuralElements: Set<String> = [
        "html", "head", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "select",
    ]

    private static func isBlank(_ content: UnsafePointer<xmlChar>?) -> Bool {
        guard var p = content else { return true }
        while p.pointee != 0 {
            switch p.pointee {
            case 0x20, 0x09, 0x0A, 0x0D: p += 1
            default: return false
            }
        }
        return true
    }
}

/// One `<Relationship>` of a `.rels` part, its target resolved to a part name.
struct Relationship {
    var id: String
    /// The relationship type URI; compare its last path component (`worksheet`, `sharedStrings`), which is the
    /// same in transitional and strict OOXML.
    var type: String
    /// The part it points to, resolved; nil for external targets or targets outside the package.
    var part: String?

    /// The type's last path component, e.g. `worksheet`.
    var kind: Substring {
        // The last non-empty segment, without splitting the whole URI into an array each time it is asked.
        var end = type.endIndex
        while end > type.startIndex, type[type.index(before: end)] == "/" { end = type.index(before: end) }
        let body = type[..<end]
        guard let slash = body.lastIndex(of: "/") else { return body }
        return body[body.index(after: slash)...]
    }

    /// Reads a `.rels` part; `source` is the part the relationships belong to (`""` for the package).
    static func parse(_ scanner: XMLScanner, source: String) throws(XLSXReadError) -> [Relationship] {
        var result: [Relationship] = []
        while true {
            switch try scanner.next() {
            case .start where scanner.isNamed("Relationship"):
                let id = scanner.attributeString("Id") ?? ""
                let type = scanner.attributeString("Type") ?? ""
                let target = scanner.attributeString("Target") ?? ""
                let external = scanner.attributeString("TargetMode") == "External"
                result.append(Relationship(id: id, type: type, part: external ? nil : PartPath.resolve(target, from: source)))
            case .endOfDocument:
                return result
            default:
                continue
            }
        }
    }
}

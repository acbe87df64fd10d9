/// Zip part names and relationship targets (Open Packaging Conventions).
enum PartPath {
    /// The part a relationship `target` points to, from the part `source` whose relationships these are:
    /// `worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute;
    /// `..` steps up. Nil if it climbs above the package root.
    static func resolve(_ target: String, from source: String) -> String? {
        var segments: [Substring]
        if target.hasPrefix("/") {
            segments = []
        } else {
            segments = source.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }  // the source's own file name
        }
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationships(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }
}

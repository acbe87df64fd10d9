import Foundation

/// Reads the XML parts of any Open Packaging zip (a Word .docx, a PowerPoint …) with the same safety as the
/// workbook reader: libzip underneath, the declared and actual inflated sizes and the compression ratio checked
/// against `ReaderLimits` (zip bombs), and the streaming scanner's limits on nesting and token size; DTDs are refused.
///
/// ```swift
/// try PackagePartReader.withPackage(data: bytes) { package in
///     guard package.hasPart("word/document.xml") else { return }
///     try package.forEachEvent(inPart: "word/document.xml") { event in … }
/// }
/// ```
/// Knows nothing of what the parts mean.
public final class PackagePartReader {
    private let archive: ZipArchive
    private let limits: ReaderLimits

    private init(archive: ZipArchive, limits: ReaderLimits) {
        self.archive = archive
        self.limits = limits
    }

    /// Opens the package in `data` for the duration of `body`.
    public static func withPackage<T>(
        data: Data, limits: ReaderLimits = .default, _ body: (PackagePartReader) throws -> T
    ) throws -> T {
        try ZipArchive.withArchive(data: data) { archive in try body(PackagePartReader(archive: archive, limits: limits)) }
    }

    /// True when the package has a part of that name (matched exactly, else ignoring case).
    public func hasPart(_ name: String) -> Bool { archive.entry(named: name) != nil }

    /// Streams the XML events of part `name` to `body`, in document order. Throws `XLSXReadError` (`.missingPart`
    /// when there is no such part; zip, bomb and XML errors as the workbook reader does).
    public func forEachEvent(inPart name: String, _ body: (PackageXMLEvent) throws -> Void) throws {
        guard let entry = archive.entry(named: name) else {
            throw XLSXReadError(.missingPart, part: name, message: "缺少部件 \(name) — the package has no part \(name)")
        }
        let scanner = XMLScanner(source: try archive.open(entry, limits: limits), part: name, limits: limits)
        var names: [String] = []
        while true {
            switch try scanner.next() {
            case .start:
                let element = PackageXMLElement(
                    name: Self.local(scanner.name),
                    attributes: (0..<scanner.attributeCount).map { (Self.local(scanner.attributeName($0)), scanner.attributeString($0)) })
                names.append(element.name)
                try body(.start(element))
            case .end:
                try body(.end(names.popLast() ?? ""))
            case .text:
                try body(.text(scanner.text))
            case .endOfDocument:
                return
            }
        }
    }

    /// `w:tbl` → `tbl`.
    static func local(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

/// One event of a package part's XML.
public enum PackageXMLEvent: Hashable, Sendable {
    /// A start tag (an empty element `<x/>` gives `.start` then `.end`).
    case start(PackageXMLElement)
    /// An end tag, with the element's local name.
    case end(String)
    /// Character data, references decoded.
    case text(String)
}

/// A start tag: the element's local name (prefix dropped, as writers vary prefixes) and its attributes.
public struct PackageXMLElement: Hashable, Sendable {
    /// The local name (`tc` for `w:tc`).
    public var name: String
    /// The attributes in order, by local name, values decoded.
    public var attributes: [Attribute]

    /// One attribute.
    public struct Attribute: Hashable, Sendable {
        /// Local name (`val` for `w:val`).
        public var name: String
        /// Decoded value.
        public var value: String
    }

    init(name: String, attributes: [(String, String)]) {
        self.name = name
        self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
    }

    /// The value of the first attribute with local name `name`, if any.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// Why a workbook could not be read, and where: the zip part, and the line and byte offset inside it when the
/// failure is in its XML.
///
/// `description` is the message a user sees, in Chinese with an English gloss, e.g.
/// `xl/worksheets/sheet1.xml 第3行（字节 120）：拒绝 DTD（<!DOCTYPE>） — DTDs are refused`.
/// Match on `kind` in code; the text is for people.
public struct XLSXReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: Hashable, Sendable {
        /// libzip refused the archive or an entry: not a zip, truncated, inconsistent, CRC or inflate failure.
        case zip(ZipError)
        /// A part the workbook needs is absent (`xl/workbook.xml`, a sheet's part, a relationship target).
        case missingPart
        /// No sheet has the requested name.
        case noSuchSheet
        /// An entry's declared or actual size or compression ratio is beyond `ReaderLimits` (a zip bomb).
        case zipBomb
        /// The XML is not well-formed (unclosed or mismatched tags, bad attribute syntax, stray text).
        case malformedXML
        /// The bytes are not valid UTF-8, or contain a character XML forbids.
        case invalidUTF8
        /// A `<!DOCTYPE` or `<!ENTITY` declaration: refused outright, so no entity is ever expanded.
        case dtdRefused
        /// An entity or character reference other than the five predefined ones and valid `&#…;` forms.
        case invalidReference
        /// Nesting deeper than `ReaderLimits.maxNestingDepth`.
        case nestingTooDeep
        /// A tag or text run longer than `ReaderLimits.maxTagBytes` / `maxTextBytes`.
        case tokenTooLong
        /// A cell or range reference that is not A1 notation or lies beyond XFD1048576.
        case invalidCellReference
        /// A cell value that cannot be what its type says (a number that is not a number, a shared-string index
        /// out of range, a boolean other than 0/1).
        case invalidCellValue
        /// More cells than `ReaderLimits.maxCellsInMemory` for an in-memory read.
        case tooManyCells
        /// The file uses something this reader does not support (an XML encoding other than UTF-8).
        case unsupported
    }

    /// The category of failure.
    public var kind: Kind
    /// The zip entry concerned, e.g. `xl/worksheets/sheet1.xml`; nil for archive-level failures.
    public var part: String?
    /// The sheet concerned, by name, when the part is a worksheet.
    public var sheet: String?
    /// The 1-based line in the part, for XML failures.
    public var line: Int?
    /// The 0-based byte offset in the (inflated) part, for XML failures.
    public var offset: Int?
    /// The cell concerned, for cell-level failures.
    public var cell: CellReference?
    /// The explanation: Chinese, then ` — ` and English.
    public var message: String

    /// Creates an error.
    public init(
        _ kind: Kind, part: String? = nil, sheet: String? = nil, line: Int? = nil, offset: Int? = nil,
        cell: CellReference? = nil, message: String
    ) {
        self.kind = kind
        self.part = part
        self.sheet = sheet
        self.line = line
        self.offset = offset
        self.cell = cell
        self.message = message
    }

    /// `xl/worksheets/sheet1.xml（表三!C12）第N行（字节 M）：说明 — gloss`
    public var description: String {
        var location = part ?? "工作簿"
        if sheet != nil || cell != nil {
            location += "（\(sheet ?? "")\(sheet != nil && cell != nil ? "!" : "")\(cell.map { "\($0)" } ?? "")）"
        }
        if let line { location += " 第\(line)行" }
        if let offset { location += "（字节 \(offset)）" }
        return "\(location)：\(message)"
    }
}

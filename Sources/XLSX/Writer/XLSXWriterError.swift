/// An error from writing a workbook: what went wrong (`code`), where (`sheet`, `range`, `file`), and libxlsxwriter's
/// own text when the C library reported it.
///
/// Compare codes with the named members (`error.code == .sheetNameAlreadyUsed`), never by number: libxlsxwriter's
/// numbers shifted between releases, so members bound to libxlsxwriter are defined from its C symbols.
/// `description` is the user-facing message: Chinese, an English gloss, and the location (`表三!C12：…`).
public struct XLSXWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure: either a libxlsxwriter `lxw_error` or a check this layer makes before calling C.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Domain: Hashable, Sendable { case libxlsxwriter, writer }
        let domain: Domain
        let value: UInt32
        let name: String
        /// The C symbol a libxlsxwriter code is bound to, e.g. `LXW_ERROR_SHEETNAME_ALREADY_USED`; nil for the
        /// checks of this layer.
        public let symbol: String?

        init(domain: Domain, value: UInt32, name: String, symbol: String? = nil) {
            self.domain = domain
            self.value = value
            self.name = name
            self.symbol = symbol
        }

        /// The member's name, e.g. `sheetNameAlreadyUsed`.
        public var description: String { name }

        /// Equality ignores the debugging name.
        public static func == (lhs: Code, rhs: Code) -> Bool { lhs.domain == rhs.domain && lhs.value == rhs.value }
        /// Hashing ignores the debugging name.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(domain)
            hasher.combine(value)
        }

        // Checks made in Swift, before or instead of a C call.
        /// A sheet name is empty.
        public static let sheetNameEmpty = Code(domain: .writer, value: 1, name: "sheetNameEmpty")
        /// A merged range overlaps a range already merged on the sheet (libxlsxwriter does not check; Excel would
        /// refuse to open the file).
        public static let overlappingMerge = Code(domain: .writer, value: 2, name: "overlappingMerge")
        /// In constant-memory mode a row before the current one was written to (libxlsxwriter would drop it).
        public static let rowOrder = Code(domain: .writer, value: 3, name: "rowOrder")
        /// Text contains NUL or a character XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF).
        public static let invalidCharacter = Code(domain: .writer, value: 4, name: "invalidCharacter")
        /// A number cannot be stored exactly (an integer beyond ±2⁵³, or NaN).
        public static let numberNotRepresentable = Code(domain: .writer, value: 5, name: "numberNotRepresentable")
        /// The workbook was already closed (written or failed); it accepts nothing more.
        public static let workbookClosed = Code(domain: .writer, value: 6, name: "workbookClosed")
        /// libxlsxwriter returned NULL where an object was expected (out of memory or a temp file it could not create).
        public static let objectCreationFailed = Code(domain: .writer, value: 7, name: "objectCreationFailed")
        /// A file-system step of the atomic write failed: the folder is missing, or creating / renaming the file failed.
        public static let fileSystem = Code(domain: .writer, value: 8, name: "fileSystem")
        /// An argument is outside what the file format allows (a row past 1,048,576, a one-cell merge, …).
        public static let invalidArgument = Code(domain: .writer, value: 9, name: "invalidArgument")
        /// A format handle from another workbook was used.
        public static let foreignFormat = Code(domain: .writer, value: 10, name: "foreignFormat")
    }

    /// What went wrong.
    public var code: Code
    /// The message in Chinese with an English gloss, without the location.
    public var message: String
    /// The sheet concerned, when there is one.
    public var sheet: String?
    /// The cell or range concerned, when there is one.
    public var range: CellRange?
    /// The file concerned (the target path), when there is one.
    public var file: String?
    /// libxlsxwriter's own text for its error code (`lxw_strerror`), when the C library reported the error.
    public var libraryText: String?

    /// Creates an error; the workbook writer builds these, tests and callers may too.
    public init(code: Code, message: String, sheet: String? = nil, range: CellRange? = nil, file: String? = nil,
                libraryText: String? = nil) {
        self.code = code
        self.message = message
        self.sheet = sheet
        self.range = range
        self.file = file
        self.libraryText = libraryText
    }

    /// Where the error happened: `file: 表三!C12`, `表三`, or `file`.
    public var location: String {
        var place = ""
        if let sheet {
            place = sheet
            if let range { place += "!\(range)" }
        } else if let range {
            place = range.description
        }
        if let file { place = place.isEmpty ? file : "\(file): \(place)" }
        return place
    }

    /// `表三!C12：… — …（libxlsxwriter LXW_ERROR_…: …）`: an error the C library reported names its code by the C symbol.
    public var description: String {
        let place = location
        var text = place.isEmpty ? message : "\(place)：\(message)"
        if let libraryText {
            text += "（libxlsxwriter \(code.symbol ?? code.name): \(libraryText)）"
        }
        return text
    }
}

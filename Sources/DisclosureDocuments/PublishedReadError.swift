/// Why a published report (a web page, a Word document, a PDF, a text file) could not be read at all.
///
/// `description` is what a user sees: Chinese, then ` — ` and English. Match on `kind` in code.
public struct PublishedReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: Hashable, Sendable, Codable {
        /// The bytes are in none of the encodings a page may use (UTF-8, GB18030/GBK/GB2312), or the declared
        /// charset is one we cannot transcode.
        case encoding
        /// libxml2 refused the page.
        case htmlParser
        /// The saved page has no report tables because its body is loaded by script (a CMS shell).
        case scriptShell
        /// A binary Word (.doc) or WPS file, an OLE compound document: save it as .docx.
        case binaryWord
        /// The .docx package could not be opened or its XML read (zip damage, a zip bomb, malformed XML).
        case docx
        /// More bytes than a report can be.
        case tooLarge
        /// A PDF that needs a password to open.
        case pdfEncrypted
        /// A PDF Poppler cannot open or read (damaged, truncated, not a PDF after all).
        case pdfDamaged
        /// A PDF whose pages carry no text layer (a scan): it needs OCR before it can be read.
        case pdfScanned
    }

    /// The category of failure.
    public var kind: Kind
    /// The explanation: Chinese, then ` — ` and English.
    public var message: String
    /// The file, when known.
    public var file: String?

    /// Creates an error.
    public init(_ kind: Kind, message: String, file: String? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
    }

    /// `file：message`.
    public var description: String { file.map { "\($0)：\(message)" } ?? message }
}

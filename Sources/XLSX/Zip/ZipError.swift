internal import CZip

/// A failure reported by libzip while opening or reading an archive: its code and libzip's own text.
///
/// Codes are compared through the named members (`.notAZip`, `.inconsistent`, …), which are bound to libzip's C
/// symbols (`ZIP_ER_NOZIP`, `ZIP_ER_INCONS`, …), never by number.
public struct ZipError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A libzip error code (`ZIP_ER_*`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The C value; compare against the named members instead of numbers.
        public let rawValue: Int32

        /// Wraps a libzip error code.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// `ZIP_ER_NOZIP` — not a zip archive (also what a zip truncated before its central directory gives).
        public static let notAZip = Code(rawValue: ZIP_ER_NOZIP)
        /// `ZIP_ER_INCONS` — the archive is inconsistent (directory and entries disagree).
        public static let inconsistent = Code(rawValue: ZIP_ER_INCONS)
        /// `ZIP_ER_CRC` — an entry's CRC does not match its data.
        public static let crcMismatch = Code(rawValue: ZIP_ER_CRC)
        /// `ZIP_ER_ZLIB` — zlib failed while inflating.
        public static let zlib = Code(rawValue: ZIP_ER_ZLIB)
        /// `ZIP_ER_COMPRESSED_DATA` — the compressed data is invalid.
        public static let compressedData = Code(rawValue: ZIP_ER_COMPRESSED_DATA)
        /// `ZIP_ER_EOF` — premature end of file.
        public static let prematureEnd = Code(rawValue: ZIP_ER_EOF)
        /// `ZIP_ER_READ` — a read error from the operating system.
        public static let read = Code(rawValue: ZIP_ER_READ)
        /// `ZIP_ER_SEEK` — a seek error.
        public static let seek = Code(rawValue: ZIP_ER_SEEK)
        /// `ZIP_ER_OPEN` — the file could not be opened.
        public static let openFailed = Code(rawValue: ZIP_ER_OPEN)
        /// `ZIP_ER_NOENT` — no such file or entry.
        public static let noSuchEntry = Code(rawValue: ZIP_ER_NOENT)
        /// `ZIP_ER_MEMORY` — allocation failure.
        public static let memory = Code(rawValue: ZIP_ER_MEMORY)
        /// `ZIP_ER_MULTIDISK` — multi-disk archives are not supported.
        public static let multiDisk = Code(rawValue: ZIP_ER_MULTIDISK)
        /// `ZIP_ER_COMPNOTSUPP` — the compression method is not supported.
        public static let compressionNotSupported = Code(rawValue: ZIP_ER_COMPNOTSUPP)
        /// `ZIP_ER_ENCRNOTSUPP` — the encryption method is not supported.
        public static let encryptionNotSupported = Code(rawValue: ZIP_ER_ENCRNOTSUPP)
        /// `ZIP_ER_NOPASSWD` — the entry is encrypted and no password was given.
        public static let passwordRequired = Code(rawValue: ZIP_ER_NOPASSWD)
        /// `ZIP_ER_INVAL` — invalid argument.
        public static let invalidArgument = Code(rawValue: ZIP_ER_INVAL)
        /// `ZIP_ER_INTERNAL` — libzip internal error.
        public static let `internal` = Code(rawValue: ZIP_ER_INTERNAL)

        /// The C symbol's name where known (`ZIP_ER_NOZIP`), else the number.
        public var description: String {
            let names: [(Code, String)] = [
                (.notAZip, "ZIP_ER_NOZIP"), (.inconsistent, "ZIP_ER_INCONS"), (.crcMismatch, "ZIP_ER_CRC"),
                (.zlib, "ZIP_ER_ZLIB"), (.compressedData, "ZIP_ER_COMPRESSED_DATA"), (.prematureEnd, "ZIP_ER_EOF"),
                (.read, "ZIP_ER_READ"), (.seek, "ZIP_ER_SEEK"), (.openFailed, "ZIP_ER_OPEN"),
                (.noSuchEntry, "ZIP_ER_NOENT"), (.memory, "ZIP_ER_MEMORY"), (.multiDisk, "ZIP_ER_MULTIDISK"),
                (.compressionNotSupported, "ZIP_ER_COMPNOTSUPP"), (.encryptionNotSupported, "ZIP_ER_ENCRNOTSUPP"),
                (.passwordRequired, "ZIP_ER_NOPASSWD"), (.invalidArgument, "ZIP_ER_INVAL"), (.internal, "ZIP_ER_INTERNAL"),
            ]
            return names.first { $0.0 == self }?.1 ?? "ZIP_ER(\(rawValue))"
        }
    }

    /// What failed.
    public var code: Code
    /// libzip's own explanation (`zip_error_strerror`), e.g. `Not a zip archive`.
    public var message: String

    /// Creates an error from a code and libzip's text.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `ZIP_ER_NOZIP: Not a zip archive`
    public var description: String { "\(code): \(message)" }
}

import Foundation

/// How a workbook is written.
public struct WorkbookOptions: Hashable, Sendable {
    /// Stream rows to disk instead of holding the sheet in memory (libxlsxwriter's `constant_memory`).
    ///
    /// For huge sheets (hundreds of thousands of rows). The price: cells must be written row by row, top to bottom
    /// (any order within a row); writing to an earlier row throws `XLSXWriterError.Code.rowOrder` instead of
    /// being silently dropped as libxlsxwriter would. Strings are stored inline, not shared.
    public var constantMemory: Bool
    /// Where libxlsxwriter keeps its temporary files; nil: the system's temporary directory.
    public var temporaryDirectory: URL?
    /// Allow ZIP64 for files over 4 GB.
    public var usesZip64: Bool

    /// Creates options; by default everything is held in memory.
    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil, usesZip64: Bool = false) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.usesZip64 = usesZip64
    }
}

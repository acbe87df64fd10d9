import Foundation

/// Writes one .xlsx file through libxlsxwriter: add sheets and formats, write cells, then `close()`.
///
/// The file appears atomically: everything is written to `.name.xlsx.tmp-XXXXXX` in the target's folder and renamed
/// over the target by `close()`. If anything fails — or the writer is dropped without `close()` — no partial file is
/// left and an existing file of that name is untouched. `close()` runs once; afterwards every call throws
/// `XLSXWriterError.Code.workbookClosed`.
///
/// Not thread-safe: use a workbook (and its sheets) from one task at a time.
public final class WorkbookWriter {
    /// The file this workbook becomes on `close()`.
    public let url: URL
    /// The options it was created with.
    public let options: WorkbookOptions
    let storage: WorkbookStorage

    /// Starts a workbook that `close()` will write to `url`.
    ///
    /// Throws `XLSXWriterError.Code.fileSystem` at once when the folder does not exist or is not writable,
    /// leaving nothing behind.
    public init(url: URL, options: WorkbookOptions = WorkbookOptions()) throws {
        self.url = url
        self.options = options
        storage = try WorkbookStorage(target: url, options: options)
    }

    /// True once `close()` has run (successfully or not).
    public var isClosed: Bool { storage.book == nil }

    /// Adds a worksheet after the existing ones.
    ///
    /// The name is checked here, before libxlsxwriter sees it: not empty, at most 31 characters (UTF-16 units, as
    /// Excel counts), none of `[ ] : * ? / \`, not beginning or ending with `'`, and not already used in this
    /// workbook (compared case-insensitively, as Excel does).
    public func addWorksheet(named name: String) throws -> WorksheetWriter {
        guard !isClosed else { throw storage.closedError(sheet: name) }
        try Self.validateSheetName(name, existing: storage.sheetNames)
        guard let handle = storage.addWorksheet(named: name) else {
            throw XLSXWriterError(code: .objectCreationFailed,
                                  message: "无法添加工作表（内存不足或无法创建临时文件） — libxlsxwriter could not add the worksheet",
                                  sheet: name, file: url.path)
        }
        storage.sheetNames.insert(name.lowercased())
        return WorksheetWriter(name: name, index: storage.sheetNames.count - 1, handle: handle, storage: storage)
    }

    /// Registers a format and returns its handle; an identical format registered before returns the same handle.
    ///
    /// Throws when the font name or number format is longer than libxlsxwriter keeps (127 bytes of UTF-8) or holds
    /// a character XML cannot carry, or when libxlsxwriter returns NULL.
    public func addFormat(_ format: CellFormat) throws -> FormatHandle {
        guard !isClosed else { throw storage.closedError() }
        if let cached = storage.formatCache[format] { return cached }
        for (label, text) in [("字体 — font name", format.fontName), ("数字格式 — number format", format.numberFormat)] {
            guard let text else { continue }
            if text.utf8.count > 127 || CellText.firstInvalidCharacter(in: text) != nil {
                throw XLSXWriterError(code: .invalidArgument,
                                      message: "\(label)过长或含非法字符：\(text) — too long or holds an invalid character",
                                      file: url.path)
            }
        }
        guard let handle = storage.addFormat(format) else {
            throw XLSXWriterError(code: .objectCreationFailed,
                                  message: "无法添加单元格格式 — libxlsxwriter could not add the format", file: url.path)
        }
        storage.formatCache[format] = handle
        return handle
    }

    /// Sets the document properties (title, author, company, …).
    public func setProperties(_ properties: DocumentProperties) throws {
        guard !isClosed else { throw storage.closedError() }
        let result = storage.setProperties(properties)
        if result.failed {
            throw XLSXWriterError(code: result.code, message: "无法设置文档属性 — setting the document properties failed",
                                  file: url.path, libraryText: result.code.libraryText)
        }
    }

    /// Defines a workbook-wide name: `defineName("合计", refersTo: "='表二'!$B$20")`.
    ///
    /// For a name local to one sheet, prefix it with the sheet: `"表二!合计"`.
    public func defineName(_ name: String, refersTo formula: String) throws {
        guard !isClosed else { throw storage.closedError() }
        let result = storage.defineName(name, formula: formula)
        if result.failed {
            throw XLSXWriterError(code: result.code,
                                  message: "无法定义名称 \(name) = \(formula) — defining the name failed",
                                  file: url.path, libraryText: result.code.libraryText)
        }
    }

    /// Writes the file: to the temporary name first, then renamed over `url`.
    ///
    /// Runs once. On failure the temporary file is removed, an existing file at `url` is untouched, and the
    /// workbook is closed all the same (libxlsxwriter frees it either way).
    public func close() throws {
        try storage.close()
    }
}

@available(*, unavailable, message: "a workbook is used from one task at a time")
extension WorkbookWriter: Sendable {}

internal import CXlsxWriter
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of one libxlsxwriter call, without exposing `lxw_error` outside the LibXlsxWriter files.
struct LibraryResult {
    let raw: UInt32

    init(_ error: lxw_error) { raw = error.rawValue }

    /// True unless the call returned `LXW_NO_ERROR`.
    @inline(__always) var failed: Bool { raw != LXW_NO_ERROR.rawValue }

    /// The error code, bound to its C symbol.
    var code: XLSXWriterError.Code { XLSXWriterError.Code(returned: lxw_error(rawValue: raw)) }
}

/// Owns one libxlsxwriter workbook and its temporary file; shared by the workbook writer and its sheets so the
/// C workbook lives as long as any of them.
///
/// Ownership: the C workbook is released exactly once — by `close()` (`workbook_close` writes and frees) or, when
/// the workbook is abandoned, by `deinit` through `lxw_workbook_free`, which writes nothing. The reserved temporary
/// file is removed on every path except a successful rename.
final class WorkbookStorage {
    private(set) var book: UnsafeMutablePointer<lxw_workbook>?
    private var worksheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// Registered formats; index 0 is "no format" (NULL).
    private(set) var formats: [UnsafeMutablePointer<lxw_format>?] = [nil]
    /// Width factor of each registered format for autofit (0: not measured).
    private(set) var formatScales: [Double] = [1]
    var formatCache: [CellFormat: FormatHandle] = [:]
    /// Sheet names in use, lower-cased (Excel compares them case-insensitively).
    var sheetNames: Set<String> = []
    var activeSheet: Int = 0
    let target: URL
    let temporary: URL
    let constantMemory: Bool
    private var temporaryExists = true
    private var tmpdir: UnsafeMutablePointer<CChar>?

    init(target: URL, options: WorkbookOptions) throws {
        self.target = target
        constantMemory = options.constantMemory
        temporary = try Self.reserveTemporaryFile(for: target)
        if let dir = options.temporaryDirectory {
            tmpdir = strdup(dir.path)
        }
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? UInt8(LXW_TRUE.rawValue) : 0
        cOptions.use_zip64 = options.usesZip64 ? UInt8(LXW_TRUE.rawValue) : 0
        cOptions.tmpdir = tmpdir
        book = temporary.path.withCString { workbook_new_opt($0, &cOptions) }
        if book == nil {
            unlink(temporary.path)
            temporaryExists = false
            throw XLSXWriterError(code: .objectCreationFailed,
                                  message: "无法创建工作簿 — libxlsxwriter could not create the workbook (out of memory?)",
                                  file: target.path)
        }
    }

    deinit {
        discard()
        free(tmpdir)
    }

    /// Frees the C workbook without writing, and removes the temporary file.
    func discard() {
        if let book {
            // lxw_workbook_free does not close the streaming temp files of constant-memory sheets.
            for sheet in worksheets {
                if let file = sheet.pointee.optimize_tmpfile {
                    fclose(file)
                    sheet.pointee.optimize_tmpfile = nil
                }
            }
            lxw_workbook_free(book)
            self.book = nil
        }
        removeTemporary()
    }

    private func removeTemporary() {
        if temporaryExists {
            unlink(temporary.path)
            temporaryExists = false
        }
    }

    /// Creates `.name.xlsx.tmp-XXXXXX` next to the target with O_EXCL, so the name is ours and the folder is
    /// known to exist and be writable before any work is done.
    private static func reserveTemporaryFile(for target: URL) throws -> URL {
        let folder = target.deletingLastPathComponent()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var lastError: Int32 = 0
        for _ in 0..<16 {
            let suffix = String(decoding: (0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] }, as: UTF8.self)
            let candidate = folder.appendingPathComponent(".\(target.lastPathComponent).tmp-\(suffix)")
            let fd = open(candidate.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
            if fd >= 0 {
                closeDescriptor(fd)
                return candidate
            }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw XLSXWriterError(code: .fileSystem,
                              message: "无法在目标目录创建临时文件（\(String(cString: strerror(lastError)))）"
                                  + " — cannot create a temporary file in the target folder",
                              file: target.path)
    }

    /// Writes the workbook to the temporary file, then renames it over the target. Runs once; afterwards the
    /// storage is closed whether or not it succeeded.
    func close() throws {
        guard let book else { throw closedError() }
        self.book = nil
        worksheets = []
        let result = LibraryResult(workbook_close(book))
        if result.failed {
            removeTemporary()
            throw XLSXWriterError(code: result.code,
                                  message: "写入工作簿失败，原文件未改动 — writing the workbook failed; any existing file is untouched",
                                  file: target.path, libraryText: result.code.libraryText)
        }
        let fd = open(temporary.path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            closeDescriptor(fd)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            removeTemporary()
            throw XLSXWriterError(code: .fileSystem,
                                  message: "无法将临时文件改名为目标文件（\(reason)），原文件未改动"
                                      + " — renaming the temporary file over the target failed; any existing file is untouched",
                                  file: target.path)
        }
        temporaryExists = false
    }

    func closedError(sheet: String? = nil, range: CellRange? = nil) -> XLSXWriterError {
        XLSXWriterError(code: .workbookClosed, message: "工作簿已关闭 — the workbook is already closed",
                        sheet: sheet, range: range, file: target.path)
    }

    // MARK: Objects

    func addWorksheet(named name: String) -> SheetHandle? {
        guard let book else { return nil }
        guard let sheet = name.withCString({ workbook_add_worksheet(book, $0) }) else { return nil }
        worksheets.append(sheet)
        return SheetHandle(pointer: sheet)
    }

    /// Registers a format with libxlsxwriter; nil when the C library returns NULL.
    func addFormat(_ format: CellFormat) -> FormatHandle? {
        guard let book, let pointer = workbook_add_format(book) else { return nil }
        Self.apply(format, to: pointer)
        formats.append(pointer)
        formatScales.append(format.widthScale)
        return FormatHandle(book: ObjectIdentifier(self), index: formats.count - 1)
    }

    func setProperties(_ properties: DocumentProperties) -> LibraryResult {
        guard let book else { return LibraryResult(LXW_ERROR_NULL_PARAMETER_IGNORED) }
        let fields = [properties.title, properties.subject, properties.author, properties.manager, properties.company,
                      properties.category, properties.keywords, properties.comments, properties.status]
        let copies = fields.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        var cProperties = lxw_doc_properties()
        cProperties.title = copies[0]
        cProperties.subject = copies[1]
        cProperties.author = copies[2]
        cProperties.manager = copies[3]
        cProperties.company = copies[4]
        cProperties.category = copies[5]
        cProperties.keywords = copies[6]
        cProperties.comments = copies[7]
        cProperties.status = copies[8]
        return LibraryResult(workbook_set_properties(book, &cProperties))
    }

    func defineName(_ name: String, formula: String) -> LibraryResult {
        guard let book else { return LibraryResult(LXW_ERROR_NULL_PARAMETER_IGNORED) }
        return LibraryResult(workbook_define_name(book, name, formula))
    }

    /// The format pointer for a handle index (NULL for index 0).
    @inline(__always) func formatPointer(_ index: Int) -> UnsafeMutablePointer<lxw_format>? { formats[index] }
}

/// `close(2)` under a name the workbook's own `close()` does not shadow.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

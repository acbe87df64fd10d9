// Every libzip call of the package lives in this file. Ownership: an archive is discarded (`zip_discard`) exactly
// once, in `deinit`, whatever path led there; every opened entry is closed (`zip_fclose`) exactly once, likewise.
// The archive is only ever read, so there is nothing for `zip_close` to write.
internal import CZip
import Foundation

/// A zip archive opened read-only.
final class ZipArchive {
    /// What the central directory declares about one entry.
    struct Entry {
        var index: UInt64
        var name: String
        var size: UInt64
        var compressedSize: UInt64
    }

    private let handle: OpaquePointer

    /// Opens the archive at `path`.
    init(path: String) throws(XLSXReadError) {
        var code: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw XLSXReadError.zipOpen(Self.zipError(&error), file: path)
        }
        self.handle = handle
    }

    /// Opens an archive over `bytes`, which must stay valid as long as the archive lives (see `withArchive`).
    private init(bytes: UnsafeRawBufferPointer) throws(XLSXReadError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(bytes.baseAddress, UInt64(bytes.count), 0, &error) else {
            throw XLSXReadError.zipOpen(Self.zipError(&error))
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)  // not taken over by a failed open
            throw XLSXReadError.zipOpen(Self.zipError(&error))
        }
        self.handle = handle
    }

    /// Opens an archive over in-memory bytes for the duration of `body`.
    static func withArchive<T>(data: Data, _ body: (ZipArchive) throws -> T) throws -> T {
        try data.withUnsafeBytes { raw in try body(try ZipArchive(bytes: raw)) }
    }

    deinit { zip_discard(handle) }

    /// The entry called `name`, matched exactly, else ignoring case (some writers vary the case); nil if absent.
    func entry(named name: String) -> Entry? {
        var index = zip_name_locate(handle, name, 0)
        if index < 0 { index = zip_name_locate(handle, name, ZIP_FL_NOCASE) }
        guard index >= 0 else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(handle, UInt64(index), 0, &stat) == 0 else { return nil }
        let size = stat.valid & UInt64(ZIP_STAT_SIZE) != 0 ? stat.size : 0
        let compressed = stat.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0
        return Entry(index: UInt64(index), name: name, size: size, compressedSize: compressed)
    }

    /// Opens an entry for sequential reading, checking its declared sizes against `limits` first.
    func open(_ entry: Entry, limits: ReaderLimits) throws(XLSXReadError) -> ZipEntryStream {
        try ZipEntryStream.checkDeclared(entry, limits: limits)
        guard let file = zip_fopen_index(handle, entry.index, 0) else {
            throw XLSXReadError(.zip(Self.zipError(zip_get_error(handle))), part: entry.name,
                                message: "无法打开压缩包中的部件 — cannot open the zip entry")
        }
        return ZipEntryStream(archive: self, file: file, entry: entry, limits: limits)
    }

    static func zipError(_ error: UnsafeMutablePointer<zip_error_t>) -> ZipError {
        ZipError(code: .init(rawValue: zip_error_code_zip(error)), message: String(cString: zip_error_strerror(error)))
    }
}

/// One entry being inflated, read in chunks through `zip_fread`, counting the bytes actually produced so a lying
/// header cannot smuggle a zip bomb past the declared-size check.
final class ZipEntryStream: XMLByteSource {
    private let archive: ZipArchive  // keeps the archive open while the entry is read
    private let file: OpaquePointer
    private let entry: ZipArchive.Entry
    private let limits: ReaderLimits
    private var produced = 0

    fileprivate init(archive: ZipArchive, file: OpaquePointer, entry: ZipArchive.Entry, limits: ReaderLimits) {
        self.archive = archive
        self.file = file
        self.entry = entry
        self.limits = limits
    }

    deinit { zip_fclose(file) }

    var partName: String { entry.name }

    static func checkDeclared(_ entry: ZipArchive.Entry, limits: ReaderLimits) throws(XLSXReadError) {
        if entry.size > UInt64(limits.maxEntryBytes) {
            throw .bomb(entry.name, "声明的解压大小 \(entry.size) 字节超过上限 \(limits.maxEntryBytes) — declared size over the limit")
        }
        if entry.size > UInt64(limits.compressionRatioFloor),
           entry.size / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio) {
            throw .bomb(entry.name, "声明的压缩比 \(entry.size / max(entry.compressedSize, 1)):1 超过上限 \(limits.maxCompressionRatio):1 — compression ratio over the limit")
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XLSXReadError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = zip_fread(file, base, UInt64(buffer.count))
        if n < 0 {
            throw XLSXReadError(.zip(ZipArchive.zipError(zip_file_get_error(file))), part: entry.name,
                                message: "解压失败（文件损坏或被截断） — inflating failed (corrupt or truncated)")
        }
        produced += Int(n)
        if produced > limits.maxEntryBytes || UInt64(produced) > entry.size {
            throw .bomb(entry.name, "实际解压超过 \(min(UInt64(limits.maxEntryBytes), entry.size)) 字节 — inflated more than declared or allowed")
        }
        if produced > limits.compressionRatioFloor,
           UInt64(produced) / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio) {
            throw .bomb(entry.name, "实际压缩比超过 \(limits.maxCompressionRatio):1 — actual compression ratio over the limit")
        }
        return Int(n)
    }
}

extension XLSXReadError {
    fileprivate static func zipOpen(_ error: ZipError, file: String? = nil) -> XLSXReadError {
        let what = switch error.code {
        case .notAZip: "不是 zip/xlsx 文件，或文件被截断 — not a zip (.xlsx) file, or truncated"
        case .noSuchEntry: "文件不存在 — no such file"
        default: "无法打开 zip 压缩包 — cannot open the zip archive"
        }
        return XLSXReadError(.zip(error), message: "\(file.map { "\($0)：" } ?? "")\(what)（\(error.message)）")
    }

    fileprivate static func bomb(_ part: String, _ message: String) -> XLSXReadError {
        XLSXReadError(.zipBomb, part: part, message: "疑似压缩炸弹：\(message)")
    }
}

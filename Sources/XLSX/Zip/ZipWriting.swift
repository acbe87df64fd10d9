// Every libzip *writing* call of the package lives in this file (reading is in ZipArchive.swift).
//
// Ownership, stated per pointer:
// - `archive` (zip_t *), from zip_open: owned here until `zip_close` succeeds (which writes and frees it); on every
//   other path it is released by `zip_discard`, exactly once (the `defer` below checks `closed`).
// - each entry's bytes: copied into a `malloc`ed buffer handed to `zip_source_buffer` with `freep = 1`, so the
//   source owns them from then on and frees them when the source is freed.
// - each `zip_source_t *`: owned here until `zip_file_add` succeeds, which takes it over (the archive frees it); if
//   `zip_file_add` fails, it is freed here with `zip_source_free`.
// - the temporary file: reserved with O_EXCL next to the target, removed on every path except a successful rename.
internal import CZip
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip package (a .docx, an .odt, any OOXML container) atomically: every entry goes to a temporary file
/// in the target's folder, which is flushed to disk (`fsync`) and renamed over the target, so a failure never
/// leaves half a file and never clobbers an existing one.
///
/// Entries are deflated, in the order given (OOXML readers want `[Content_Types].xml` first by convention); a
/// name given twice is an error (libzip's `ZIP_ER_EXISTS`), not a silent overwrite.
public enum ZipPackageWriter {
    /// One file of the package.
    public struct Entry: Sendable {
        /// The path inside the package (`word/document.xml`).
        public var name: String
        /// The bytes.
        public var data: Data

        /// Creates an entry.
        public init(_ name: String, _ data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// Writes `entries` to `url`.
    ///
    /// - Throws: `ZipWriteError` with libzip's own text (`zip_error_strerror`) when libzip fails, or with the
    ///   operating system's when creating, syncing or renaming the file fails.
    public static func write(_ entries: [Entry], to url: URL) throws(ZipWriteError) {
        let temporary = try reserveTemporaryFile(for: url)
        var renamed = false
        defer { if !renamed { unlink(temporary.path) } }

        var code: Int32 = 0
        guard let archive = zip_open(temporary.path, ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw ZipWriteError(zip: zipError(&error), message: "无法创建压缩包 — cannot create the zip package", file: url.path)
        }
        var closed = false
        defer { if !closed { zip_discard(archive) } }

        for entry in entries {
            let count = entry.data.count
            guard let bytes = malloc(max(count, 1)) else {
                throw ZipWriteError(zip: nil, message: "内存不足 — out of memory", file: url.path, entry: entry.name)
            }
            entry.data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(bytes, base, count) }
            }
            guard let source = zip_source_buffer(archive, bytes, UInt64(count), 1) else {
                free(bytes)  // not taken over by a failed zip_source_buffer
                throw archiveError(archive, "无法创建压缩数据源 — cannot create the entry's source", url, entry.name)
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            if index < 0 {
                zip_source_free(source)  // not taken over by a failed zip_file_add
                throw archiveError(archive, "无法加入压缩包 — cannot add the entry", url, entry.name)
            }
            if zip_set_file_compression(archive, UInt64(index), ZIP_CM_DEFLATE, 6) != 0 {
                throw archiveError(archive, "无法设置压缩方式 — cannot set the entry's compression", url, entry.name)
            }
        }
        if zip_close(archive) != 0 {
            throw archiveError(archive, "写入压缩包失败，原文件未改动 — writing the zip failed; any existing file is untouched", url, nil)
        }
        closed = true

        let fd = open(temporary.path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            let synced = fsync(fd)
            let reason = synced == 0 ? "" : String(cString: strerror(errno))
            _ = close(fd)
            if synced != 0 {
                throw ZipWriteError(zip: nil, message: "无法写入磁盘（\(reason)） — fsync failed", file: url.path)
            }
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            throw ZipWriteError(
                zip: nil,
                message: "无法将临时文件改名为目标文件（\(reason)），原文件未改动 — renaming the temporary file failed; any existing file is untouched",
                file: url.path)
        }
        renamed = true
    }

    private static func archiveError(_ archive: OpaquePointer, _ message: String, _ url: URL, _ entry: String?) -> ZipWriteError {
        ZipWriteError(zip: zipError(zip_get_error(archive)), message: message, file: url.path, entry: entry)
    }

    private static func zipError(_ error: UnsafeMutablePointer<zip_error_t>) -> ZipError {
        ZipError(code: .init(rawValue: zip_error_code_zip(error)), message: String(cString: zip_error_strerror(error)))
    }

    /// Creates `.name.tmp-XXXXXX` next to the target with O_EXCL, so the name is ours and the folder is known to
    /// exist and be writable before any work is done.
    private static func reserveTemporaryFile(for target: URL) throws(ZipWriteError) -> URL {
        let folder = target.deletingLastPathComponent()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var lastError: Int32 = 0
        for _ in 0..<16 {
            let suffix = String(decoding: (0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] }, as: UTF8.self)
            let candidate = folder.appendingPathComponent(".\(target.lastPathComponent).tmp-\(suffix)")
            let fd = open(candidate.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
            if fd >= 0 {
                _ = close(fd)
                return candidate
            }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw ZipWriteError(
            zip: nil,
            message: "无法在目标目录创建临时文件（\(String(cString: strerror(lastError)))） — cannot create a temporary file in the target folder",
            file: target.path)
    }
}

/// A failure while writing a zip package: the message in Chinese with an English gloss, the file and entry, and
/// libzip's own error (`zip_error_strerror`) when libzip reported it.
public struct ZipWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// libzip's error, nil when the failure was the operating system's (temporary file, fsync, rename).
    public var zip: ZipError?
    /// What failed, Chinese with an English gloss.
    public var message: String
    /// The target file.
    public var file: String
    /// The entry being added, when the failure concerns one.
    public var entry: String?

    /// Creates an error.
    public init(zip: ZipError?, message: String, file: String, entry: String? = nil) {
        self.zip = zip
        self.message = message
        self.file = file
        self.entry = entry
    }

    /// `out.docx（word/document.xml）：… （libzip: ZIP_ER_…: …）`
    public var description: String {
        var text = file + (entry.map { "（\($0)）" } ?? "") + "：" + message
        if let zip { text += "（libzip: \(zip)）" }
        return text
    }
}

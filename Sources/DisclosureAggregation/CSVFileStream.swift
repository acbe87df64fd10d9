import DisclosureText
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read as an `InputStream` of UTF-8 in 64 KiB chunks, for CSV.swift's streaming reader — whichever encoding a
/// clerk's spreadsheet saved it in.
///
/// - The first chunk decides the encoding, as `TextEncoding.decodeText` does for a whole file: a UTF-8 byte-order
///   mark or valid UTF-8 is passed through (CSV.swift decodes it and drops the mark); anything else is GBK — what
///   Excel on a Chinese Windows saves as “CSV (逗号分隔)” — and is transcoded as GB18030, chunk by chunk
///   (`TextTranscoder`), so memory stays flat. A file that starts with a UTF-16 or UTF-32 mark (Excel's
///   “Unicode 文本”) is refused: `open()` fails with `Refusal.wideEncoding`.
/// - Why not `InputStream(url:)`: on Linux its `hasBytesAvailable` stays true at the end of the file until a read
///   returns 0, and CSV.swift takes that empty read for an I/O error (`cannotReadFile`). Here `hasBytesAvailable`
///   reads ahead, so it is exact; after a failure it stays true, so that the next `read` reports the error (-1 and
///   `streamError`) instead of CSV.swift taking it for the end of the file.
///
/// Ownership: the descriptor is opened by `open()` and closed by `close()` or `deinit`.
final class CSVFileStream: InputStream {
    /// Why a file is not read at all.
    enum Refusal: Error, Equatable {
        /// The file starts with the byte-order mark of this encoding (`UTF-16LE` …).
        case wideEncoding(String)
    }

    private let path: String
    private var descriptor: Int32 = -1
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?
    /// Bytes as read from the file.
    private let raw = UnsafeMutablePointer<UInt8>.allocate(capacity: CSVFileStream.chunk)
    /// GB18030 → UTF-8 when the first chunk was not UTF-8; nil passes the file's bytes through.
    private var transcoder: TextTranscoder?
    /// UTF-8 not yet handed out, from `output[position...]`.
    private var output: [UInt8] = []
    private var position = 0
    private var atEndOfFile = false

    private static let chunk = 1 << 16

    init(path: String) {
        self.path = path
        super.init(data: Data())
    }

    deinit {
        close()
        raw.deallocate()
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }

    override func open() {
        guard status == .notOpen else { return }
        descriptor = openForReading(path)
        guard descriptor >= 0 else { return failWithErrno() }
        // The first chunk, read whole (a short read is not the end of the file), decides the encoding.
        var count = 0
        while count < Self.chunk {
            let n = readAll(raw + count, Self.chunk - count)
            if n < 0 { return failWithErrno() }
            if n == 0 { atEndOfFile = true; break }
            count += n
        }
        let head = UnsafeBufferPointer(start: raw, count: count)
        if let wide = Self.wideEncoding(head) { return fail(Refusal.wideEncoding(wide)) }
        let utf8 = head.starts(with: [0xEF, 0xBB, 0xBF]) || Self.isUTF8(head, complete: atEndOfFile)
        if !utf8 {
            do {
                transcoder = try TextTranscoder(from: .gb18030)
            } catch {
                return fail(error)
            }
        }
        status = .open
        take(head)
    }

    override func close() {
        if descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
        if status != .error { status = .closed }
    }

    override var hasBytesAvailable: Bool {
        if position < output.count || status == .error { return true }
        return refill()
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if position >= output.count, !refill() { return status == .error ? -1 : 0 }
        let n = min(maxLength, output.count - position)
        output.withUnsafeBufferPointer { out.update(from: $0.baseAddress! + position, count: n) }
        position += n
        return n
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>) -> Bool {
        false
    }

    private func fail(_ error: any Error) {
        failure = error
        status = .error
    }

    /// Fails with the C library's `errno` of the call just made.
    private func failWithErrno() { fail(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }

    /// Makes `chunk` (file bytes) the output: as they are, or transcoded; the end of the file flushes the transcoder.
    private func take(_ chunk: UnsafeBufferPointer<UInt8>) {
        output.removeAll(keepingCapacity: true)
        position = 0
        guard let transcoder else {
            output.append(contentsOf: chunk)
            return
        }
        do {
            try transcoder.convert(chunk, final: atEndOfFile, into: &output)
        } catch {
            fail(error)
        }
    }

    /// Reads and decodes file chunks until there is output; false at the end of the file or on a failure.
    private func refill() -> Bool {
        while status == .open {
            if atEndOfFile { status = .atEnd; return false }
            let n = readAll(raw, Self.chunk)
            if n < 0 { failWithErrno(); return false }
            if n == 0 { atEndOfFile = true }
            take(UnsafeBufferPointer(start: raw, count: n))
            if status == .open, position < output.count { return true }
        }
        return false
    }

    /// `read(2)`, again after an interruption.
    private func readAll(_ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        while true {
            let n = readDescriptor(descriptor, buffer, count)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// The wide Unicode encoding whose byte-order mark starts `head` (`UTF-16LE`, `UTF-16BE`, `UTF-32LE`,
    /// `UTF-32BE`), or nil.
    static func wideEncoding(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    /// Whether `head` is valid UTF-8 — all of it when it is the `complete` file, else up to a character that the
    /// next chunk may finish (at most three bytes of it at the end).
    static func isUTF8(_ head: UnsafeBufferPointer<UInt8>, complete: Bool) -> Bool {
        var end = head.count
        if !complete {
            // Back over continuation bytes to the last lead byte; drop that character if it may be unfinished.
            var i = end - 1
            while i >= 0, end - i <= 4, head[i] & 0xC0 == 0x80 { i -= 1 }
            if i >= 0, head[i] >= 0xC0 { end = i }
        }
        return String(validating: UnsafeBufferPointer(rebasing: head[..<end]), as: UTF8.self) != nil
    }
}

// The C calls under names the stream's own `open()`, `read(_:maxLength:)` and `close()` do not shadow.
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int { read(fd, buffer, count) }
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }

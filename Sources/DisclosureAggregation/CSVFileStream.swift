import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read as an `InputStream` in 64 KiB chunks, for CSV.swift's streaming reader.
///
/// Why not `InputStream(url:)`: on Linux its `hasBytesAvailable` stays true at the end of the file until a read
/// returns 0, and CSV.swift takes that empty read for an I/O error (`cannotReadFile`). Here `hasBytesAvailable`
/// reads ahead, so it is exact. Ownership: the descriptor is opened by `open()` and closed by `close()` or `deinit`.
final class CSVFileStream: InputStream {
    private let path: String
    private var descriptor: Int32 = -1
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: CSVFileStream.chunk)
    private var count = 0
    private var position = 0

    private static let chunk = 1 << 16

    init(path: String) {
        self.path = path
        super.init(data: Data())
    }

    deinit {
        close()
        buffer.deallocate()
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }

    override func open() {
        guard status == .notOpen else { return }
        descriptor = openForReading(path)
        if descriptor < 0 {
            failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            status = .error
        } else {
            status = .open
        }
    }

    override func close() {
        if descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
        if status != .error { status = .closed }
    }

    override var hasBytesAvailable: Bool {
        if position < count { return true }
        return refill() > 0
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if position >= count {
            let n = refill()
            if n <= 0 { return n }
        }
        let n = min(maxLength, count - position)
        out.update(from: buffer + position, count: n)
        position += n
        return n
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>) -> Bool {
        false
    }

    /// Reads the next chunk; the bytes read, 0 at the end, -1 on an error (then `streamError` says which).
    private func refill() -> Int {
        guard status == .open else { return status == .error ? -1 : 0 }
        while true {
            let n = readDescriptor(descriptor, buffer, Self.chunk)
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                status = .error
                return -1
            }
            count = n
            position = 0
            if n == 0 { status = .atEnd }
            return n
        }
    }
}

// The C calls under names the stream's own `open()`, `read(_:maxLength:)` and `close()` do not shadow.
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int { read(fd, buffer, count) }
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }

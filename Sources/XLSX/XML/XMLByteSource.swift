/// Where an `XMLScanner` gets its bytes: a zip entry being inflated (`ZipEntryStream`) or memory.
protocol XMLByteSource: AnyObject {
    /// Fills the front of `buffer` and returns how many bytes were written; 0 means the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XLSXReadError) -> Int
}

/// Bytes already in memory, handed out in chunks like a stream (tests, small parts).
final class MemoryByteSource: XMLByteSource {
    private let bytes: [UInt8]
    private var position = 0
    private let chunk: Int

    /// `chunk` bounds each read, so tests can force tokens across chunk boundaries.
    init(_ bytes: [UInt8], chunk: Int = 1 << 16) {
        self.bytes = bytes
        self.chunk = max(1, chunk)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XLSXReadError) -> Int {
        let n = min(buffer.count, chunk, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { raw in
            guard let from = raw.baseAddress, let to = buffer.baseAddress else { return }
            to.copyMemory(from: from + position, byteCount: n)
        }
        position += n
        return n
    }
}

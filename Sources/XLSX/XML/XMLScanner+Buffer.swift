#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// XMLScanner: reading chunks from the source and keeping the current token whole in the buffer.
extension XMLScanner {
    // MARK: - Buffer

    /// Keeps bytes from `keep` on, reads more; false at the end of the part.
    ///
    /// `[0, end)` is validated and is all the scanner ever looks at; `[end, filled)` is at most an incomplete UTF-8
    /// sequence waiting for the next read. (Scanning up to `filled` once let a token swallow such bytes unchecked,
    /// after which the next fill kept fewer bytes than it had validated and validation read before the buffer:
    /// found by the xml-scanner fuzz target.)
    func fill(keeping keep: Int) throws(XLSXReadError) -> Bool {
        if atEOF { return false }
        if keep > 0 {
            var q = 0
            while q < keep, let hit = memchr(buf + q, 0x0A, keep - q) {
                discardedLines += 1
                q = buf.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            let kept = filled - keep
            if kept > 0 { memmove(buf, buf + keep, kept) }
            discardedBytes += keep
            filled = kept
            end -= keep
            pos -= keep
            textResume = max(0, textResume - keep)
            nameStart -= keep; localStart -= keep; nameEnd -= keep
            tokenStart -= keep
        }
        if capacity - filled < Self.chunk {
            let newCapacity = filled + Self.chunk * 2
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buf, count: filled)
            buf.deallocate()
            buf = grown
            capacity = newCapacity
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buf + filled, count: capacity - filled))
        if n == 0 {
            atEOF = true
            if !checkedEncodingMark {
                checkedEncodingMark = true
                try checkEncodingMark()
                try validate()
            }
            if end < filled {
                throw error(.invalidUTF8, "文件末尾的 UTF-8 序列不完整 — truncated UTF-8 sequence at the end", at: end)
            }
            return false
        }
        filled += n
        if !checkedEncodingMark {
            if filled < 3 && discardedBytes == 0 { return true }  // wait for three bytes before deciding
            checkedEncodingMark = true
            try checkEncodingMark()
        }
        try validate()
        return true
    }

    /// Refuses a UTF-16 byte-order mark and steps over a UTF-8 one.
    func checkEncodingMark() throws(XLSXReadError) {
        if filled >= 2 && ((buf[0] == 0xFE && buf[1] == 0xFF) || (buf[0] == 0xFF && buf[1] == 0xFE)) {
            throw error(.unsupported, "不支持 UTF-16 编码的 XML — only UTF-8 XML is supported", at: 0)
        }
        if filled >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
            pos = 3
            end = 3
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// XMLScanner: what consumers ask of the current token — names, attributes, text.
extension XMLScanner {
    // MARK: - Access to the current token

    /// True when the current element's local name is `name`.
    @inline(__always) func isNamed(_ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        return nameEnd - localStart == n && memcmp(buf + localStart, name.utf8Start, n) == 0
    }

    /// The bytes the scanner's buffer holds now: one chunk plus at most one token, however long the part.
    var bufferCapacity: Int { capacity }

    /// The current element's qualified name (for messages).
    var name: String { String(decoding: UnsafeBufferPointer(start: buf + nameStart, count: nameEnd - nameStart), as: UTF8.self) }

    /// The index of the attribute whose local name is `name` (and, if `prefixed`, that has some prefix).
    @inline(__always) func attribute(_ name: StaticString, prefixed: Bool = false) -> Int? {
        let n = name.utf8CodeUnitCount
        for i in 0..<attributeCount {
            let a = attrs[i]
            if a.nameEnd - a.localStart == n && memcmp(buf + a.localStart, name.utf8Start, n) == 0 && (!prefixed || a.localStart > a.nameStart) { return i }
        }
        return nil
    }

    /// The local name of attribute `i` is `name`.
    @inline(__always) func attribute(_ i: Int, isNamed name: StaticString) -> Bool {
        let a = attrs[i]
        let n = name.utf8CodeUnitCount
        return a.nameEnd - a.localStart == n && memcmp(buf + a.localStart, name.utf8Start, n) == 0
    }

    /// Calls `body` with attribute `i`'s value, references decoded (raw bytes when there are none).
    @inline(__always) func withAttribute<R>(_ i: Int, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(XLSXReadError) -> R) throws(XLSXReadError) -> R {
        let a = attrs[i]
        if !a.needsDecoding { return try body(UnsafeBufferPointer(start: buf + a.valueStart, count: a.valueEnd - a.valueStart)) }
        scratch.removeAll(keepingCapacity: true)
        decode(a.valueStart, a.valueEnd, attribute: true, into: &scratch)
        let result: Result<R, XLSXReadError> = scratch.withUnsafeBufferPointer { bytes in
            do throws(XLSXReadError) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Attribute `i`'s qualified name.
    func attributeName(_ i: Int) -> String {
        let a = attrs[i]
        return String(decoding: UnsafeBufferPointer(start: buf + a.nameStart, count: a.nameEnd - a.nameStart), as: UTF8.self)
    }

    /// Attribute `i`'s value as a string, references decoded.
    func attributeString(_ i: Int) -> String {
        let a = attrs[i]
        if !a.needsDecoding { return String(decoding: UnsafeBufferPointer(start: buf + a.valueStart, count: a.valueEnd - a.valueStart), as: UTF8.self) }
        var bytes: [UInt8] = []
        decode(a.valueStart, a.valueEnd, attribute: true, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of the attribute with local name `name`, decoded; nil if absent.
    func attributeString(_ name: StaticString, prefixed: Bool = false) -> String? {
        attribute(name, prefixed: prefixed).map { attributeString($0) }
    }

    /// Appends the current text event's characters, references decoded and line ends normalised.
    @inline(__always) func appendText(to bytes: inout [UInt8]) {
        if textIsCDATA {
            bytes.append(contentsOf: UnsafeBufferPointer(start: buf + textStart, count: textEnd - textStart))
        } else {
            decode(textStart, textEnd, attribute: false, into: &bytes)
        }
    }

    /// The current text event as a string.
    var text: String {
        var bytes: [UInt8] = []
        appendText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The fast path for the commonest shape in a sheet: if the next bytes are exactly `<v>text</v>` (element
    /// `local`, any prefix, no attributes, text without references or carriage returns, all in the buffer),
    /// consumes them and returns the text's bytes, valid until the next call. Otherwise consumes nothing and
    /// returns nil, and `next()` scans the same bytes the ordinary way (with all its checks and errors).
    @inline(__always) func simpleElementText(_ local: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard !pendingEnd, checkedEncodingMark, depth < limits.maxNestingDepth else { return nil }
        let b = buf
        let e = end
        var q = pos
        guard q + 3 < e, b[q] == 0x3C else { return nil }
        q += 1
        let ns = q
        var l = q
        while q < e {
            let c = b[q]
            if c == 0x3E { break }
            if isNameEnd(c) { return nil }
            if c == 0x3A { l = q + 1 }
            q += 1
        }
        let n = local.utf8CodeUnitCount
        guard q < e, q > ns, q - l == n, memcmp(b + l, local.utf8Start, n) == 0 else { return nil }
        let nameLength = q - ns
        q += 1
        let ts = q
        while q < e {
            let c = b[q]
            if c == 0x3C { break }
            if c == 0x26 || c == 0x0D { return nil }
            q += 1
        }
        let te = q
        guard te - ts <= limits.maxTextBytes, q + 2 + nameLength < e, b[q + 1] == 0x2F,
              memcmp(b + q + 2, b + ns, nameLength) == 0, b[q + 2 + nameLength] == 0x3E else { return nil }
        tokenStart = pos
        pos = q + 3 + nameLength
        return UnsafeBufferPointer(start: b + ts, count: te - ts)
    }

    /// Skips to the end of the current element (after a `.start` event), returning at its `.end`.
    func skipElement() throws(XLSXReadError) {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull scanner for the small XML vocabulary of .xlsx parts, over raw UTF-8 bytes read in chunks.
///
/// Safe by construction: any `<!DOCTYPE`/`<!ENTITY` (any `<!` other than a comment or CDATA) is refused, so no
/// entity is ever declared or expanded; only the five predefined entities and character references are accepted.
/// It checks well-formedness (nesting, attribute syntax, one root, valid UTF-8, XML characters) and bounds every
/// token, the nesting depth and therefore memory: the buffer holds one chunk plus at most one token.
///
/// Names, attributes and text are byte ranges into the buffer, valid until the next call to `next()`; strings
/// are decoded only when a consumer asks. Names match on the local part (`x:c` matches `c`), as writers differ
/// in the prefixes they use.
final class XMLScanner {
    /// What `next()` found.
    enum Event {
        /// A start tag: `isNamed`, the attribute accessors and `isEmptyElement` describe it.
        case start
        /// An end tag (also delivered right after the start of an empty element `<x/>`).
        case end
        /// Character data between tags (entity references still encoded; see `appendText`).
        case text
        /// The end of the part, after the root element closed.
        case endOfDocument
    }

    let part: String
    private let source: XMLByteSource
    private let limits: ReaderLimits

    @exclusivity(unchecked) private var buf: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var pos = 0
    /// The end of the validated bytes: the scanner reads `buf[0..<end]` only.
    @exclusivity(unchecked) private var end = 0
    /// The end of the bytes read; `[end, filled)` is an incomplete UTF-8 sequence awaiting the next read.
    @exclusivity(unchecked) private var filled = 0
    @exclusivity(unchecked) private var atEOF = false
    @exclusivity(unchecked) private var tokenStart = 0
    @exclusivity(unchecked) private var discardedBytes = 0
    @exclusivity(unchecked) private var discardedLines = 0
    @exclusivity(unchecked) private var textResume = 0
    @exclusivity(unchecked) private var checkedEncodingMark = false

    @exclusivity(unchecked) private var nameStart = 0
    @exclusivity(unchecked) private var localStart = 0
    @exclusivity(unchecked) private var nameEnd = 0
    /// True when the current start tag closed itself (`<x/>`); its end event follows.
    @exclusivity(unchecked) private(set) var isEmptyElement = false
    @exclusivity(unchecked) private var pendingEnd = false

    /// Per attribute: name start, local-name start, name end, value start, value end, needs-decoding flag.
    @exclusivity(unchecked) private var attrs: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var attrCapacity = 16
    /// The number of attributes of the current start tag.
    @exclusivity(unchecked) private(set) var attributeCount = 0

    @exclusivity(unchecked) private var textStart = 0
    @exclusivity(unchecked) private var textEnd = 0
    @exclusivity(unchecked) private var textIsCDATA = false

    /// The open elements' names, back to back; `stackEnds[i]` is where the i-th name ends.
    @exclusivity(unchecked) private var stackBytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var stackBytesCapacity = 1024
    @exclusivity(unchecked) private var stackEnds: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var stackEndsCapacity = 32
    /// The current element depth (1 inside the root element).
    @exclusivity(unchecked) private(set) var depth = 0
    @exclusivity(unchecked) private var sawRoot = false
    @exclusivity(unchecked) private var rootClosed = false

    private let classes = XMLScanner.makeClasses()

    private static let chunk = 1 << 16
    private static let attrStride = 6

    init(source: XMLByteSource, part: String, limits: ReaderLimits) {
        self.source = source
        self.part = part
        self.limits = limits
        capacity = Self.chunk * 2
        buf = .allocate(capacity: capacity)
        attrs = .allocate(capacity: attrCapacity * Self.attrStride)
        stackBytes = .allocate(capacity: stackBytesCapacity)
        stackEnds = .allocate(capacity: stackEndsCapacity)
    }

    deinit {
        buf.deallocate()
        attrs.deallocate()
        classes.deallocate()
        stackBytes.deallocate()
        stackEnds.deallocate()
    }

    // MARK: - Errors

    /// An error located at the current token, for consumers that find bad content in well-formed XML.
    func error(_ kind: XLSXReadError.Kind, _ message: String, cell: CellReference? = nil) -> XLSXReadError {
        error(kind, message, at: tokenStart, cell: cell)
    }

    private func error(_ kind: XLSXReadError.Kind, _ message: String, at p: Int, cell: CellReference? = nil) -> XLSXReadError {
        var lines = discardedLines
        var q = 0
        let stop = min(p, end)
        while q < stop {
            guard let hit = memchr(buf + q, 0x0A, stop - q) else { break }
            lines += 1
            q = buf.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return XLSXReadError(kind, part: part, line: lines + 1, offset: discardedBytes + p, cell: cell, message: message)
    }

    private func malformed(_ message: String, at p: Int) -> XLSXReadError {
        error(.malformedXML, "XML 格式错误：\(message)", at: p)
    }

    // MARK: - Buffer

    /// Keeps bytes from `keep` on, reads more; false at the end of the part.
    ///
    /// `[0, end)` is validated and is all the scanner ever looks at; `[end, filled)` is at most an incomplete UTF-8
    /// sequence waiting for the next read. (Scanning up to `filled` once let a token swallow such bytes unchecked,
    /// after which the next fill kept fewer bytes than it had validated and validation read before the buffer:
    /// found by the xml-scanner fuzz target.)
    private func fill(keeping keep: Int) throws(XLSXReadError) -> Bool {
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
    private func checkEncodingMark() throws(XLSXReadError) {
        if filled >= 2 && ((buf[0] == 0xFE && buf[1] == 0xFF) || (buf[0] == 0xFF && buf[1] == 0xFE)) {
            throw error(.unsupported, "不支持 UTF-16 编码的 XML — only UTF-8 XML is supported", at: 0)
        }
        if filled >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
            pos = 3
            end = 3
        }
    }

    /// Checks [end, filled) is UTF-8 made of XML characters and moves `end` past it; an incomplete sequence at the
    /// end of what was read waits for more.
    private func validate() throws(XLSXReadError) {
        var p = end
        let e = filled
        let b = buf
        while p < e {
            if p + 8 <= e {
                let w = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self)
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                if (w | low) & 0x8080_8080_8080_8080 == 0 { p += 8; continue }
            }
            let c = b[p]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
                    throw error(.invalidUTF8, "含有 XML 不允许的控制字符 0x\(String(c, radix: 16)) — control character not allowed in XML", at: p)
                }
                p += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; scalar = UInt32(c & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(c & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(c & 0x07)
            default: throw error(.invalidUTF8, "无效的 UTF-8 字节 0x\(String(c, radix: 16)) — invalid UTF-8", at: p)
            }
            if p + length > e { break }  // completed by the next read
            for k in 1..<length {
                let cc = b[p + k]
                guard cc & 0xC0 == 0x80 else {
                    throw error(.invalidUTF8, "无效的 UTF-8 序列 — invalid UTF-8 sequence", at: p)
                }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar), scalar != 0xFFFE, scalar != 0xFFFF
            else {
                throw error(.invalidUTF8, "无效的 UTF-8 序列（超长编码、代理项或非字符） — invalid UTF-8 sequence", at: p)
            }
            p += length
        }
        end = p
    }

    /// Called when a tag (or comment, PI) or text token at `tokenStart` runs past the buffer: reads more, or
    /// fails at the end of the part or over the token limit.
    private func needMore(tag: Bool) throws(XLSXReadError) {
        if end - tokenStart > (tag ? limits.maxTagBytes : limits.maxTextBytes) { try tooLong(tag: tag, at: tokenStart) }
        guard try fill(keeping: tokenStart) else {
            throw malformed(tag ? "文件在标签中途结束 — unexpected end of part inside a tag"
                                : "文件在文本中途结束 — unexpected end of part inside text", at: tokenStart)
        }
    }

    private func tooLong(tag: Bool, at p: Int) throws(XLSXReadError) -> Never {
        let limit = tag ? limits.maxTagBytes : limits.maxTextBytes
        throw error(.tokenTooLong, tag ? "标签或注释超过 \(limit) 字节上限 — tag longer than the limit" : "文本超过 \(limit) 字节上限 — text longer than the limit", at: p)
    }

    // MARK: - Scanning

    /// Advances to the next event.
    func next() throws(XLSXReadError) -> Event {
        if pendingEnd {
            pendingEnd = false
            isEmptyElement = false
            try popElement(matching: false)
            return .end
        }
        while true {
            tokenStart = pos
            if pos >= end || !checkedEncodingMark {
                guard try fill(keeping: pos) else { return try endOfDocument() }
                continue
            }
            if buf[pos] == 0x3C {  // <
                if let event = try markup() { return event }
                continue
            }
            // Character data up to the next '<'.
            var p = max(pos, textResume)
            let e = end
            let b = buf
            while p < e {
                let c = b[p]
                if c == 0x3C { break }
                if c == 0x26 {  // &
                    guard let (_, length) = try reference(at: p) else { break }
                    p += length
                    continue
                }
                p += 1
            }
            if p >= e || b[p] != 0x3C {
                textResume = p
                if end - tokenStart > limits.maxTextBytes { try tooLong(tag: false, at: tokenStart) }
                guard try fill(keeping: tokenStart) else {
                    if depth > 0 { throw unclosed() }
                    try requireWhitespace(from: pos, to: end)
                    pos = end
                    return try endOfDocument()
                }
                continue
            }
            textResume = 0
            if p - pos > limits.maxTextBytes { try tooLong(tag: false, at: pos) }
            textStart = pos
            textEnd = p
            textIsCDATA = false
            pos = p
            if depth == 0 {
                try requireWhitespace(from: textStart, to: textEnd)
                continue
            }
            return .text
        }
    }

    private func endOfDocument() throws(XLSXReadError) -> Event {
        if depth > 0 { throw unclosed() }
        if !sawRoot { throw malformed("没有根元素 — no root element", at: end) }
        return .endOfDocument
    }

    private func unclosed() -> XLSXReadError {
        let start = depth > 1 ? stackEnds[depth - 2] : 0
        let name = String(decoding: UnsafeBufferPointer(start: stackBytes + start, count: stackEnds[depth - 1] - start), as: UTF8.self)
        return malformed("元素 <\(name)> 未闭合，文件已结束 — unclosed element <\(name)> at end of part", at: end)
    }

    private func requireWhitespace(from a: Int, to b: Int) throws(XLSXReadError) {
        for p in a..<b where !isSpace(buf[p]) {
            throw malformed("根元素之外有文本 — text outside the root element", at: p)
        }
    }

    @inline(__always) private func isSpace(_ c: UInt8) -> Bool {
        classes[Int(c)] & Self.spaceClass != 0
    }

    @inline(__always) private func isNameEnd(_ c: UInt8) -> Bool {
        classes[Int(c)] & Self.nameEndClass != 0
    }

    private static let nameEndClass: UInt8 = 1
    private static let spaceClass: UInt8 = 2
    /// Bytes that end the fast run of an attribute value: quotes, `<`, `&`, and white space other than ' '.
    private static let valueStopClass: UInt8 = 4

    /// Byte classes, one table lookup instead of a chain of comparisons in the hot loops.
    private static func makeClasses() -> UnsafeMutablePointer<UInt8> {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for c in 0...0x20 { table[c] |= nameEndClass }
        for c: UInt8 in [0x2F, 0x3E, 0x3D, 0x3C, 0x22, 0x27] { table[Int(c)] |= nameEndClass }
        for c: UInt8 in [0x20, 0x0A, 0x09, 0x0D] { table[Int(c)] |= spaceClass }
        for c: UInt8 in [0x22, 0x27, 0x3C, 0x26, 0x09, 0x0A, 0x0D] { table[Int(c)] |= valueStopClass }
        return table
    }

    /// Scans markup at `pos` (a '<'). Returns an event, or nil for skipped markup (comments, PIs) and for a
    /// token that needed more data (the caller loops and rescans).
    private func markup() throws(XLSXReadError) -> Event? {
        let b = buf
        let e = end
        let p = pos
        guard p + 1 < e else { try needMore(tag: true); return nil }
        switch b[p + 1] {
        case 0x2F:  // </
            var q = p + 2
            let ns = q
            while q < e && !isNameEnd(b[q]) { q += 1 }
            let ne = q
            while q < e && isSpace(b[q]) { q += 1 }
            guard q < e else { try needMore(tag: true); return nil }
            guard b[q] == 0x3E, ne > ns else { throw malformed("结束标签语法错误 — bad end tag", at: p) }
            setName(ns, ne)
            pos = q + 1
            try popElement(matching: true)
            return .end
        case 0x3F:  // <?
            guard let close = find(0x3F, 0x3E, from: p + 2) else {
                try needMore(tag: true); return nil
            }
            if close + 2 - p > limits.maxTagBytes { try tooLong(tag: true, at: p) }
            if discardedBytes + p <= 3 { try checkDeclaration(p, close) }
            pos = close + 2
            return nil
        case 0x21:  // <!
            if startsWith("<!--", at: p) {
                guard let close = find(0x2D, 0x2D, 0x3E, from: p + 4) else {
                    try needMore(tag: true); return nil
                }
                if close + 3 - p > limits.maxTagBytes { try tooLong(tag: true, at: p) }
                pos = close + 3
                return nil
            }
            if startsWith("<![CDATA[", at: p) {
                guard let close = find(0x5D, 0x5D, 0x3E, from: p + 9) else {
                    try needMore(tag: false); return nil
                }
                guard depth > 0 else { throw malformed("根元素之外有 CDATA — CDATA outside the root element", at: p) }
                if close - p > limits.maxTextBytes { try tooLong(tag: false, at: p) }
                textStart = p + 9
                textEnd = close
                textIsCDATA = true
                pos = close + 3
                return .text
            }
            if e - p < 9 && !atEOF { try needMore(tag: true); return nil }
            throw error(.dtdRefused, "拒绝 DTD 声明（<!DOCTYPE>、<!ENTITY> 等），不展开任何实体 — DTD declarations are refused; no entity is ever expanded", at: p)
        default:
            return try startTag()
        }
    }

    private func startTag() throws(XLSXReadError) -> Event? {
        let b = buf
        let e = end
        let p = pos
        var q = p + 1
        let ns = q
        var local = q
        while q < e && !isNameEnd(b[q]) {
            if b[q] == 0x3A { local = q + 1 }
            q += 1
        }
        guard q < e else { try needMore(tag: true); return nil }
        guard q > ns else { throw malformed("标签名为空或以非法字符开头 — bad tag name", at: p) }
        let ne = q
        var count = 0
        var selfClosing = false
        while true {
            let before = q
            while q < e && isSpace(b[q]) { q += 1 }
            guard q < e else { try needMore(tag: true); return nil }
            let c = b[q]
            if c == 0x3E { q += 1; break }
            if c == 0x2F {
                guard q + 1 < e else { try needMore(tag: true); return nil }
                guard b[q + 1] == 0x3E else { throw malformed("“/”后应为“>” — expected '>' after '/'", at: q) }
                selfClosing = true
                q += 2
                break
            }
            guard q > before else { throw malformed("属性之间缺少空白 — attributes must be separated by whitespace", at: q) }
            // attribute name
            let an = q
            var al = q
            while q < e && !isNameEnd(b[q]) {
                if b[q] == 0x3A { al = q + 1 }
                q += 1
            }
            let ae = q
            guard ae > an else { throw malformed("属性语法错误 — bad attribute", at: q) }
            while q < e && isSpace(b[q]) { q += 1 }
            guard q < e else { try needMore(tag: true); return nil }
            guard b[q] == 0x3D else { throw malformed("属性缺少“=” — attribute without '='", at: q) }
            q += 1
            while q < e && isSpace(b[q]) { q += 1 }
            guard q < e else { try needMore(tag: true); return nil }
            let quote = b[q]
            guard quote == 0x22 || quote == 0x27 else { throw malformed("属性值缺少引号 — attribute value without quotes", at: q) }
            q += 1
            let vs = q
            var decode = 0
            let classes = self.classes
            while q < e {
                let c = b[q]
                if classes[Int(c)] & Self.valueStopClass == 0 {
                    q += 1
                    continue
                }
                if c == quote { break }
                if c == 0x3C { throw malformed("属性值中不能有“<” — '<' in an attribute value", at: q) }
                if c == 0x26 {
                    guard let (_, length) = try reference(at: q) else { break }
                    decode = 1
                    q += length
                    continue
                }
                if c == 0x09 || c == 0x0A || c == 0x0D { decode = 1 }
                q += 1
            }
            guard q < e, b[q] == quote else { try needMore(tag: true); return nil }
            if count == attrCapacity {
                let grown = UnsafeMutablePointer<Int>.allocate(capacity: attrCapacity * 2 * Self.attrStride)
                grown.update(from: attrs, count: attrCapacity * Self.attrStride)
                attrs.deallocate()
                attrs = grown
                attrCapacity *= 2
            }
            let a = attrs + count * Self.attrStride
            a[0] = an; a[1] = al; a[2] = ae; a[3] = vs; a[4] = q; a[5] = decode
            count += 1
            q += 1
        }
        if q - p > limits.maxTagBytes { try tooLong(tag: true, at: p) }
        if rootClosed { throw malformed("文档有多个根元素 — more than one root element", at: p) }
        if depth >= limits.maxNestingDepth {
            throw error(.nestingTooDeep, "元素嵌套超过 \(limits.maxNestingDepth) 层 — nesting deeper than the limit", at: p)
        }
        nameStart = ns
        localStart = local
        nameEnd = ne
        attributeCount = count
        pos = q
        sawRoot = true
        pushElement(b + ns, ne - ns)
        isEmptyElement = selfClosing
        pendingEnd = selfClosing
        return .start
    }

    private func setName(_ ns: Int, _ ne: Int) {
        nameStart = ns
        nameEnd = ne
        var l = ns
        for q in ns..<ne where buf[q] == 0x3A { l = q + 1 }
        localStart = l
    }

    private func pushElement(_ name: UnsafePointer<UInt8>, _ length: Int) {
        let start = depth > 0 ? stackEnds[depth - 1] : 0
        if start + length > stackBytesCapacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: (start + length) * 2)
            grown.update(from: stackBytes, count: start)
            stackBytes.deallocate()
            stackBytes = grown
            stackBytesCapacity = (start + length) * 2
        }
        if depth == stackEndsCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: stackEndsCapacity * 2)
            grown.update(from: stackEnds, count: depth)
            stackEnds.deallocate()
            stackEnds = grown
            stackEndsCapacity *= 2
        }
        for k in 0..<length { stackBytes[start + k] = name[k] }  // names are short: a loop beats memmove
        stackEnds[depth] = start + length
        depth += 1
    }

    private func popElement(matching: Bool) throws(XLSXReadError) {
        guard depth > 0 else {
            throw malformed("多余的结束标签 — end tag without a start tag", at: tokenStart)
        }
        let top = stackEnds[depth - 1]
        let start = depth > 1 ? stackEnds[depth - 2] : 0
        if matching {
            let length = nameEnd - nameStart
            var same = length == top - start
            if same {
                for k in 0..<length where stackBytes[start + k] != buf[nameStart + k] {
                    same = false
                    break
                }
            }
            if !same {
                let open = String(decoding: UnsafeBufferPointer(start: stackBytes + start, count: top - start), as: UTF8.self)
                let close = String(decoding: UnsafeBufferPointer(start: buf + nameStart, count: length), as: UTF8.self)
                throw malformed("结束标签 </\(close)> 与开始标签 <\(open)> 不匹配 — mismatched end tag", at: tokenStart)
            }
        }
        depth -= 1
        if depth == 0 { rootClosed = true }
    }

    private func checkDeclaration(_ p: Int, _ close: Int) throws(XLSXReadError) {
        guard startsWith("<?xml", at: p) else { return }
        let text = String(decoding: UnsafeBufferPointer(start: buf + p, count: close - p), as: UTF8.self).lowercased()
        guard let range = text.range(of: "encoding") else { return }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0 != "\"" && $0 != "'" }
        if name != "utf-8" && name != "utf8" {
            throw error(.unsupported, "不支持的 XML 编码 \(name)（只支持 UTF-8） — unsupported XML encoding", at: p)
        }
    }

    private func startsWith(_ s: StaticString, at p: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        return end - p >= n && memcmp(buf + p, s.utf8Start, n) == 0
    }

    private func find(_ a: UInt8, _ c: UInt8, from start: Int) -> Int? {
        var q = start
        while q + 1 < end {
            if buf[q] == a && buf[q + 1] == c { return q }
            q += 1
        }
        return nil
    }

    private func find(_ a: UInt8, _ m: UInt8, _ c: UInt8, from start: Int) -> Int? {
        var q = start
        while q + 2 < end {
            if buf[q] == a && buf[q + 1] == m && buf[q + 2] == c { return q }
            q += 1
        }
        return nil
    }

    /// Reads the reference `&…;` at `p`: its scalar and length, nil when it runs past the buffer.
    private func reference(at p: Int) throws(XLSXReadError) -> (UInt32, Int)? {
        var q = p + 1
        while q < end && q - p < 12 && buf[q] != 0x3B { q += 1 }
        guard q < end else {
            if atEOF { throw error(.invalidReference, "未结束的实体引用 — unterminated reference", at: p) }
            return nil
        }
        guard buf[q] == 0x3B else {
            throw error(.invalidReference, "无效的实体引用（只接受 &amp; &lt; &gt; &quot; &apos; 和字符引用） — invalid entity reference", at: p)
        }
        let body = UnsafeBufferPointer(start: buf + p + 1, count: q - p - 1)
        if let scalar = Self.referenceScalar(body) { return (scalar, q - p + 1) }
        let shown = String(decoding: body, as: UTF8.self)
        throw error(.invalidReference, "未知或无效的实体引用 &\(shown); — only the five predefined entities and character references are accepted", at: p)
    }

    /// The scalar named by the body of a reference (`amp`, `#20013`, `#x4E2D`), nil if not allowed.
    static func referenceScalar(_ body: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let first = body.first else { return nil }
        if first == 0x23 {  // #
            var value: UInt32 = 0
            var digits = 0
            let hex = body.count > 1 && (body[1] == 0x78)
            for c in body.dropFirst(hex ? 2 : 1) {
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                if value > 0x10FFFF { return nil }
            }
            guard digits > 0 else { return nil }
            switch value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return value
            default: return nil
            }
        }
        switch body.count {
        case 2 where body[0] == 0x6C && body[1] == 0x74: return 0x3C  // lt
        case 2 where body[0] == 0x67 && body[1] == 0x74: return 0x3E  // gt
        case 3 where body[0] == 0x61 && body[1] == 0x6D && body[2] == 0x70: return 0x26  // amp
        case 4 where body[0] == 0x71 && body[1] == 0x75 && body[2] == 0x6F && body[3] == 0x74: return 0x22  // quot
        case 4 where body[0] == 0x61 && body[1] == 0x70 && body[2] == 0x6F && body[3] == 0x73: return 0x27  // apos
        default: return nil
        }
    }

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
            let a = attrs + i * Self.attrStride
            if a[2] - a[1] == n && memcmp(buf + a[1], name.utf8Start, n) == 0 && (!prefixed || a[1] > a[0]) { return i }
        }
        return nil
    }

    /// The local name of attribute `i` is `name`.
    @inline(__always) func attribute(_ i: Int, isNamed name: StaticString) -> Bool {
        let a = attrs + i * Self.attrStride
        let n = name.utf8CodeUnitCount
        return a[2] - a[1] == n && memcmp(buf + a[1], name.utf8Start, n) == 0
    }

    /// Calls `body` with attribute `i`'s value, references decoded (raw bytes when there are none).
    @inline(__always) func withAttribute<R>(_ i: Int, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(XLSXReadError) -> R) throws(XLSXReadError) -> R {
        let a = attrs + i * Self.attrStride
        if a[5] == 0 { return try body(UnsafeBufferPointer(start: buf + a[3], count: a[4] - a[3])) }
        scratch.removeAll(keepingCapacity: true)
        decode(a[3], a[4], attribute: true, into: &scratch)
        let result: Result<R, XLSXReadError> = scratch.withUnsafeBufferPointer { bytes in
            do throws(XLSXReadError) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Attribute `i`'s qualified name.
    func attributeName(_ i: Int) -> String {
        let a = attrs + i * Self.attrStride
        return String(decoding: UnsafeBufferPointer(start: buf + a[0], count: a[2] - a[0]), as: UTF8.self)
    }

    /// Attribute `i`'s value as a string, references decoded.
    func attributeString(_ i: Int) -> String {
        let a = attrs + i * Self.attrStride
        if a[5] == 0 { return String(decoding: UnsafeBufferPointer(start: buf + a[3], count: a[4] - a[3]), as: UTF8.self) }
        var bytes: [UInt8] = []
        decode(a[3], a[4], attribute: true, into: &bytes)
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

    private func decode(_ start: Int, _ stop: Int, attribute: Bool, into out: inout [UInt8]) {
        var p = start
        var run = start
        while p < stop {
            let c = buf[p]
            if c == 0x26 || c == 0x0D || (attribute && (c == 0x09 || c == 0x0A)) {
                out.append(contentsOf: UnsafeBufferPointer(start: buf + run, count: p - run))
                if c == 0x26 {
                    var q = p + 1
                    while q < stop && buf[q] != 0x3B { q += 1 }
                    let scalar = Self.referenceScalar(UnsafeBufferPointer(start: buf + p + 1, count: q - p - 1)) ?? 0xFFFD
                    Self.appendUTF8(scalar, to: &out)
                    p = q + 1
                } else if c == 0x0D {
                    out.append(attribute ? 0x20 : 0x0A)
                    p += (p + 1 < stop && buf[p + 1] == 0x0A) ? 2 : 1
                } else {
                    out.append(0x20)
                    p += 1
                }
                run = p
            } else {
                p += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(start: buf + run, count: stop - run))
    }

    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}

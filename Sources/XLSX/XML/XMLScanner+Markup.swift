#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// XMLScanner: tags, comments, processing instructions, CDATA and the stack of open elements.
extension XMLScanner {
    @inline(__always) func isSpace(_ c: UInt8) -> Bool {
        classes[Int(c)] & Self.spaceClass != 0
    }

    @inline(__always) func isNameEnd(_ c: UInt8) -> Bool {
        classes[Int(c)] & Self.nameEndClass != 0
    }

    static let nameEndClass: UInt8 = 1
    static let spaceClass: UInt8 = 2
    /// Bytes that end the fast run of an attribute value: quotes, `<`, `&`, and white space other than ' '.
    static let valueStopClass: UInt8 = 4

    /// Byte classes, one table lookup instead of a chain of comparisons in the hot loops.
    static func makeClasses() -> UnsafeMutablePointer<UInt8> {
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
    func markup() throws(XLSXReadError) -> Event? {
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

    func startTag() throws(XLSXReadError) -> Event? {
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
            var decode = false
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
                    decode = true
                    q += length
                    continue
                }
                if c == 0x09 || c == 0x0A || c == 0x0D { decode = true }
                q += 1
            }
            guard q < e, b[q] == quote else { try needMore(tag: true); return nil }
            if count == attrCapacity {
                let grown = UnsafeMutablePointer<XMLAttributeSpan>.allocate(capacity: attrCapacity * 2)
                grown.initialize(from: attrs, count: attrCapacity)
                attrs.deallocate()
                attrs = grown
                attrCapacity *= 2
            }
            (attrs + count).initialize(to: XMLAttributeSpan(
                nameStart: an, localStart: al, nameEnd: ae, valueStart: vs, valueEnd: q, needsDecoding: decode))
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

    func setName(_ ns: Int, _ ne: Int) {
        nameStart = ns
        nameEnd = ne
        var l = ns
        for q in ns..<ne where buf[q] == 0x3A { l = q + 1 }
        localStart = l
    }

    func pushElement(_ name: UnsafePointer<UInt8>, _ length: Int) {
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

    func popElement(matching: Bool) throws(XLSXReadError) {
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

    func checkDeclaration(_ p: Int, _ close: Int) throws(XLSXReadError) {
        guard startsWith("<?xml", at: p) else { return }
        // On the bytes, ASCII letters folded: a lowercased `String` searched with Foundation's `range(of:)` was ~2 %
        // of reading a small workbook (one declaration per part).
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let key: StaticString = "encoding"
        let n = key.utf8CodeUnitCount
        var q = p
        while q + n <= close, !(0..<n).allSatisfy({ lower(buf[q + $0]) == key.utf8Start[$0] }) { q += 1 }
        guard q + n <= close else { return }
        var i = q + n
        while i < close, buf[i] == 0x20 || buf[i] == UInt8(ascii: "=") || buf[i] == 0x22 || buf[i] == 0x27 { i += 1 }
        var name: [UInt8] = []
        while i < close, buf[i] != 0x22, buf[i] != 0x27 {
            name.append(lower(buf[i]))
            i += 1
        }
        if name != Array("utf-8".utf8) && name != Array("utf8".utf8) {
            let text = String(decoding: name, as: UTF8.self)
            throw error(.unsupported, "不支持的 XML 编码 \(text)（只支持 UTF-8） — unsupported XML encoding", at: p)
        }
    }

    func startsWith(_ s: StaticString, at p: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        return end - p >= n && memcmp(buf + p, s.utf8Start, n) == 0
    }

    func find(_ a: UInt8, _ c: UInt8, from start: Int) -> Int? {
        var q = start
        while q + 1 < end {
            if buf[q] == a && buf[q + 1] == c { return q }
            q += 1
        }
        return nil
    }

    func find(_ a: UInt8, _ m: UInt8, _ c: UInt8, from start: Int) -> Int? {
        var q = start
        while q + 2 < end {
            if buf[q] == a && buf[q + 1] == m && buf[q + 2] == c { return q }
            q += 1
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The scanner is split along its seams, one extension per file (all in this folder):
//   XMLScanner.swift             the state, errors and `next()` — the event loop
//   XMLScanner+Buffer.swift      reading chunks and keeping the current token in the buffer
//   XMLScanner+UTF8.swift        validating the bytes read as UTF-8 made of XML characters
//   XMLScanner+Markup.swift      tags, comments, PIs, CDATA, the element stack
//   XMLScanner+References.swift  entity and character references, decoding text and attribute values
//   XMLScanner+Accessors.swift   what consumers ask of the current token (names, attributes, text)
// The state is internal (not private) only so these extensions can reach it; consumers use the accessors.
// No `@exclusivity(unchecked)`: with and without it the xlsx-bench streaming read of 200,000 rows costs the same CPU
// time (2.28–2.46 s vs 2.34–2.40 s for three reads, same machine, same run), and the release profile shows no
// `swift_beginAccess`: in whole-module optimisation the compiler proves this final class's accesses exclusive.

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
    let source: XMLByteSource
    let limits: ReaderLimits

    var buf: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var pos = 0
    /// The end of the validated bytes: the scanner reads `buf[0..<end]` only.
    var end = 0
    /// The end of the bytes read; `[end, filled)` is an incomplete UTF-8 sequence awaiting the next read.
    var filled = 0
    var atEOF = false
    var tokenStart = 0
    var discardedBytes = 0
    var discardedLines = 0
    var textResume = 0
    var checkedEncodingMark = false

    var nameStart = 0
    var localStart = 0
    var nameEnd = 0
    /// True when the current start tag closed itself (`<x/>`); its end event follows.
    var isEmptyElement = false
    var pendingEnd = false

    /// The current start tag's attributes, `attributeCount` of them.
    var attrs: UnsafeMutablePointer<XMLAttributeSpan>
    var attrCapacity = 16
    /// The number of attributes of the current start tag.
    var attributeCount = 0

    var textStart = 0
    var textEnd = 0
    var textIsCDATA = false

    /// The open elements' names, back to back; `stackEnds[i]` is where the i-th name ends.
    var stackBytes: UnsafeMutablePointer<UInt8>
    var stackBytesCapacity = 1024
    var stackEnds: UnsafeMutablePointer<Int>
    var stackEndsCapacity = 32
    /// The current element depth (1 inside the root element).
    var depth = 0
    var sawRoot = false
    var rootClosed = false

    let classes = XMLScanner.makeClasses()

    static let chunk = 1 << 16

    init(source: XMLByteSource, part: String, limits: ReaderLimits) {
        self.source = source
        self.part = part
        self.limits = limits
        capacity = Self.chunk * 2
        buf = .allocate(capacity: capacity)
        attrs = .allocate(capacity: attrCapacity)
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

    func error(_ kind: XLSXReadError.Kind, _ message: String, at p: Int, cell: CellReference? = nil) -> XLSXReadError {
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

    func malformed(_ message: String, at p: Int) -> XLSXReadError {
        error(.malformedXML, "XML 格式错误：\(message)", at: p)
    }

    /// Called when a tag (or comment, PI) or text token at `tokenStart` runs past the buffer: reads more, or
    /// fails at the end of the part or over the token limit.
    func needMore(tag: Bool) throws(XLSXReadError) {
        if end - tokenStart > (tag ? limits.maxTagBytes : limits.maxTextBytes) { try tooLong(tag: tag, at: tokenStart) }
        guard try fill(keeping: tokenStart) else {
            throw malformed(tag ? "文件在标签中途结束 — unexpected end of part inside a tag"
                                : "文件在文本中途结束 — unexpected end of part inside text", at: tokenStart)
        }
    }

    func tooLong(tag: Bool, at p: Int) throws(XLSXReadError) -> Never {
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

    func endOfDocument() throws(XLSXReadError) -> Event {
        if depth > 0 { throw unclosed() }
        if !sawRoot { throw malformed("没有根元素 — no root element", at: end) }
        return .endOfDocument
    }

    func unclosed() -> XLSXReadError {
        let start = depth > 1 ? stackEnds[depth - 2] : 0
        let name = String(decoding: UnsafeBufferPointer(start: stackBytes + start, count: stackEnds[depth - 1] - start), as: UTF8.self)
        return malformed("元素 <\(name)> 未闭合，文件已结束 — unclosed element <\(name)> at end of part", at: end)
    }

    func requireWhitespace(from a: Int, to b: Int) throws(XLSXReadError) {
        for p in a..<b where !isSpace(buf[p]) {
            throw malformed("根元素之外有文本 — text outside the root element", at: p)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The encodings a published report arrives in, and exact transcoding to UTF-8.
///
/// Government sites serve UTF-8 or GB2312/GBK; all of the GB family is decoded as GB18030, its superset (every
/// GB2312 and GBK byte sequence means the same character in GB18030), so characters outside GB2312 and the
/// punctuation 〔〕“” come through exactly. Transcoding uses iconv from the C library.
public enum TextEncoding: String, Hashable, Sendable, Codable {
    /// UTF-8 (with or without a byte-order mark).
    case utf8 = "UTF-8"
    /// GB18030, which also reads GBK and GB2312.
    case gb18030 = "GB18030"
    /// UTF-16, little-endian (a BOM said so).
    case utf16LE = "UTF-16LE"
    /// UTF-16, big-endian (a BOM said so).
    case utf16BE = "UTF-16BE"

    /// The encoding a charset label names (`gb2312`, `GBK`, `utf-8` …); nil for one we do not read.
    public init?(label: some StringProtocol) {
        let l = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "chinese", "gb_2312-80", "iso-ir-58":
            self = .gb18030
        case "utf-16le": self = .utf16LE
        case "utf-16be": self = .utf16BE
        default: return nil
        }
    }

    /// The encoding of a byte-order mark at the start of `bytes`, and the mark's length.
    public static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// Text bytes with no declaration: valid UTF-8 is UTF-8, anything else is tried as GB18030.
    public static func detect(_ bytes: [UInt8]) -> TextEncoding {
        String(validating: bytes, as: UTF8.self) != nil ? .utf8 : .gb18030
    }

    /// Decodes `bytes` (after any BOM) exactly; throws when they are not valid in this encoding.
    public func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        if self == .utf8 {
            guard let s = String(validating: bytes, as: UTF8.self) else {
                throw TextDecodingError("声明为 UTF-8，但内容不是有效的 UTF-8 — declared UTF-8 but not valid UTF-8")
            }
            return s
        }
        return String(decoding: try TextTranscoder.transcode(bytes, from: self, to: .utf8), as: UTF8.self)
    }

    /// `text` in this encoding, without a byte-order mark (a GBK file as Excel on a Chinese Windows saves it, for
    /// instance). GB18030 and the UTF encodings hold every character, so this throws only when iconv lacks the encoding.
    public func encode(_ text: String) throws(TextDecodingError) -> [UInt8] {
        if self == .utf8 { return Array(text.utf8) }
        return try TextTranscoder.transcode(Array(text.utf8), from: .utf8, to: self)
    }

    /// Decodes a text file: BOM, else valid UTF-8, else GB18030.
    public static func decodeText(_ bytes: [UInt8]) throws(TextDecodingError) -> (String, TextEncoding) {
        if let (encoding, length) = byteOrderMark(bytes) {
            return (try encoding.decode(Array(bytes[length...])), encoding)
        }
        let encoding = detect(bytes)
        return (try encoding.decode(bytes), encoding)
    }
}

/// Exact transcoding (iconv), to UTF-8 unless told otherwise, of bytes that arrive in chunks: a character split
/// between two chunks waits for the next one, so a file can be read a buffer at a time (the clerk's GBK CSV, streamed)
/// and give the same text as `TextEncoding.decode` of all of it. Errors name the byte offset from the start of the
/// first chunk.
///
/// Ownership: the iconv descriptor is opened by `init` and closed by `deinit`; one transcoder serves one text.
public final class TextTranscoder {
    private let cd: iconv_t
    private let encoding: String
    /// Bytes of an incomplete sequence at the end of the last chunk (at most a few).
    private var pending: [UInt8] = []
    /// Bytes consumed before `pending` (for error offsets).
    private var consumed = 0

    /// A transcoder from `source` to `target` (UTF-8 by default).
    public init(from source: TextEncoding, to target: TextEncoding = .utf8) throws(TextDecodingError) {
        let encoding = source.rawValue
        let cd = iconv_open(target.rawValue, encoding)
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw TextDecodingError("无法转换编码 \(encoding)（iconv 不支持） — iconv cannot convert \(encoding)")
        }
        self.cd = cd
        self.encoding = encoding
    }

    deinit { iconv_close(cd) }

    /// Appends `chunk`, transcoded, to `output`. An incomplete sequence at its end is kept for the next call; with
    /// `final` it is an error. Throws at the first byte that is not valid in the encoding.
    public func convert(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8]) throws(TextDecodingError) {
        guard !pending.isEmpty else { return try run(chunk, final: final, into: &output) }
        // Only a chunk that finishes the last one's character is copied, behind that character's first bytes.
        let joined = pending + Array(chunk)
        pending = []
        try joined.withUnsafeBufferPointer { input throws(TextDecodingError) in try run(input, final: final, into: &output) }
    }

    /// All of `bytes` from `source` to `target`, in one call.
    static func transcode(_ bytes: [UInt8], from source: TextEncoding, to target: TextEncoding) throws(TextDecodingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        let transcoder = try TextTranscoder(from: source, to: target)
        try bytes.withUnsafeBufferPointer { chunk throws(TextDecodingError) in try transcoder.convert(chunk, final: true, into: &output) }
        return output
    }

    /// iconv over `input` (which starts with what `pending` held), appending to `output`.
    private func run(_ input: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8]) throws(TextDecodingError) {
        var failure: Int32?
        var left = input.count
        if let base = input.baseAddress, left > 0 {
            // iconv's input is `char **` but it only reads through it.
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var scratch = [UInt8](repeating: 0, count: max(256, min(left * 2 + 16, 1 << 16)))
            while left > 0 {
                var stop: Int32?
                let produced: Int = scratch.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    if iconv(cd, &inPointer, &left, &outPointer, &outLeft) == -1, errno != E2BIG { stop = errno }
                    return outBuffer.count - outLeft
                }
                output.append(contentsOf: scratch[..<produced])
                if let stop { failure = stop; break }
            }
        }
        let offset = consumed + input.count - left
        if failure == EINVAL && !final {
            pending = Array(input[(input.count - left)...])  // an incomplete sequence: completed by the next chunk
            consumed = offset
            return
        }
        if let failure {
            let what = failure == EILSEQ ? "无效的字节序列" : "字节序列不完整"
            throw TextDecodingError("按 \(encoding) 解码失败：第 \(offset) 字节处\(what) — not valid \(encoding) at byte \(offset)")
        }
        consumed = offset
    }
}

/// Bytes that are not text in the encoding they declare or were detected as.
public struct TextDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong: Chinese, then ` — ` and English.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

extension ReportTextReader {
    /// A text file's bytes as text: a BOM's encoding, else UTF-8 when valid, else GB18030 (which reads GBK and
    /// GB2312 exactly); throws when the bytes are none of these.
    public static func decodeText(_ data: Data) throws(TextDecodingError) -> String {
        try TextEncoding.decodeText(Array(data)).0
    }
}

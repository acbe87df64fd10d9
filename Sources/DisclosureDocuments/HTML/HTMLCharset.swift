import DisclosureText

/// The charset a page declares: a BOM, else `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=gb2312">` in the first 8 KiB, else detected (valid UTF-8, else GB18030).
enum HTMLCharset {
    static let prescanBytes = 8192

    /// The page's encoding and the number of BOM bytes to skip.
    static func encoding(of bytes: [UInt8]) -> (TextEncoding, Int) {
        if let mark = TextEncoding.byteOrderMark(bytes) { return mark }
        if let declared = declared(in: bytes), let encoding = TextEncoding(label: declared) { return (encoding, 0) }
        return (TextEncoding.detect(bytes), 0)
    }

    /// The charset label of the first `<meta>` tag that states one.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var i = 0
        while i + meta.count <= head.count {
            guard head[i] == 0x3C, head[i..<(i + meta.count)].elementsEqual(meta) else { i += 1; continue }
            let end = head[i...].firstIndex(of: 0x3E) ?? head.count
            let tag = Array(head[i..<end])
            var j = 0
            while j + charset.count <= tag.count {
                if tag[j..<(j + charset.count)].elementsEqual(charset) {
                    var k = j + charset.count
                    while k < tag.count, tag[k] == 0x20 { k += 1 }
                    guard k < tag.count, tag[k] == 0x3D else { j += 1; continue }  // =
                    k += 1
                    while k < tag.count, tag[k] == 0x20 || tag[k] == 0x22 || tag[k] == 0x27 { k += 1 }
                    var e = k
                    while e < tag.count, !(tag[e] == 0x22 || tag[e] == 0x27 || tag[e] == 0x20 || tag[e] == 0x3B || tag[e] == 0x2F) { e += 1 }
                    if e > k { return String(decoding: tag[k..<e], as: UTF8.self) }
                }
                j += 1
            }
            i = end
        }
        return nil
    }
}

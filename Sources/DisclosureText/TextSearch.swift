/// Substring search over UTF-8 bytes. Foundation's `contains(_:)`/`range(of:)` on Swift strings go through NSString
/// on Linux and cost more than the whole rest of reading a report; these stay in the standard library.
enum TextSearch {
    /// The range of the first occurrence of `needle` in `text`, or nil.
    static func range(of needle: String, in text: Substring) -> Range<Substring.Index>? {
        // The needle's bytes are read in place (a copy into an array was an allocation per search).
        var needle = needle
        return needle.withUTF8 { pattern -> Range<Substring.Index>? in
            let hay = text.utf8
            guard let first = pattern.first, pattern.count <= hay.count else {
                return pattern.isEmpty ? text.startIndex..<text.startIndex : nil
            }
            var i = hay.startIndex
            while let start = hay[i...].firstIndex(of: first) {
                var j = start
                var k = 0
                while k < pattern.count, j < hay.endIndex, hay[j] == pattern[k] {
                    j = hay.index(after: j)
                    k += 1
                }
                // A match of whole scalars starts and ends on scalar boundaries (UTF-8 is self-synchronising).
                if k == pattern.count { return start..<j }
                i = hay.index(after: start)
            }
            return nil
        }
    }

    /// True when `text` contains `needle`.
    static func contains(_ needle: String, in text: some StringProtocol) -> Bool {
        range(of: needle, in: Substring(text)) != nil
    }
}

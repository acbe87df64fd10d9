/// Reads `xl/sharedStrings.xml` into the table that `t="s"` cells index: plain `<si><t>`, rich text runs
/// `<si><r><t>` concatenated, phonetic runs `<rPh>` left out, `_xHHHH_` escapes decoded.
enum SharedStringsPart {
    static func parse(_ scanner: XMLScanner) throws(XLSXReadError) -> [String] {
        var strings: [String] = []
        var bytes: [UInt8] = []
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        while true {
            switch try scanner.next() {
            case .start:
                if scanner.isNamed("t") {
                    inText = inItem && phoneticDepth == 0
                } else if scanner.isNamed("si") {
                    inItem = true
                    bytes.removeAll(keepingCapacity: true)
                    if let text = scanner.simpleElementText("t") { bytes.append(contentsOf: text) }
                } else if scanner.isNamed("rPh") {
                    phoneticDepth += 1
                } else if scanner.isNamed("sst"), let count = scanner.attributeString("uniqueCount").flatMap({ Int($0) }) {
                    strings.reserveCapacity(min(max(count, 0), 1 << 20))
                }
            case .text where inText:
                scanner.appendText(to: &bytes)
            case .end:
                if scanner.isNamed("t") {
                    inText = false
                } else if scanner.isNamed("rPh") {
                    phoneticDepth -= 1
                } else if scanner.isNamed("si") {
                    strings.append(XString.decode(bytes))
                    inItem = false
                }
            case .endOfDocument:
                return strings
            default:
                continue
            }
        }
    }
}

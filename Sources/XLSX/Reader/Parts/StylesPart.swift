/// Reads from `xl/styles.xml` what the reader reports per cell: whether each cell format (`cellXfs`) locks
/// its cells (`<protection locked="0"/>` unlocks).
enum StylesPart {
    static func parseLocked(_ scanner: XMLScanner) throws(XLSXReadError) -> [Bool] {
        var locked: [Bool] = []
        var inCellXfs = false
        var inXf = false
        while true {
            switch try scanner.next() {
            case .start:
                if scanner.isNamed("cellXfs") {
                    inCellXfs = true
                } else if inCellXfs && scanner.isNamed("xf") {
                    inXf = true
                    locked.append(true)
                } else if inXf && scanner.isNamed("protection"), let value = scanner.attributeString("locked") {
                    locked[locked.count - 1] = WorkbookPart.isTrue(value)
                }
            case .end:
                if scanner.isNamed("cellXfs") {
                    inCellXfs = false
                } else if scanner.isNamed("xf") {
                    inXf = false
                }
            case .endOfDocument:
                return locked
            default:
                continue
            }
        }
    }
}

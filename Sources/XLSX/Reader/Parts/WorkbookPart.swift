/// What `xl/workbook.xml` says: the sheets in tab order with their relationship ids, the defined names, the
/// date system.
struct WorkbookPart {
    struct SheetEntry {
        var name: String
        var state: SheetInfo.State
        var relationshipID: String
    }

    var sheets: [SheetEntry] = []
    var definedNames: [DefinedName] = []
    var usesDate1904 = false

    static func parse(_ scanner: XMLScanner) throws(XLSXReadError) -> WorkbookPart {
        var part = WorkbookPart()
        var bytes: [UInt8] = []
        var pendingName: (String, Int?, Bool)?
        while true {
            switch try scanner.next() {
            case .start where scanner.isNamed("sheet"):
                guard let name = scanner.attributeString("name") else {
                    throw scanner.error(.malformedXML, "<sheet> 缺少 name 属性 — <sheet> without a name")
                }
                guard let rid = scanner.attributeString("id", prefixed: true) else {
                    throw scanner.error(.malformedXML, "工作表“\(name)”缺少 r:id 属性 — sheet without r:id")
                }
                let state: SheetInfo.State = switch scanner.attributeString("state") {
                case "hidden": .hidden
                case "veryHidden": .veryHidden
                default: .visible
                }
                part.sheets.append(SheetEntry(name: name, state: state, relationshipID: rid))
            case .start where scanner.isNamed("workbookPr"):
                part.usesDate1904 = scanner.attributeString("date1904").map(Self.isTrue) ?? false
            case .start where scanner.isNamed("definedName"):
                pendingName = (
                    scanner.attributeString("name") ?? "",
                    scanner.attributeString("localSheetId").flatMap { Int($0) },
                    scanner.attributeString("hidden").map(Self.isTrue) ?? false
                )
                bytes.removeAll(keepingCapacity: true)
            case .text where pendingName != nil:
                scanner.appendText(to: &bytes)
            case .end where scanner.isNamed("definedName"):
                if let (name, sheet, hidden) = pendingName {
                    part.definedNames.append(DefinedName(name: name, formula: String(decoding: bytes, as: UTF8.self), sheetIndex: sheet, isHidden: hidden))
                }
                pendingName = nil
            case .start where scanner.isNamed("extLst"):
                try scanner.skipElement()
            case .endOfDocument:
                return part
            default:
                continue
            }
        }
    }

    static func isTrue(_ text: String) -> Bool { text == "1" || text == "true" }
}

import Foundation

/// Streams one worksheet part: cells row by row to a callback, then the sheet's metadata.
///
/// The hot path (`<row>`, `<c>`, `<v>`) works on the scanner's raw bytes: references and indices are parsed
/// from digits, numbers become `Decimal` without `Double`, shared strings are looked up (no copy), and the
/// row's cell array and byte buffers are reused, so memory stays flat however long the sheet.
struct WorksheetParser {
    let scanner: XMLScanner
    let sheetName: String
    let sharedStrings: [String]
    let lockedStyles: [Bool]

    private enum Collect { case none, value, formula, inlineText, validationFormula1, validationFormula2 }

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, date
    }

    /// Everything the parse of one worksheet part remembers between events: where it is (row, cell), what the
    /// current cell has said so far, the buffers reused from cell to cell, and the metadata collected.
    private struct State {
        /// Merged ranges, validations, protection and dimension, collected as they come.
        var metadata = Sheet.Metadata()
        // The current row.
        var rowIndex = -1
        var inRow = false
        /// The last column written in the row (cells without `r` follow it).
        var column = -1
        /// The row's cells; the array is reused from row to row.
        var cells: [Sheet.Cell] = []
        // The current cell.
        var reference = CellReference(row: 0, column: 0)
        var type = CellType.number
        var style = 0
        var hasValue = false
        /// The value read by the scanner's fast path for `<v>text</v>`, when it applied.
        var fastValue: CellValue?
        var hasFormula = false
        var inInline = false
        var phoneticDepth = 0
        var formulaKind = Sheet.Formula.Kind.normal
        var formulaGroup: Int?
        var formulaRange: CellRange?
        /// Which text event goes where.
        var collect = Collect.none
        // Byte buffers, reused.
        var valueBytes: [UInt8] = []
        var formulaBytes: [UInt8] = []
        var inlineBytes: [UInt8] = []
        var scratch: [UInt8] = []
        /// The master cell of each shared-formula group.
        var sharedMasters: [Int: CellReference] = [:]
        /// The `<dataValidation>` being read.
        var validation: Sheet.DataValidation?
    }

    func run(_ body: (Sheet.Row) throws -> Void) throws -> Sheet.Metadata {
        var s = State()
        while true {
            switch try scanner.next() {
            case .start:
                if scanner.isNamed("c") {
                    guard s.inRow else { throw fail(.malformedXML, "单元格 <c> 不在 <row> 内 — cell outside a row") }
                    s.type = .number
                    s.style = 0
                    s.hasValue = false
                    s.fastValue = nil
                    s.hasFormula = false
                    var explicit: CellReference?
                    for i in 0..<scanner.attributeCount {
                        if scanner.attribute(i, isNamed: "r") {
                            explicit = try scanner.withAttribute(i, scratch: &s.scratch) { bytes throws(XLSXReadError) in
                                guard let ref = Self.cellReference(bytes) else {
                                    throw fail(.invalidCellReference, "无效的单元格引用“\(String(decoding: bytes, as: UTF8.self))”（须为 A1 至 XFD1048576） — invalid cell reference")
                                }
                                return ref
                            }
                        } else if scanner.attribute(i, isNamed: "t") {
                            s.type = try scanner.withAttribute(i, scratch: &s.scratch) { bytes throws(XLSXReadError) in
                                try cellType(bytes)
                            }
                        } else if scanner.attribute(i, isNamed: "s") {
                            s.style = try scanner.withAttribute(i, scratch: &s.scratch) { bytes throws(XLSXReadError) in
                                guard let n = Self.integer(bytes) else {
                                    throw fail(.invalidCellValue, "无效的样式编号 — invalid s.style index")
                                }
                                return n
                            }
                        }
                    }
                    if let explicit {
                        s.reference = explicit
                    } else {
                        s.reference = CellReference(row: s.rowIndex, column: s.column + 1)
                        guard s.reference.column <= CellReference.maxColumn else {
                            throw fail(.invalidCellReference, "第\(s.rowIndex + 1)行的单元格超过 16384 列（XFD） — more than 16,384 columns in a row")
                        }
                    }
                    s.column = s.reference.column
                    if !scanner.isEmptyElement, s.type != .inlineString, let text = scanner.simpleElementText("v") {
                        s.fastValue = try cellValue(s.type, text, at: s.reference)
                    }
                } else if scanner.isNamed("v") {
                    s.collect = .value
                    s.hasValue = true
                    s.valueBytes.removeAll(keepingCapacity: true)
                } else if scanner.isNamed("row") {
                    s.inRow = true
                    s.column = -1
                    s.cells.removeAll(keepingCapacity: true)
                    if let i = scanner.attribute("r") {
                        s.rowIndex = try scanner.withAttribute(i, scratch: &s.scratch) { bytes throws(XLSXReadError) in
                            guard let n = Self.integer(bytes), n >= 1, n - 1 <= CellReference.maxRow else {
                                throw fail(.invalidCellReference, "无效的行号“\(String(decoding: bytes, as: UTF8.self))”（须为 1 至 1048576） — invalid row number")
                            }
                            return n - 1
                        }
                    } else {
                        s.rowIndex += 1
                        guard s.rowIndex <= CellReference.maxRow else {
                            throw fail(.invalidCellReference, "行数超过 1048576 — more than 1,048,576 rows")
                        }
                    }
                } else if scanner.isNamed("f") {
                    s.hasFormula = true
                    s.collect = .formula
                    s.formulaBytes.removeAll(keepingCapacity: true)
                    s.formulaKind = .normal
                    s.formulaGroup = nil
                    s.formulaRange = nil
                    if let t = scanner.attributeString("t") {
                        if t == "shared" { s.formulaKind = .sharedDependent } else if t == "array" { s.formulaKind = .array }
                    }
                    s.formulaGroup = scanner.attributeString("si").flatMap { Int($0) }
                    if let ref = scanner.attributeString("ref") {
                        guard let range = CellRange(ref) else {
                            throw fail(.invalidCellReference, "公式范围“\(ref)”无效 — invalid formula range", cell: s.reference)
                        }
                        s.formulaRange = range
                        if s.formulaKind == .sharedDependent { s.formulaKind = .sharedMaster }
                    }
                } else if scanner.isNamed("is") {
                    s.inInline = true
                    s.inlineBytes.removeAll(keepingCapacity: true)
                } else if scanner.isNamed("t") {
                    if s.inInline && s.phoneticDepth == 0 { s.collect = .inlineText }
                } else if scanner.isNamed("rPh") {
                    s.phoneticDepth += 1
                } else if scanner.isNamed("mergeCell") {
                    if let ref = scanner.attributeString("ref") {
                        guard let range = CellRange(ref) else {
                            throw fail(.invalidCellReference, "合并区域“\(ref)”无效 — invalid merged range")
                        }
                        s.metadata.mergedRanges.append(range)
                    }
                } else if scanner.isNamed("dataValidation") {
                    s.validation = try dataValidation()
                } else if scanner.isNamed("formula1"), s.validation != nil {
                    s.collect = .validationFormula1
                    s.scratch.removeAll(keepingCapacity: true)
                } else if scanner.isNamed("formula2"), s.validation != nil {
                    s.collect = .validationFormula2
                    s.scratch.removeAll(keepingCapacity: true)
                } else if scanner.isNamed("sheetProtection") {
                    s.metadata.protection = protection()
                } else if scanner.isNamed("dimension") {
                    s.metadata.dimension = scanner.attributeString("ref").flatMap { CellRange($0) }
                } else if scanner.isNamed("extLst") {
                    try scanner.skipElement()
                }
            case .text:
                switch s.collect {
                case .none: break
                case .value: scanner.appendText(to: &s.valueBytes)
                case .formula: scanner.appendText(to: &s.formulaBytes)
                case .inlineText: scanner.appendText(to: &s.inlineBytes)
                case .validationFormula1, .validationFormula2: scanner.appendText(to: &s.scratch)
                }
            case .end:
                if scanner.isNamed("v") {
                    s.collect = .none
                } else if scanner.isNamed("c") {
                    let value: CellValue
                    if let fastValue = s.fastValue {
                        value = fastValue
                    } else if s.type == .inlineString {
                        value = .string(XString.decode(s.inlineBytes))
                    } else if s.hasValue {
                        value = try s.valueBytes.withUnsafeBufferPointer { bytes throws(XLSXReadError) in try cellValue(s.type, bytes, at: s.reference) }
                    } else {
                        value = .blank
                    }
                    var formula: Sheet.Formula?
                    if s.hasFormula {
                        formula = formulaValue(s.formulaKind, s.formulaBytes, group: s.formulaGroup, range: s.formulaRange,
                                               at: s.reference, masters: &s.sharedMasters)
                    }
                    let locked = s.style < lockedStyles.count ? lockedStyles[s.style] : true
                    s.cells.append(Sheet.Cell(reference: s.reference, value: value, formula: formula, styleIndex: s.style, isLocked: locked))
                    s.inInline = false
                    s.inlineBytes.removeAll(keepingCapacity: true)
                } else if scanner.isNamed("row") {
                    s.inRow = false
                    if !s.cells.isEmpty { try body(Sheet.Row(index: s.rowIndex, cells: s.cells)) }
                } else if scanner.isNamed("f") || scanner.isNamed("t") {
                    s.collect = .none
                } else if scanner.isNamed("is") {
                    s.inInline = false
                } else if scanner.isNamed("rPh") {
                    s.phoneticDepth -= 1
                } else if scanner.isNamed("formula1") || scanner.isNamed("formula2") {
                    if s.collect == .validationFormula1 {
                        s.validation?.formula1 = String(decoding: s.scratch, as: UTF8.self)
                    } else if s.collect == .validationFormula2 {
                        s.validation?.formula2 = String(decoding: s.scratch, as: UTF8.self)
                    }
                    s.collect = .none
                } else if scanner.isNamed("dataValidation") {
                    if let validation = s.validation { s.metadata.dataValidations.append(validation) }
                    s.validation = nil
                }
            case .endOfDocument:
                return s.metadata
            }
        }
    }

    // MARK: - Cells

    private func cellType(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXReadError) -> CellType {
        switch bytes.count {
        case 1:
            switch bytes[0] {
            case 0x73: return .sharedString  // s
            case 0x6E: return .number  // n
            case 0x62: return .boolean  // b
            case 0x65: return .error  // e
            case 0x64: return .date  // d
            default: break
            }
        case 3 where bytes[0] == 0x73 && bytes[1] == 0x74 && bytes[2] == 0x72: return .formulaString  // str
        case 9 where bytes[0] == 0x69 && bytes[6] == 0x53: return .inlineString  // inlineStr
        default: break
        }
        throw fail(.invalidCellValue, "未知的单元格类型 t=\"\(String(decoding: bytes, as: UTF8.self))\" — unknown cell type")
    }

    /// The value of a `<v>` whose text is `value`, for a cell of type `type` (not an inline string).
    private func cellValue(_ type: CellType, _ value: UnsafeBufferPointer<UInt8>, at reference: CellReference) throws(XLSXReadError) -> CellValue {
        switch type {
        case .number:
            if value.isEmpty { return .blank }
            guard let number = DecimalText.parse(value) else {
                throw fail(.invalidCellValue, "不是数字（\"\(String(decoding: value.prefix(40), as: UTF8.self))\"）或超出 Decimal 范围 — not a number, or outside Decimal's range", cell: reference)
            }
            return .number(number)
        case .sharedString:
            guard let index = Self.integer(value), index < sharedStrings.count else {
                throw fail(.invalidCellValue, "共享字符串编号“\(String(decoding: value.prefix(20), as: UTF8.self))”无效（共 \(sharedStrings.count) 个） — shared string index out of range", cell: reference)
            }
            return .string(sharedStrings[index])
        case .formulaString, .date:
            return .string(String(decoding: value, as: UTF8.self))
        case .boolean:
            switch String(decoding: value, as: UTF8.self) {
            case "1", "true", "TRUE": return .boolean(true)
            case "0", "false", "FALSE": return .boolean(false)
            default:
                throw fail(.invalidCellValue, "布尔值只能是 0 或 1（\"\(String(decoding: value.prefix(20), as: UTF8.self))\"） — boolean must be 0 or 1", cell: reference)
            }
        case .error:
            return .error(String(decoding: value, as: UTF8.self))
        case .inlineString:
            return .string(String(decoding: value, as: UTF8.self))
        }
    }

    private func formulaValue(_ kind: Sheet.Formula.Kind, _ bytes: [UInt8], group: Int?, range: CellRange?, at reference: CellReference, masters: inout [Int: CellReference]) -> Sheet.Formula {
        switch kind {
        case .sharedMaster:
            if let group { masters[group] = reference }
            return Sheet.Formula(kind: .sharedMaster, text: String(decoding: bytes, as: UTF8.self), sharedGroup: group, range: range)
        case .sharedDependent:
            if !bytes.isEmpty {  // some writers repeat the text on every member
                return Sheet.Formula(kind: .sharedDependent, text: String(decoding: bytes, as: UTF8.self), sharedGroup: group, master: group.flatMap { masters[$0] })
            }
            return Sheet.Formula(kind: .sharedDependent, text: nil, sharedGroup: group, master: group.flatMap { masters[$0] })
        case .normal, .array:
            return Sheet.Formula(kind: kind, text: String(decoding: bytes, as: UTF8.self), range: range)
        }
    }

    // MARK: - Metadata

    private func dataValidation() throws(XLSXReadError) -> Sheet.DataValidation {
        var ranges: [CellRange] = []
        for piece in (scanner.attributeString("sqref") ?? "").split(separator: " ") {
            guard let range = CellRange(piece) else {
                throw fail(.invalidCellReference, "数据验证范围“\(piece)”无效 — invalid data validation range")
            }
            ranges.append(range)
        }
        return Sheet.DataValidation(
            type: scanner.attributeString("type") ?? "none",
            operator: scanner.attributeString("operator") ?? "between",
            ranges: ranges,
            allowsBlank: scanner.attributeString("allowBlank").map(WorkbookPart.isTrue) ?? false,
            showsErrorMessage: scanner.attributeString("showErrorMessage").map(WorkbookPart.isTrue) ?? false,
            errorTitle: scanner.attributeString("errorTitle"),
            errorMessage: scanner.attributeString("error"),
            promptTitle: scanner.attributeString("promptTitle"),
            prompt: scanner.attributeString("prompt"))
    }

    private func protection() -> Sheet.Protection {
        var attributes: [String: String] = [:]
        for i in 0..<scanner.attributeCount {
            attributes[scanner.attributeName(i)] = scanner.attributeString(i)
        }
        let protected = attributes["sheet"].map(WorkbookPart.isTrue) ?? false
        let password = attributes["password"] != nil || attributes["hashValue"] != nil
        return Sheet.Protection(isProtected: protected, hasPassword: password, attributes: attributes)
    }

    // MARK: - Bytes

    private func fail(_ kind: XLSXReadError.Kind, _ message: String, cell: CellReference? = nil) -> XLSXReadError {
        var error = scanner.error(kind, message, cell: cell)
        error.sheet = sheetName
        return error
    }

    /// A non-negative decimal integer, nil for anything else or more than 9 digits.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var n = 0
        for c in bytes {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            n = n * 10 + Int(c - 0x30)
        }
        return n
    }

    /// A1 notation from bytes (`B12`, `$B$12`), nil beyond XFD1048576 or malformed.
    @inline(__always) static func cellReference(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        CellReference(utf8: bytes)
    }
}

import Foundation
import Testing
import TestSupport
import XLSX

/// Hostile and broken files end in a typed `XLSXReadError` that names the part (and line or cell), never a crash,
/// a hang or unbounded memory.
struct ReaderHostileTests {
    typealias W = ReaderTestWorkbooks
    let sheetPart = "xl/worksheets/sheet1.xml"

    private func zipCode(_ error: XLSXReadError?) -> ZipError.Code? {
        if case .zip(let zipError)? = error?.kind { return zipError.code }
        return nil
    }

    private func sheetError(_ xml: String, limits: ReaderLimits = .default) -> XLSXReadError? {
        W.readError { _ = try W.readSheet1(xml, limits: limits) }
    }

    // MARK: Zip level

    @Test func notAZipIsNoZipError() {
        let error = W.readError { _ = try WorkbookReader(contentsOf: Data("这不是 zip 文件".utf8)) }
        #expect(zipCode(error) == .notAZip)
        #expect(error?.description.contains("不是 zip/xlsx 文件") == true)
    }

    @Test func missingFileIsOpenError() {
        let error = W.readError { _ = try WorkbookReader(url: URL(fileURLWithPath: "/nonexistent/x.xlsx")) }
        #expect(zipCode(error) == .noSuchEntry)
        #expect(error?.description.contains("文件不存在") == true)
    }

    @Test func truncatedZipIsRefused() throws {
        let data = try Data(contentsOf: Fixtures.url("xlsx/excel-like.xlsx"))
        for keep in [data.count / 2, data.count - 10, 30] {
            let error = W.readError { _ = try WorkbookReader(contentsOf: data.prefix(keep)) }
            #expect(zipCode(error) == .notAZip, "kept \(keep) bytes")
        }
    }

    @Test func missingWorkbookPartIsNamed() {
        let data = W.zip([("_rels/.rels", Array(W.rootRels.utf8))])
        let error = W.readError { _ = try WorkbookReader(contentsOf: data) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == "xl/workbook.xml")
    }

    @Test func missingSheetPartIsNamedWithItsSheet() {
        let data = W.zip([
            ("_rels/.rels", Array(W.rootRels.utf8)),
            ("xl/workbook.xml", Array(W.workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(W.workbookRels.utf8)),
        ])
        let error = W.readError { _ = try WorkbookReader(contentsOf: data) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == sheetPart)
        #expect(error?.sheet == "Sheet1")
    }

    @Test func compressionRatioBombIsRefusedBeforeInflating() throws {
        let book = try WorkbookReader(url: Fixtures.url("xlsx/bomb-ratio.xlsx"))
        let error = W.readError { _ = try book.readSheet(named: "Sheet1") }
        #expect(error?.kind == .zipBomb)
        #expect(error?.part == sheetPart)
        #expect(error?.description.contains("1022:1") == true)
    }

    @Test func declaredSizeOverTheLimitIsRefused() {
        let rows = (1...200).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        let error = sheetError(W.sheet(rows), limits: ReaderLimits(maxEntryBytes: 1000))
        #expect(error?.kind == .zipBomb)
        #expect(error?.part == sheetPart)
    }

    @Test func headerThatUnderstatesTheSizeIsCaught() throws {
        let book = try WorkbookReader(url: Fixtures.url("xlsx/lying-size.xlsx"))
        let error = W.readError { _ = try book.readSheet(named: "Sheet1") }
        // libzip inflates past the declared 100 bytes; we count the bytes actually produced and stop.
        #expect(error?.kind == .zipBomb)
        #expect(error?.part == sheetPart)
        #expect(error?.sheet == "Sheet1")
    }

    // MARK: XML level

    @Test func doctypeIsRefusedBeforeAnyEntityExists() {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        let error = sheetError(laughs)
        #expect(error?.kind == .dtdRefused)
        #expect(error?.part == sheetPart)
        #expect(error?.line == 1)
        #expect(error?.offset == 21)
    }

    @Test func entityDeclarationAnywhereIsRefused() {
        let error = sheetError(W.sheet("<!ENTITY x \"y\">"))
        #expect(error?.kind == .dtdRefused)
        #expect(error?.line == 2)
    }

    @Test func undefinedEntityIsAnError() {
        let error = sheetError(W.sheet("<row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>"))
        #expect(error?.kind == .invalidReference)
        #expect(sheetError(W.sheet("<row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row>"))?.kind == .invalidReference)
        #expect(sheetError(W.sheet("<row><c t=\"inlineStr\"><is><t>&#xD800;</t></is></c></row>"))?.kind == .invalidReference)
        #expect(sheetError(W.sheet("<row r=\"&bogus;\"/>"))?.kind == .invalidReference)
    }

    @Test func mismatchedEndTagIsMalformedWithItsLine() {
        let error = sheetError(W.sheet("<row r=\"1\"><c r=\"A1\"><v>1</c></v></row>"))
        #expect(error?.kind == .malformedXML)
        #expect(error?.part == sheetPart)
        #expect(error?.line == 2)
        #expect(error?.description.contains("不匹配") == true)
    }

    @Test func unclosedElementAtEndIsMalformed() {
        let error = sheetError("<worksheet><sheetData><row r=\"1\">")
        #expect(error?.kind == .malformedXML)
        #expect(error?.description.contains("未闭合") == true)
    }

    @Test func otherMalformedShapes() {
        #expect(sheetError("<worksheet><sheetData/></worksheet><second/>")?.kind == .malformedXML)
        #expect(sheetError("<worksheet a=1/>")?.kind == .malformedXML)
        #expect(sheetError("<worksheet a=\"1\"b=\"2\"/>")?.kind == .malformedXML)
        #expect(sheetError("<worksheet a=\"<\"/>")?.kind == .malformedXML)
        #expect(sheetError("text<worksheet/>")?.kind == .malformedXML)
        #expect(sheetError("")?.kind == .malformedXML)
        #expect(sheetError("</worksheet>")?.kind == .malformedXML)
        #expect(sheetError("<worksheet><c r=\"A1\"/></worksheet>")?.kind == .malformedXML)  // cell outside a row
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let prefix = Array("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>".utf8)
        let suffix = Array("</t></is></c></row></sheetData></worksheet>".utf8)
        for bad: [UInt8] in [[0xC3, 0x28], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x01]] {
            let data = W.oneSheet(bytes: prefix + bad + suffix)
            let error = W.readError { _ = try WorkbookReader(contentsOf: data).readSheet(named: "Sheet1") }
            #expect(error?.kind == .invalidUTF8, "bytes \(bad)")
            #expect(error?.offset == prefix.count, "bytes \(bad)")
        }
        let truncated = W.oneSheet(bytes: Array("<worksheet/>".utf8) + [0xE4, 0xB8])
        #expect(W.readError { _ = try WorkbookReader(contentsOf: truncated).readSheet(named: "Sheet1") }?.kind == .invalidUTF8)
    }

    @Test func utf16IsUnsupported() {
        let data = W.oneSheet(bytes: [0xFF, 0xFE] + Array("<".utf8))
        #expect(W.readError { _ = try WorkbookReader(contentsOf: data).readSheet(named: "Sheet1") }?.kind == .unsupported)
        let declared = sheetError("<?xml version=\"1.0\" encoding=\"GBK\"?><worksheet/>")
        #expect(declared?.kind == .unsupported)
    }

    @Test func deepNestingIsBounded() {
        let deep = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
        let error = sheetError("<worksheet>\(deep)</worksheet>")
        #expect(error?.kind == .nestingTooDeep)
        #expect(error?.part == sheetPart)
    }

    @Test func giganticAttributeAndTextAreBounded() {
        let limits = ReaderLimits(maxTagBytes: 4096, maxTextBytes: 4096)
        let attribute = String(repeating: "x", count: 100_000)
        #expect(sheetError(W.sheet("<row spans=\"\(attribute)\"/>"), limits: limits)?.kind == .tokenTooLong)
        #expect(sheetError(W.sheet("<row><c t=\"inlineStr\"><is><t>\(attribute)</t></is></c></row>"), limits: limits)?.kind == .tokenTooLong)
        #expect(sheetError(W.sheet("<!-- \(attribute) -->"), limits: limits)?.kind == .tokenTooLong)
        // …while the defaults take a full 32,767-character cell.
        let cell = String(repeating: "中", count: 32_767)
        let sheet = try? W.readSheet1(W.sheet("<row><c t=\"inlineStr\"><is><t>\(cell)</t></is></c></row>"))
        #expect(sheet?["A1"]?.value == .string(cell))
    }

    // MARK: Cell level

    @Test func referencesBeyondXFD1048576AreRefusedWithTheSheet() {
        let column = sheetError(W.sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
        #expect(column?.kind == .invalidCellReference)
        #expect(column?.sheet == "Sheet1")
        #expect(sheetError(W.sheet("<row r=\"1\"><c r=\"A1048577\"><v>1</v></c></row>"))?.kind == .invalidCellReference)
        #expect(sheetError(W.sheet("<row r=\"1048577\"/>"))?.kind == .invalidCellReference)
        #expect(sheetError(W.sheet("<row r=\"0\"/>"))?.kind == .invalidCellReference)
        #expect(sheetError(W.sheet("<row><c r=\"1A\"/></row>"))?.kind == .invalidCellReference)
    }

    @Test func aMillionColumnsInARowAreRefused() {
        let cells = String(repeating: "<c/>", count: 16_385)
        let error = sheetError(W.sheet("<row r=\"1\">\(cells)</row>"))
        #expect(error?.kind == .invalidCellReference)
        #expect(error?.description.contains("16384") == true)
    }

    @Test func badValuesNameTheirCell() {
        let number = sheetError(W.sheet("<row r=\"3\"><c r=\"C3\"><v>12,5</v></c></row>"))
        #expect(number?.kind == .invalidCellValue)
        #expect(number?.cell == CellReference("C3"))
        #expect(number?.description.contains("Sheet1!C3") == true)
        #expect(sheetError(W.sheet("<row><c t=\"s\"><v>7</v></c></row>"))?.kind == .invalidCellValue)
        #expect(sheetError(W.sheet("<row><c t=\"b\"><v>2</v></c></row>"))?.kind == .invalidCellValue)
        #expect(sheetError(W.sheet("<row><c t=\"zz\"><v>2</v></c></row>"))?.kind == .invalidCellValue)
        #expect(sheetError(W.sheet("<row><c><v>1E+999</v></c></row>"))?.kind == .invalidCellValue)
    }

    @Test func everyTruncationOfASheetFailsCleanly() throws {
        let full = W.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>中&amp;文</t></is></c><c r=\"B1\"><f>A1</f><v>1.5</v></c></row>",
            tail: "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>")
        let bytes = Array(full.utf8)
        #expect(try W.readSheet1(full).cells.count == 2)
        for keep in 0..<bytes.count {
            let data = W.oneSheet(bytes: Array(bytes[..<keep]))
            let error = W.readError { _ = try WorkbookReader(contentsOf: data).readSheet(named: "Sheet1") }
            #expect(error != nil, "prefix of \(keep) bytes was accepted")
        }
    }
}

import Foundation
import Testing
@testable import XLSX

/// The XML scanner gives the same events whatever the chunking, and decodes exactly the references XML allows.
struct ReaderXMLScannerTests {
    private func events(_ xml: String, chunk: Int) throws -> [String] {
        let scanner = XMLScanner(source: MemoryByteSource(Array(xml.utf8), chunk: chunk), part: "test.xml", limits: .default)
        var out: [String] = []
        while true {
            switch try scanner.next() {
            case .start:
                let attributes = (0..<scanner.attributeCount).map { "\(scanner.attributeName($0))=\(scanner.attributeString($0))" }
                out.append("<\(scanner.name)\(attributes.isEmpty ? "" : " " + attributes.joined(separator: " "))>")
            case .end: out.append("</\(scanner.name)>")
            case .text: out.append(scanner.text)
            case .endOfDocument: return out
            }
        }
    }

    @Test func eventsAreIndependentOfChunkBoundaries() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <!-- 注释 > -->
            <x:root xmlns:x="urn:x" a='1 &amp; 2' b="中&#x6587;&#25991;">
              <item t="x>y">文本&lt;&gt;&quot;&apos;</item><empty/><![CDATA[raw <&>]]>
            </x:root>
            """
        let whole = try events(xml, chunk: 1 << 16)
        #expect(whole.first == "<x:root xmlns:x=urn:x a=1 & 2 b=中文文>")
        #expect(whole.contains("文本<>\"'"))
        #expect(whole.contains("<item t=x>y>"))
        #expect(whole.contains("raw <&>"))
        #expect(whole.filter { $0 == "</empty>" }.count == 1)
        for chunk in [1, 2, 3, 7] {
            #expect(try events(xml, chunk: chunk) == whole, "chunk \(chunk)")
        }
    }

    /// Found by the xml-scanner fuzz target: a tag ending right after an incomplete UTF-8 sequence at a chunk's
    /// end was scanned before the sequence was validated; the next fill then read before the buffer.
    @Test func aSequenceSplitAcrossChunksIsValidatedBeforeAnyTokenUsesIt() throws {
        let bytes: [UInt8] = [0x3C, 0x65, 0xED, 0x3E, 0x3E]  // <e, a lone 3-byte lead, >>
        for chunk in 1...6 {
            let scanner = XMLScanner(source: MemoryByteSource(bytes, chunk: chunk), part: "fuzz.xml", limits: .default)
            do throws(XLSXReadError) {
                while try scanner.next() != .endOfDocument {}
                Issue.record("invalid UTF-8 accepted with chunk \(chunk)")
            } catch {
                #expect(error.kind == .invalidUTF8, "chunk \(chunk)")
            }
        }
        // A valid character split over every boundary still reads.
        let valid = Array("<e a=\"中\">文</e>".utf8)
        for chunk in 1...4 {
            let scanner = XMLScanner(source: MemoryByteSource(valid, chunk: chunk), part: "ok.xml", limits: .default)
            #expect(try scanner.next() == .start)
            #expect(scanner.attributeString("a") == "中")
            #expect(try scanner.next() == .text)
            #expect(scanner.text == "文")
        }
    }

    @Test func memoryStaysFlatOnALongPart() throws {
        let row = "<row><c r=\"A1\" t=\"s\"><v>12</v></c><c><v>94.2</v></c></row>"
        let xml = "<sheetData>" + String(repeating: row, count: 100_000) + "</sheetData>"  // 5.5 MB
        let scanner = XMLScanner(source: MemoryByteSource(Array(xml.utf8)), part: "big.xml", limits: .default)
        var cells = 0
        while true {
            let event = try scanner.next()
            if event == .endOfDocument { break }
            if event == .start && scanner.isNamed("c") { cells += 1 }
        }
        #expect(cells == 200_000)
        #expect(scanner.bufferCapacity <= 256 * 1024)
    }

    @Test func lineEndsAreNormalised() throws {
        let scanner = XMLScanner(source: MemoryByteSource(Array("<r a=\"x\ty\r\nz\">1\r\n2\r3</r>".utf8)), part: "t", limits: .default)
        #expect(try scanner.next() == .start)
        #expect(scanner.attributeString("a") == "x y z")
        #expect(try scanner.next() == .text)
        #expect(scanner.text == "1\n2\n3")
    }

    @Test func localNamesMatchAcrossPrefixes() throws {
        let scanner = XMLScanner(source: MemoryByteSource(Array("<x:c r:id=\"rId1\" id=\"plain\"/>".utf8)), part: "t", limits: .default)
        #expect(try scanner.next() == .start)
        #expect(scanner.isNamed("c"))
        #expect(!scanner.isNamed("x:c"))
        #expect(scanner.attributeString("id", prefixed: true) == "rId1")
        #expect(scanner.isEmptyElement)
    }

    @Test func decimalTextParsesWithoutDouble() {
        func parse(_ s: String) -> Decimal? { Array(s.utf8).withUnsafeBufferPointer { DecimalText.parse($0) } }
        #expect(parse("94.2") == Decimal(string: "94.2"))
        #expect(parse("1E+3") == 1000)
        #expect(parse("1.5E-3") == Decimal(string: "0.0015"))
        #expect(parse("-12.50") == Decimal(string: "-12.5"))
        #expect(parse("1E-130") == nil)
        #expect(parse("1E+200") == nil)
    }

    @Test func printedDoublesReadAsTheShortestDecimalOfTheirDouble() {
        func parse(_ s: String) -> Decimal? { Array(s.utf8).withUnsafeBufferPointer { DecimalText.parse($0) } }
        #expect(parse("0.07000000000000001") == Decimal(string: "0.07"))  // libxlsxwriter's %.16G of 0.07
        #expect(parse("7.0000000000000007E-2") == Decimal(string: "0.07"))  // Excel's 17 digits
        #expect(parse("94.200000000000003") == Decimal(string: "94.2"))
        #expect(parse("0.30000000000000004") == Decimal(string: "0.30000000000000004"))  // a different double from 0.3
        #expect(parse("188.39999999999998") == Decimal(string: "188.39999999999998"))
        #expect(parse("123456789012345678") == Decimal(string: "123456789012345680"))  // the double the file holds
        #expect(parse("1.50000000000000000000") == Decimal(string: "1.5"))  // trailing zeros are not digits
        #expect(parse("123456789012345") == Decimal(string: "123456789012345"))  // 15 digits: digit for digit
        #expect(parse("4.9406564584124654E-324") == nil)
        #expect(parse("1.7976931348623157E+308") == nil)
        for bad in ["", "-", ".", "1e", "1x", "--1", "1.2.3", "NaN", "1E+"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
    }
}

import Foundation
import Testing
import XLSX

/// Display widths for autofit, and the decimal → double conversion at the C boundary.
@Suite struct WriterTextTests {
    @Test(arguments: [
        ("abc", 3), ("政府信息公开", 12), ("宋体ab", 6), ("（万元）", 8), ("Ｆｕｌｌ", 8), ("한국", 4),
        ("第一行\n较长的第二行", 12), ("😀", 2), ("", 0), ("café", 4),
    ])
    func displayWidthCountsWideCharactersTwice(text: String, width: Int) {
        #expect(CellText.displayWidth(text) == width)
    }

    @Test func storedDoubleIsTheCorrectlyRoundedNearestDouble() throws {
        for text in ["0.07", "0.11", "94.2", "-94.2", "123456.78", "0.1", "1e-30", "12345678901234567890.5"] {
            let decimal = try #require(Decimal(string: text))
            #expect(CellValue.storedDouble(decimal) == Double(text), "\(text)")
        }
        #expect(CellValue.storedDouble(.nan) == nil)
    }
}

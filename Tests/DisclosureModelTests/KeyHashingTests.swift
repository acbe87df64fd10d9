import DisclosureModel
import Foundation
import Testing

/// Row and column keys keep their text's hash, and cover fields hash their case: equal values still hash equally,
/// the JSON form is unchanged, and a key whose text is changed hashes as a new key of that text.
@Suite struct KeyHashingTests {
    @Test func equalKeysAndAddressesHashEquallyEvenFromCanonicallyEquivalentTexts() {
        // "é" precomposed and "e" + combining acute: equal Swift strings, so equal keys with equal hashes.
        let composed = RowKey("caf\u{E9}"), decomposed = RowKey("cafe\u{301}")
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(ColumnKey("\u{212B}") == ColumnKey("\u{C5}"))  // Ångström sign ≡ Å
        #expect(ColumnKey("\u{212B}").hashValue == ColumnKey("\u{C5}").hashValue)
        let a = CellAddress(RowKey(String("newReceived".reversed().reversed())), ColumnKey("naturalPerson"))
        #expect(a == CellAddress(.newReceived, .naturalPerson))
        #expect(a.hashValue == CellAddress(.newReceived, .naturalPerson).hashValue)
        #expect(CellAddress(.newReceived, .naturalPerson) != CellAddress(.newReceived, .total))
        var cells: [CellAddress: Int] = [CellAddress(.newReceived, .naturalPerson): 1, CellAddress(.newReceived, .total): 2]
        cells[a] = 3
        #expect(cells.count == 2)
        #expect(cells[CellAddress(.newReceived, .naturalPerson)] == 3)
    }

    @Test func aKeyWhoseTextChangesHashesAsTheNewText() {
        var key = RowKey("carriedOver")
        key.rawValue = "newReceived"
        #expect(key == RowKey.newReceived)
        #expect(key.hashValue == RowKey.newReceived.hashValue)
        #expect(Set([key, .newReceived]).count == 1)
        var column = ColumnKey("total")
        column.rawValue += "X"
        #expect(column == ColumnKey("totalX"))
        #expect(column.hashValue == ColumnKey("totalX").hashValue)
    }

    @Test func keysAndAddressesKeepTheirJSONForm() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(RowKey.newReceived), as: UTF8.self) == #""newReceived""#)
        #expect(String(decoding: try encoder.encode([ColumnKey.total: 1]), as: UTF8.self) == #"{"total":1}"#)
        let address = CellAddress(.newReceived, .naturalPerson)
        let json = try encoder.encode(address)
        #expect(String(decoding: json, as: UTF8.self) == #"{"column":"naturalPerson","row":"newReceived"}"#)
        #expect(try JSONDecoder().decode(CellAddress.self, from: json) == address)
    }

    @Test func coverFieldsCompareAndHashByCase() {
        #expect(Set(CoverField.allCases).count == CoverField.allCases.count)
        var byField: [CoverField: String] = [:]
        for field in CoverField.allCases { byField[field] = field.label }
        #expect(CoverField.allCases.allSatisfy { byField[$0] == $0.rawValue })
        #expect(CoverField(rawValue: "填报单位") == .unitName)
        #expect(CoverField.unitName != .unitCode)
        #expect(CoverField.standard.count == 10)
    }
}

import Foundation
import XLSX

/// Builds .xlsx bytes in memory for the reader tests: a minimal zip writer (stored entries, CRC-32) and the
/// smallest workbook around a sheet's XML, so each test states exactly the XML it reads.
enum ReaderTestWorkbooks {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
        """
    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """

    /// A one-sheet workbook (`Sheet1` at `xl/worksheets/sheet1.xml`) whose sheet part is `sheet`.
    static func oneSheet(_ sheet: String, sharedStrings: String? = nil) -> Data {
        oneSheet(bytes: Array(sheet.utf8), sharedStrings: sharedStrings)
    }

    /// A one-sheet workbook whose sheet part is exactly `bytes` (for invalid UTF-8).
    static func oneSheet(bytes: [UInt8], sharedStrings: String? = nil) -> Data {
        var entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/worksheets/sheet1.xml", bytes),
        ]
        if let sharedStrings { entries.append(("xl/sharedStrings.xml", Array(sharedStrings.utf8))) }
        return zip(entries)
    }

    /// `<worksheet><sheetData>rows</sheetData>tail</worksheet>` with the main namespace.
    static func sheet(_ rows: String, tail: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows)</sheetData>\(tail)</worksheet>
        """
    }

    /// A zip archive of stored (uncompressed) entries.
    static func zip(_ entries: [(String, [UInt8])]) -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let offset = UInt32(out.count)
            let crc = crc32(data)
            let nameBytes = Array(name.utf8)
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            out += nameBytes + data
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count))
            central += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return Data(out)
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> ($0 * 8)) & 0xFF) } }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

extension ReaderTestWorkbooks {
    /// The `XLSXReadError` `body` throws, nil if it throws nothing (or something else).
    static func readError(_ body: () throws -> Void) -> XLSXReadError? {
        do {
            try body()
            return nil
        } catch let error as XLSXReadError {
            return error
        } catch {
            return nil
        }
    }

    /// Reads `Sheet1` of a one-sheet workbook built around `sheet`.
    static func readSheet1(_ sheet: String, sharedStrings: String? = nil, limits: ReaderLimits = .default) throws -> Sheet {
        try WorkbookReader(contentsOf: oneSheet(sheet, sharedStrings: sharedStrings), limits: limits).readSheet(named: "Sheet1")
    }
}

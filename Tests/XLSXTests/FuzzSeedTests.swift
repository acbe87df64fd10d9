import Foundation
import Testing
import XLSX

/// The workbook-reader fuzz target's seeds (`Fuzz/workbook-reader/corpus`): small workbooks our writer produced.
/// They must stay readable, or the fuzzer starts from rejected inputs and never reaches the cells.
///
/// `GOVDISCLOSURE_WRITE_FUZZ_SEEDS=1 swift test --filter FuzzSeedTests` rewrites `writer-sample.xlsx`; then
/// `python3 Fuzz/workbook-reader/make_seeds.py` derives the uncompressed, trimmed variants.
@Suite struct FuzzSeedTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/workbook-reader/corpus").standardizedFileURL

    @Test func writerSampleSeedIsWrittenByOurWriter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-seeds-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("writer-sample.xlsx")
        try WriterTestSupport.writeSampleWorkbook(to: url)
        let fresh = try WorkbookReader(url: url)
        #expect(fresh.sheets.map(\.name) == ["表一", "图表", "代码表"])
        if ProcessInfo.processInfo.environment["GOVDISCLOSURE_WRITE_FUZZ_SEEDS"] != nil {
            let target = Self.corpus.appendingPathComponent("writer-sample.xlsx")
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: url, to: target)
        }
    }

    @Test func everyCommittedSeedReadsToTheSampleCells() throws {
        // `official-tables-*.xlsx` are the any-workbook path's seeds (Tests/TestSupport/Fixtures/make-workbooks.py).
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".xlsx") && !$0.hasPrefix(Self.officialTablesPrefix) }.sorted()
        #expect(seeds.count >= 2)
        for seed in seeds {
            let book = try WorkbookReader(url: Self.corpus.appendingPathComponent(seed))
            let sheet = try book.readSheet(named: "表一")
            #expect(sheet["A3"]?.value == .string("洛阳市人民政府办公室"), "\(seed)")
            #expect(sheet["C3"]?.value == .number(Decimal(string: "94.2")!), "\(seed)")
            #expect(sheet["B5"]?.formula?.text == "SUM(B3:B4)", "\(seed)")
            #expect(sheet.metadata.mergedRanges == [CellRange("A1:D1")!], "\(seed)")
        }
    }

    static let officialTablesPrefix = "official-tables-"

    @Test func theOfficialTablesSeedsAreReadableWithTheirMergedHeaders() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasPrefix(Self.officialTablesPrefix) }
        #expect(!seeds.isEmpty)
        for seed in seeds {
            let book = try WorkbookReader(url: Self.corpus.appendingPathComponent(seed))
            let sheet = try book.readSheet(named: "年报统计表")
            #expect(sheet.metadata.mergedRanges.count > 10, "\(seed)")
            #expect(sheet.cells.contains { $0.value == .string("申请人情况") }, "\(seed)")
        }
    }
}

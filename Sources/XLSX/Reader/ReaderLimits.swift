/// Bounds the reader enforces on every file, so a hostile workbook fails with a typed error instead of exhausting
/// memory or time.
///
/// The defaults admit anything Excel, WPS or LibreOffice write (Excel's own limits: 32,767 characters a cell,
/// 1,048,576 × 16,384 cells) with a wide margin. Tighten them for untrusted uploads; loosen them only knowingly.
public struct ReaderLimits: Hashable, Sendable, Codable {
    /// The largest uncompressed size of one zip entry, declared or actually inflated (default 1 GiB).
    public var maxEntryBytes: Int
    /// The largest ratio of inflated to compressed bytes for one entry (default 200:1) …
    public var maxCompressionRatio: Int
    /// … checked once an entry has inflated more than this many bytes (default 1 MiB), so small, highly
    /// compressible parts (styles, a sheet of blanks) pass.
    public var compressionRatioFloor: Int
    /// The deepest element nesting in any XML part (default 128; real parts stay under 10).
    public var maxNestingDepth: Int
    /// The longest markup token, a start tag with all its attributes (default 1 MiB).
    public var maxTagBytes: Int
    /// The longest run of character data between two tags (default 4 MiB; Excel's 32,767-character cell limit
    /// is ~128 KiB even fully escaped).
    public var maxTextBytes: Int
    /// The most cells `WorkbookReader.readSheet(named:)` keeps in memory (default 10 million); the streaming
    /// `forEachRow` has no such bound.
    public var maxCellsInMemory: Int

    /// Creates limits; every parameter defaults to the documented value.
    public init(
        maxEntryBytes: Int = 1 << 30,
        maxCompressionRatio: Int = 200,
        compressionRatioFloor: Int = 1 << 20,
        maxNestingDepth: Int = 128,
        maxTagBytes: Int = 1 << 20,
        maxTextBytes: Int = 1 << 22,
        maxCellsInMemory: Int = 10_000_000
    ) {
        self.maxEntryBytes = maxEntryBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.compressionRatioFloor = compressionRatioFloor
        self.maxNestingDepth = maxNestingDepth
        self.maxTagBytes = maxTagBytes
        self.maxTextBytes = maxTextBytes
        self.maxCellsInMemory = maxCellsInMemory
    }

    /// The defaults.
    public static let `default` = ReaderLimits()
}

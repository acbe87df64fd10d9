import Foundation

/// Reads .xlsx workbooks written by Excel, WPS, LibreOffice, openpyxl or our own writer.
///
/// Opening reads the workbook's directory: sheet names, order and visibility, defined names, the shared-string
/// table and which cell formats are locked. Sheets are read on demand, either into memory (`readSheet(named:)`)
/// or streamed row by row (`forEachRow(inSheet:_:)`, flat memory for any size). Every read opens the archive
/// afresh, so a reader is an immutable value, safe to share between tasks, and sheets can be read concurrently.
///
/// Hostile input fails with an `XLSXReadError` naming the part (and line, offset, cell where it applies), never
/// a crash or a hang: DTDs are refused outright, and sizes, compression ratios, nesting and token lengths are
/// bounded by `ReaderLimits`.
///
/// ```swift
/// let book = try WorkbookReader(url: url)
/// let sheet = try book.readSheet(named: "表三")
/// if case .number(let n)? = sheet["C12"]?.value { … }
/// ```
public struct WorkbookReader: Sendable {
    /// The sheets in tab order (hidden ones included; see `SheetInfo.state`).
    public let sheets: [SheetInfo]
    /// The workbook's defined names, in file order.
    public let definedNames: [DefinedName]
    /// True when dates count from 1904 (`date1904`, old Mac workbooks) rather than 1900.
    public let usesDate1904: Bool
    /// The bounds applied to every part read.
    public let limits: ReaderLimits

    private let source: Source
    private let sharedStrings: [String]
    private let lockedStyles: [Bool]

    private enum Source: Sendable {
        case file(String)
        case data(Data)
    }

    /// Opens the workbook at `url` (a file URL) and reads its directory.
    public init(url: URL, limits: ReaderLimits = .default) throws(XLSXReadError) {
        try self.init(source: .file(url.path), limits: limits)
    }

    /// Opens a workbook held in memory (an upload, a test fixture) and reads its directory.
    public init(contentsOf data: Data, limits: ReaderLimits = .default) throws(XLSXReadError) {
        try self.init(source: .data(data), limits: limits)
    }

    private init(source: Source, limits: ReaderLimits) throws(XLSXReadError) {
        self.source = source
        self.limits = limits
        let directory = try Self.typed {
            try Self.withArchive(source) { archive in try Self.readDirectory(archive, limits: limits) }
        }
        sheets = directory.sheets
        definedNames = directory.workbook.definedNames
        usesDate1904 = directory.workbook.usesDate1904
        sharedStrings = directory.sharedStrings
        lockedStyles = directory.lockedStyles
    }

    /// The sheet called `name` (exact match first, then ignoring case as Excel does), nil if none.
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Whether cell format `styleIndex` locks its cells (true for unknown indices, Excel's default).
    public func isLocked(styleIndex: Int) -> Bool {
        styleIndex >= 0 && styleIndex < lockedStyles.count ? lockedStyles[styleIndex] : true
    }

    /// Reads the sheet called `name` into memory.
    ///
    /// Throws `.noSuchSheet` if there is none, `.tooManyCells` beyond `ReaderLimits.maxCellsInMemory`.
    public func readSheet(named name: String) throws(XLSXReadError) -> Sheet {
        try readSheet(try info(named: name))
    }

    /// Reads `sheet` (one of `sheets`) into memory.
    public func readSheet(_ sheet: SheetInfo) throws(XLSXReadError) -> Sheet {
        try Self.typed { try Self.withArchive(source) { archive in try read(sheet, in: archive) } }
    }

    /// Reads several sheets (of `sheets`) into memory, in the order given, opening the archive once for all of
    /// them — what `readSheet` does for each, without opening and indexing the zip again per sheet.
    public func readSheets(_ sheets: [SheetInfo]) throws(XLSXReadError) -> [Sheet] {
        try Self.typed { try Self.withArchive(source) { archive in try sheets.map { try read($0, in: archive) } } }
    }

    private func read(_ sheet: SheetInfo, in archive: ZipArchive) throws -> Sheet {
        var cells: [Sheet.Cell] = []
        let limit = limits.maxCellsInMemory
        let metadata = try stream(sheet, in: archive) { row in
            guard cells.count + row.cells.count <= limit else {
                throw XLSXReadError(.tooManyCells, part: sheet.partPath, sheet: sheet.name,
                                    message: "单元格超过 \(limit) 个，请改用 forEachRow 逐行读取 — more cells than maxCellsInMemory; use forEachRow")
            }
            cells.append(contentsOf: row.cells)
        }
        if !Self.isStrictlyIncreasing(cells) {
            // Rows or cells out of order (hand-made files): sort, and let a later duplicate win as it would in Excel.
            var byReference: [CellReference: Sheet.Cell] = [:]
            for cell in cells { byReference[cell.reference] = cell }
            cells = byReference.values.sorted { $0.reference < $1.reference }
        }
        return Sheet(info: sheet, cells: cells, metadata: metadata)
    }

    /// Streams the sheet called `name` row by row, in file order, then returns its metadata (merged ranges,
    /// validations, protection), which the file stores after the cells.
    ///
    /// Memory stays flat however large the sheet: one row is held at a time. Rows without cells are skipped.
    /// Errors thrown by `body` stop the read and are rethrown as they are; read failures are `XLSXReadError`.
    @discardableResult
    public func forEachRow(inSheet name: String, _ body: (Sheet.Row) throws -> Void) throws -> Sheet.Metadata {
        try stream(try info(named: name), body)
    }

    private func info(named name: String) throws(XLSXReadError) -> SheetInfo {
        guard let info = sheet(named: name) else {
            let names = sheets.map(\.name).joined(separator: "、")
            throw XLSXReadError(.noSuchSheet, sheet: name, message: "没有名为“\(name)”的工作表（现有：\(names)） — no sheet with that name")
        }
        return info
    }

    private func stream(_ sheet: SheetInfo, _ body: (Sheet.Row) throws -> Void) throws -> Sheet.Metadata {
        do {
            return try Self.withArchive(source) { archive in try stream(sheet, in: archive, body) }
        } catch var error as XLSXReadError where error.part == sheet.partPath && error.sheet == nil {
            error.sheet = sheet.name  // name the sheet in errors from the zip layer and the scanner too
            throw error
        }
    }

    private func stream(_ sheet: SheetInfo, in archive: ZipArchive, _ body: (Sheet.Row) throws -> Void) throws -> Sheet.Metadata {
        do {
            guard let scanner = try Self.scanner(archive, sheet.partPath, limits: limits) else {
                throw XLSXReadError(.missingPart, part: sheet.partPath, sheet: sheet.name,
                                    message: "工作表的部件不存在 — the sheet's part is missing")
            }
            let parser = WorksheetParser(scanner: scanner, sheetName: sheet.name, sharedStrings: sharedStrings, lockedStyles: lockedStyles)
            return try parser.run(body)
        } catch var error as XLSXReadError where error.part == sheet.partPath && error.sheet == nil {
            error.sheet = sheet.name  // name the sheet in errors from the zip layer and the scanner too
            throw error
        }
    }

    private static func isStrictlyIncreasing(_ cells: [Sheet.Cell]) -> Bool {
        zip(cells, cells.dropFirst()).allSatisfy { $0.reference < $1.reference }
    }

    // MARK: - Opening

    private struct Directory {
        var sheets: [SheetInfo]
        var workbook: WorkbookPart
        var sharedStrings: [String]
        var lockedStyles: [Bool]
    }

    private static func readDirectory(_ archive: ZipArchive, limits: ReaderLimits) throws(XLSXReadError) -> Directory {
        var workbookPath = "xl/workbook.xml"
        if let scanner = try scanner(archive, "_rels/.rels", limits: limits),
           let office = try Relationship.parse(scanner, source: "").first(where: { $0.kind == "officeDocument" }),
           let part = office.part {
            workbookPath = part
        }
        guard let workbookScanner = try scanner(archive, workbookPath, limits: limits) else {
            throw XLSXReadError(.missingPart, part: workbookPath, message: "缺少工作簿部件，不是有效的 xlsx 文件 — the workbook part is missing; not an .xlsx file")
        }
        let workbook = try WorkbookPart.parse(workbookScanner)
        let relsPath = PartPath.relationships(of: workbookPath)
        guard let relsScanner = try scanner(archive, relsPath, limits: limits) else {
            throw XLSXReadError(.missingPart, part: relsPath, message: "缺少工作簿的关系部件 — the workbook's relationships part is missing")
        }
        let relationships = try Relationship.parse(relsScanner, source: workbookPath)
        var sheets: [SheetInfo] = []
        for (index, entry) in workbook.sheets.enumerated() {
            guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }), let part = relationship.part else {
                throw XLSXReadError(.missingPart, part: relsPath, sheet: entry.name,
                                    message: "工作表“\(entry.name)”的关系 \(entry.relationshipID) 不存在 — the sheet's relationship is missing")
            }
            guard archive.entry(named: part) != nil else {
                throw XLSXReadError(.missingPart, part: part, sheet: entry.name, message: "工作表“\(entry.name)”的部件不存在 — the sheet's part is missing")
            }
            sheets.append(SheetInfo(name: entry.name, index: index, state: entry.state, partPath: part))
        }
        var sharedStrings: [String] = []
        if let part = relationships.first(where: { $0.kind == "sharedStrings" })?.part,
           let scanner = try scanner(archive, part, limits: limits) {
            sharedStrings = try SharedStringsPart.parse(scanner)
        }
        var locked: [Bool] = []
        if let part = relationships.first(where: { $0.kind == "styles" })?.part,
           let scanner = try scanner(archive, part, limits: limits) {
            locked = try StylesPart.parseLocked(scanner)
        }
        return Directory(sheets: sheets, workbook: workbook, sharedStrings: sharedStrings, lockedStyles: locked)
    }

    // MARK: - Archive access

    private static func scanner(_ archive: ZipArchive, _ part: String, limits: ReaderLimits) throws(XLSXReadError) -> XMLScanner? {
        guard let entry = archive.entry(named: part) else { return nil }
        return XMLScanner(source: try archive.open(entry, limits: limits), part: part, limits: limits)
    }

    private static func withArchive<T>(_ source: Source, _ body: (ZipArchive) throws -> T) throws -> T {
        switch source {
        case .file(let path): return try body(try ZipArchive(path: path))
        case .data(let data): return try ZipArchive.withArchive(data: data, body)
        }
    }

    /// Runs `body`, whose only errors are `XLSXReadError`s, under typed throws.
    private static func typed<T>(_ body: () throws -> T) throws(XLSXReadError) -> T {
        do {
            return try body()
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError(.unsupported, message: "读取失败：\(error) — read failed")
        }
    }
}

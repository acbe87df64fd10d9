import Foundation

/// One worksheet of a `WorkbookWriter`: write cells, merge ranges, set widths, print set-up, validation, protection.
///
/// Rows and columns are zero-based (`CellReference`). Every failure throws an `XLSXWriterError` that names the
/// sheet and cell. The sheet records the display width of what is written in each column, so `autofitColumns()`
/// can size columns to CJK text (libxlsxwriter 1.1.4 has no autofit).
///
/// Numbers: `Int` and `Decimal` stay exact in the API and become the double the file format stores only at the C
/// call (see `CellValue.storedDouble(_:)`); integers beyond ±2⁵³ throw `numberNotRepresentable`.
public final class WorksheetWriter {
    /// The sheet's name.
    public let name: String
    /// The sheet's position in the workbook (0 for the first).
    public let index: Int
    let handle: SheetHandle
    let storage: WorkbookStorage
    private let bookID: ObjectIdentifier
    private let constantMemory: Bool
    /// In constant-memory mode: the row being written; earlier rows are already on disk.
    private var currentRow = 0
    /// The ranges merged so far, to refuse overlaps.
    public private(set) var mergedRanges: [CellRange] = []
    private var measured: [Double] = []
    private var explicitColumns: Set<Int> = []
    private var isHidden = false

    init(name: String, index: Int, handle: SheetHandle, storage: WorkbookStorage) {
        self.name = name
        self.index = index
        self.handle = handle
        self.storage = storage
        bookID = ObjectIdentifier(storage)
        constantMemory = storage.constantMemory
    }

    // MARK: Typed cell writes (the fast path)

    /// Writes text. Throws `invalidCharacter` for NUL and other characters XML cannot carry (see `CellText`).
    public func write(_ string: String, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        try putString(string, row, column, f, measure: true)
    }

    /// Writes a whole number. Throws `numberNotRepresentable` beyond ±2⁵³ (the file stores doubles).
    public func write(_ number: Int, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        guard number.magnitude <= 9_007_199_254_740_992 else {
            throw error(.numberNotRepresentable, row, column,
                        "整数 \(number) 超出 ±2^53，无法精确保存 — integer beyond ±2^53 cannot be stored exactly")
        }
        let result = handle.writeNumber(row, column, Double(number), storage.formatPointer(f))
        if result.failed { throw libraryError(result, row, column) }
        note(column, Self.digitCount(number.magnitude) + (number < 0 ? 1 : 0), f)
    }

    /// Writes a decimal number; the file stores the nearest double (exact to 15 significant digits).
    public func write(_ number: Decimal, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        try putDecimal(number, row, column, f, measure: true)
    }

    /// Writes `TRUE` or `FALSE`.
    public func write(_ value: Bool, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        let result = handle.writeBoolean(row, column, value, storage.formatPointer(f))
        if result.failed { throw libraryError(result, row, column) }
        note(column, 5, f)
    }

    /// Writes an empty cell that carries a format (a blank without a format writes nothing, as in Excel).
    public func writeBlank(row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        let result = handle.writeBlank(row, column, storage.formatPointer(f))
        if result.failed { throw libraryError(result, row, column) }
    }

    /// Writes a formula together with its computed value, so clients that never recalculate show the right number.
    ///
    /// The cached value is stored as the file format allows: numbers as numbers, text as text; a boolean as 1 or 0
    /// and an error (`#N/A`) as its text, because libxlsxwriter 1.1.4 has no typed boolean or error result.
    public func writeFormula(_ formula: Formula, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        try putFormula(formula, row, column, f, measure: true)
    }

    // MARK: Value writes

    /// Writes any `CellValue` at a cell.
    public func write(_ value: CellValue, at cell: CellReference, format: FormatHandle? = nil) throws {
        try write(value, row: cell.row, column: cell.column, format: format)
    }

    /// Writes any `CellValue` at zero-based row and column.
    public func write(_ value: CellValue, row: Int, column: Int, format: FormatHandle? = nil) throws {
        let f = try prepare(row, column, format)
        try put(value, row, column, f, measure: true)
    }

    /// Writes a formula with its computed value at a cell.
    public func write(_ formula: Formula, at cell: CellReference, format: FormatHandle? = nil) throws {
        try writeFormula(formula, row: cell.row, column: cell.column, format: format)
    }

    /// Writes values left to right along a row, starting at `column`, all with one format.
    public func writeRow(_ values: [CellValue], row: Int, startingAt column: Int = 0, format: FormatHandle? = nil) throws {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, column: column + offset, format: format)
        }
    }

    // MARK: Merged ranges

    /// Merges a range and writes `value` in it with `format` (apply the format to borders of the whole range).
    ///
    /// Throws `overlappingMerge` when the range shares a cell with a range already merged (libxlsxwriter does not
    /// check, and Excel would refuse the file), and `invalidArgument` for a one-cell range. In constant-memory mode a
    /// merge spanning several rows can hold only text or nothing.
    public func mergeRange(_ range: CellRange, value: CellValue = .blank, format: FormatHandle? = nil) throws {
        let f = try prepareMerge(range, format, spansRowsWithNonText: { if case .string = value { false } else if case .blank = value { false } else { true } }())
        var text = ""
        if case .string(let s) = value { text = s }
        try checkText(text, range.first.row, range.first.column)
        let result = handle.merge(range, text: text, storage.formatPointer(f))
        if result.failed { throw libraryError(result, range) }
        switch value {
        case .string, .blank: break
        default: try put(value, range.first.row, range.first.column, f, measure: false)
        }
        finishMerge(range)
    }

    /// Merges a range and writes a formula with its computed value in it.
    public func mergeRange(_ range: CellRange, formula: Formula, format: FormatHandle? = nil) throws {
        let f = try prepareMerge(range, format, spansRowsWithNonText: true)
        let result = handle.merge(range, text: "", storage.formatPointer(f))
        if result.failed { throw libraryError(result, range) }
        try putFormula(formula, range.first.row, range.first.column, f, measure: false)
        finishMerge(range)
    }

    private func prepareMerge(_ range: CellRange, _ format: FormatHandle?, spansRowsWithNonText: Bool) throws -> Int {
        let f = try prepare(range.first.row, range.first.column, format)
        guard range.last.row <= CellReference.maxRow, range.last.column <= CellReference.maxColumn else {
            throw error(.invalidArgument, range, "合并区域超出工作表范围 — merged range is outside the sheet")
        }
        guard range.first != range.last else {
            throw error(.invalidArgument, range, "不能合并单个单元格 — cannot merge a single cell")
        }
        if let other = mergedRanges.first(where: { $0.overlaps(range) }) {
            throw error(.overlappingMerge, range, "合并区域 \(range) 与已合并的 \(other) 重叠 — merged range overlaps \(other)")
        }
        if constantMemory && spansRowsWithNonText && range.first.row != range.last.row {
            throw error(.invalidArgument, range,
                        "恒定内存模式下跨行合并区域只能写文本 — in constant-memory mode a merge spanning rows holds only text")
        }
        return f
    }

    private func finishMerge(_ range: CellRange) {
        mergedRanges.append(range)
        if constantMemory { currentRow = range.last.row }
    }

    // MARK: Columns and rows

    /// Sets the width (in Excel's character units) of a run of columns, with an optional default format.
    ///
    /// Columns set here are left alone by `autofitColumns()`.
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: FormatHandle? = nil,
                               isHidden: Bool = false) throws {
        let f = try prepare(0, columns.lowerBound, format, checkOrder: false)
        guard columns.upperBound <= CellReference.maxColumn, width >= 0, width <= 255 else {
            throw error(.invalidArgument, CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: min(columns.upperBound, CellReference.maxColumn)),
                        "列宽 \(width) 或列号超出范围 — column width must be 0…255 and columns inside the sheet")
        }
        let result = handle.setColumns(columns, width: width, storage.formatPointer(f), hidden: isHidden)
        if result.failed { throw libraryError(result, CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: columns.upperBound)) }
        explicitColumns.formUnion(columns)
    }

    /// Sets the width of one column.
    public func setColumnWidth(_ width: Double, column: Int, format: FormatHandle? = nil) throws {
        try setColumnWidth(width, columns: column...column, format: format)
    }

    /// The widest text written so far in `column`, in Latin-character units (CJK counts 2, scaled by font size);
    /// 0 when nothing was measured. Wrapped cells and merged ranges are not measured.
    public func measuredWidth(ofColumn column: Int) -> Double {
        column >= 0 && column < measured.count ? measured[column] : 0
    }

    /// Sizes every column that has measured content and no explicit width to fit its widest text.
    ///
    /// Width = measured width + `padding`, clamped to `minimumWidth…maximumWidth`. Call it after writing the cells.
    /// Returns the widths it set, by column.
    @discardableResult
    public func autofitColumns(minimumWidth: Double = 6, maximumWidth: Double = 60, padding: Double = 2) throws -> [Int: Double] {
        // After close() the C worksheet is freed: touching `handle` would be a use after free.
        try checkOpen()
        var set: [Int: Double] = [:]
        for (column, width) in measured.enumerated() where width > 0 && !explicitColumns.contains(column) {
            let fitted = min(max(width + padding, minimumWidth), maximumWidth)
            let result = handle.setColumns(column...column, width: fitted, nil, hidden: false)
            if result.failed { throw libraryError(result, 0, column) }
            set[column] = fitted
        }
        return set
    }

    /// Sets a row's height in points (nil: the default 15) and optionally its default format.
    public func setRowHeight(_ height: Double?, row: Int, format: FormatHandle? = nil, isHidden: Bool = false) throws {
        let f = try prepare(row, 0, format)
        let result = handle.setRow(row, height: height ?? 15, storage.formatPointer(f), hidden: isHidden)
        if result.failed { throw libraryError(result, row, 0) }
    }

    /// Freezes the top `rows` rows and the left `columns` columns, so headers stay visible when scrolling.
    public func freezePanes(rows: Int, columns: Int = 0) throws {
        _ = try prepare(rows, columns, nil, checkOrder: false)
        handle.freezePanes(rows: rows, columns: columns)
    }

    // MARK: Sheet settings

    /// Applies a print set-up (paper, orientation, fit to width, repeated rows, margins, centring, header/footer).
    public func setPageSetup(_ setup: PageSetup) throws {
        try checkOpen()
        if let rows = setup.repeatedRows, rows.lowerBound < 0 || rows.upperBound > CellReference.maxRow {
            throw error(.invalidArgument, nil, "重复打印的行 \(rows) 超出范围 — repeated rows outside the sheet")
        }
        let result = handle.apply(setup)
        if result.failed { throw libraryError(result, nil) }
    }

    /// Adds a data-validation rule to a range (e.g. whole numbers ≥ 0 on a template's input cells).
    public func addDataValidation(_ validation: DataValidation, to range: CellRange) throws {
        try checkOpen()
        guard range.last.row <= CellReference.maxRow, range.last.column <= CellReference.maxColumn, range.first.row >= 0, range.first.column >= 0 else {
            throw error(.invalidArgument, range, "数据验证区域超出工作表范围 — validation range is outside the sheet")
        }
        if case .list(let items) = validation.rule, let bad = items.first(where: { $0.contains(",") || $0.isEmpty }) {
            throw error(.invalidArgument, range, "下拉列表项“\(bad)”为空或含逗号 — list items cannot be empty or contain commas")
        }
        let result = handle.addValidation(validation, to: range)
        if result.failed { throw libraryError(result, range) }
    }

    /// Protects the sheet: cells with a locked format (the default) cannot be edited; input cells need a format
    /// with `isLocked: false`. The password is optional (and weak, by Excel's design).
    public func protect(password: String? = nil, options: SheetProtection = SheetProtection()) throws {
        try checkOpen()
        handle.protect(password: password, options)
    }

    /// Creates a chart and places its top-left corner at `cell`.
    public func addChart(_ chart: Chart, at cell: CellReference) throws {
        _ = try prepare(cell.row, cell.column, nil, checkOrder: false)
        guard !chart.series.isEmpty else {
            throw error(.invalidArgument, cell.row, cell.column, "图表没有数据系列 — a chart needs at least one series")
        }
        guard let result = storage.insertChart(chart, on: handle, at: cell) else {
            throw error(.objectCreationFailed, cell.row, cell.column, "无法创建图表 — libxlsxwriter could not create the chart")
        }
        if result.failed { throw libraryError(result, cell.row, cell.column) }
    }

    /// Hides the sheet (e.g. a lookup list for validation). The active sheet cannot be hidden.
    public func hide() throws {
        try checkOpen()
        guard storage.activeSheet != index else {
            throw error(.invalidArgument, nil, "当前活动工作表不能隐藏，请先激活其他工作表 — the active sheet cannot be hidden; activate another first")
        }
        handle.hide()
        isHidden = true
    }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws {
        try checkOpen()
        guard !isHidden else {
            throw error(.invalidArgument, nil, "隐藏的工作表不能设为活动工作表 — a hidden sheet cannot be active")
        }
        handle.activate()
        storage.activeSheet = index
    }

    // MARK: Internals

    /// Checks the workbook is open, the cell is inside the sheet, the row order (constant memory), and resolves the
    /// format to its index in the workbook's table.
    @inline(__always)
    private func prepare(_ row: Int, _ column: Int, _ format: FormatHandle?, checkOrder: Bool = true) throws -> Int {
        guard storage.book != nil, UInt(bitPattern: row) <= UInt(CellReference.maxRow),
              UInt(bitPattern: column) <= UInt(CellReference.maxColumn) else {
            throw prepareError(row, column)
        }
        if constantMemory && checkOrder {
            guard row >= currentRow else { throw rowOrderError(row, column) }
            currentRow = row
        }
        guard let format else { return 0 }
        guard format.book == bookID, format.index < storage.formats.count else { throw foreignFormatError(row, column) }
        return format.index
    }

    private func checkOpen() throws {
        guard storage.book != nil else { throw storage.closedError(sheet: name) }
    }

    @inline(__always)
    private func putString(_ string: String, _ row: Int, _ column: Int, _ f: Int, measure: Bool) throws {
        let count = string.utf8.count
        let width = try string.withCString { p -> Int in
            let width = CellText.scan(UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count)
            guard width >= 0 else { throw invalidTextError(string, row, column) }
            let result = handle.writeString(row, column, p, storage.formatPointer(f))
            if result.failed { throw libraryError(result, row, column) }
            return width
        }
        if measure { note(column, width, f) }
    }

    @inline(__always)
    private func putDecimal(_ number: Decimal, _ row: Int, _ column: Int, _ f: Int, measure: Bool) throws {
        guard let double = CellValue.storedDouble(number) else {
            throw error(.numberNotRepresentable, row, column, "数值为 NaN — the number is NaN")
        }
        let result = handle.writeNumber(row, column, double, storage.formatPointer(f))
        if result.failed { throw libraryError(result, row, column) }
        if measure {
            let exponent = number.exponent
            note(column, Self.integerDigits(double) + (exponent < 0 ? 1 - exponent : 0) + (double < 0 ? 1 : 0), f)
        }
    }

    private func putFormula(_ formula: Formula, _ row: Int, _ column: Int, _ f: Int, measure: Bool) throws {
        try checkText(formula.text, row, column)
        let pointer = storage.formatPointer(f)
        let result: LibraryResult
        var width = 0
        switch formula.cached {
        case .number(let number):
            guard let double = CellValue.storedDouble(number) else {
                throw error(.numberNotRepresentable, row, column, "公式结果为 NaN — the formula's value is NaN")
            }
            result = handle.writeFormula(row, column, formula.text, number: double, pointer)
            width = Self.integerDigits(double) + (number.exponent < 0 ? 1 - number.exponent : 0)
        case .boolean(let value):
            result = handle.writeFormula(row, column, formula.text, number: value ? 1 : 0, pointer)
            width = 5
        case .string(let text), .error(let text):
            try checkText(text, row, column)
            result = handle.writeFormula(row, column, formula.text, text: text, pointer)
            width = CellText.displayWidth(text)
        case .blank:
            result = handle.writeFormula(row, column, formula.text, text: "", pointer)
        }
        if result.failed { throw libraryError(result, row, column) }
        if measure { note(column, width, f) }
    }

    private func put(_ value: CellValue, _ row: Int, _ column: Int, _ f: Int, measure: Bool) throws {
        switch value {
        case .string(let s):
            try putString(s, row, column, f, measure: measure)
        case .number(let d):
            try putDecimal(d, row, column, f, measure: measure)
        case .boolean(let b):
            let result = handle.writeBoolean(row, column, b, storage.formatPointer(f))
            if result.failed { throw libraryError(result, row, column) }
            if measure { note(column, 5, f) }
        case .error(let text):
            // An error value is written as a formula that yields it, the only way libxlsxwriter stores one.
            try putFormula(Formula(text, cached: .error(text)), row, column, f, measure: measure)
        case .blank:
            let result = handle.writeBlank(row, column, storage.formatPointer(f))
            if result.failed { throw libraryError(result, row, column) }
        }
    }

    private func checkText(_ text: String, _ row: Int, _ column: Int) throws {
        if CellText.firstInvalidCharacter(in: text) != nil { throw invalidTextError(text, row, column) }
    }

    /// Records a display width for autofit, scaled by the format's font (0 scale: wrapped, not measured).
    @inline(__always)
    private func note(_ column: Int, _ width: Int, _ f: Int) {
        let w = Double(width) * storage.formatScales[f]
        if column < measured.count {
            if w > measured[column] { measured[column] = w }
        } else if w > 0 {
            measured.append(contentsOf: repeatElement(0, count: column + 1 - measured.count))
            measured[column] = w
        }
    }

    private static func digitCount(_ n: UInt) -> Int {
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && n >= limit {
            digits += 1
            limit = limit &* 10
        }
        return digits
    }

    private static func integerDigits(_ value: Double) -> Int {
        let magnitude = value.magnitude
        return magnitude < 1e18 ? digitCount(UInt(magnitude)) : 19
    }

    // MARK: Errors (cold)

    @inline(never)
    private func prepareError(_ row: Int, _ column: Int) -> XLSXWriterError {
        if storage.book == nil { return storage.closedError(sheet: name) }
        return XLSXWriterError(code: .invalidArgument,
                               message: "单元格位置超出工作表范围（行 \(row + 1)，列 \(column + 1)） — cell outside the sheet (1,048,576 rows × 16,384 columns)",
                               sheet: name)
    }

    @inline(never)
    private func rowOrderError(_ row: Int, _ column: Int) -> XLSXWriterError {
        error(.rowOrder, row, column,
              "恒定内存模式下只能按行顺序写入，第 \(currentRow + 1) 行之前的行已写出 — constant-memory mode writes rows in order; rows before \(currentRow + 1) are already on disk")
    }

    @inline(never)
    private func foreignFormatError(_ row: Int, _ column: Int) -> XLSXWriterError {
        error(.foreignFormat, row, column, "格式属于另一个工作簿 — the format belongs to another workbook")
    }

    @inline(never)
    private func invalidTextError(_ text: String, _ row: Int, _ column: Int) -> XLSXWriterError {
        let bad = CellText.firstInvalidCharacter(in: text).map { "U+" + String($0.value, radix: 16, uppercase: true) } ?? "?"
        return error(.invalidCharacter, row, column,
                     "文本含有 Excel 不能保存的字符 \(bad)（可用 CellText.sanitized 清理） — text holds a character .xlsx cannot carry")
    }

    @inline(never)
    private func libraryError(_ result: LibraryResult, _ row: Int, _ column: Int) -> XLSXWriterError {
        libraryError(result, CellRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column))
    }

    @inline(never)
    private func libraryError(_ result: LibraryResult, _ range: CellRange?) -> XLSXWriterError {
        XLSXWriterError(code: result.code, message: "libxlsxwriter 拒绝了此操作 — libxlsxwriter refused the operation",
                        sheet: name, range: range, file: storage.target.path, libraryText: result.code.libraryText)
    }

    private func error(_ code: XLSXWriterError.Code, _ row: Int, _ column: Int, _ message: String) -> XLSXWriterError {
        error(code, CellRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column), message)
    }

    private func error(_ code: XLSXWriterError.Code, _ range: CellRange?, _ message: String) -> XLSXWriterError {
        XLSXWriterError(code: code, message: message, sheet: name, range: range, file: storage.target.path)
    }
}

@available(*, unavailable, message: "a worksheet is used from one task at a time")
extension WorksheetWriter: Sendable {}

/// What users may still do on a protected sheet.
///
/// Protection locks every cell whose format is locked (the default); give input cells a format with
/// `isLocked: false` so they stay editable. The defaults allow selecting cells and nothing else.
/// Note: Excel's sheet password is a weak 16-bit hash — it prevents accidents, not attacks.
public struct SheetProtection: Hashable, Sendable, Codable {
    /// Select locked cells.
    public var allowsSelectingLockedCells: Bool
    /// Select unlocked cells.
    public var allowsSelectingUnlockedCells: Bool
    /// Format cells.
    public var allowsFormattingCells: Bool
    /// Format (resize) columns.
    public var allowsFormattingColumns: Bool
    /// Format (resize) rows.
    public var allowsFormattingRows: Bool
    /// Insert rows.
    public var allowsInsertingRows: Bool
    /// Insert columns.
    public var allowsInsertingColumns: Bool
    /// Delete rows.
    public var allowsDeletingRows: Bool
    /// Delete columns.
    public var allowsDeletingColumns: Bool
    /// Sort.
    public var allowsSorting: Bool
    /// Use the autofilter.
    public var allowsAutoFilter: Bool

    /// Creates protection options; by default only selecting cells is allowed.
    public init(allowsSelectingLockedCells: Bool = true, allowsSelectingUnlockedCells: Bool = true,
                allowsFormattingCells: Bool = false, allowsFormattingColumns: Bool = false,
                allowsFormattingRows: Bool = false, allowsInsertingRows: Bool = false,
                allowsInsertingColumns: Bool = false, allowsDeletingRows: Bool = false,
                allowsDeletingColumns: Bool = false, allowsSorting: Bool = false, allowsAutoFilter: Bool = false) {
        self.allowsSelectingLockedCells = allowsSelectingLockedCells
        self.allowsSelectingUnlockedCells = allowsSelectingUnlockedCells
        self.allowsFormattingCells = allowsFormattingCells
        self.allowsFormattingColumns = allowsFormattingColumns
        self.allowsFormattingRows = allowsFormattingRows
        self.allowsInsertingRows = allowsInsertingRows
        self.allowsInsertingColumns = allowsInsertingColumns
        self.allowsDeletingRows = allowsDeletingRows
        self.allowsDeletingColumns = allowsDeletingColumns
        self.allowsSorting = allowsSorting
        self.allowsAutoFilter = allowsAutoFilter
    }
}

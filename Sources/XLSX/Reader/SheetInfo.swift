/// One sheet of a workbook as listed in `xl/workbook.xml`: its name, position and visibility.
public struct SheetInfo: Hashable, Sendable, Codable {
    /// Whether a sheet shows in Excel's tab bar.
    public enum State: String, Hashable, Sendable, Codable {
        /// Shown (the default).
        case visible
        /// Hidden; the user can unhide it from Excel's menu.
        case hidden
        /// Hidden; only code (VBA, a library) can unhide it.
        case veryHidden
    }

    /// The tab name, e.g. `表三`.
    public var name: String
    /// Zero-based position in the workbook's tab order (the order of `<sheet>` in workbook.xml, which is not
    /// necessarily the order of the relationships or of the part names).
    public var index: Int
    /// Visible, hidden or very hidden.
    public var state: State
    /// The zip part holding the sheet, e.g. `xl/worksheets/sheet1.xml`.
    public var partPath: String

    /// Creates a sheet description.
    public init(name: String, index: Int, state: State, partPath: String) {
        self.name = name
        self.index = index
        self.state = state
        self.partPath = partPath
    }
}

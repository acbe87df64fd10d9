extension Sheet {
    /// One cell as read: where it is, its value, its formula if any, and its style.
    public struct Cell: Hashable, Sendable, Codable {
        /// The cell's position.
        public var reference: CellReference
        /// The value: for a formula cell, the value Excel cached when it last calculated (`.blank` if none was
        /// stored); `.blank` also for a cell that only carries a style.
        public var value: CellValue
        /// The formula, when the cell has one.
        public var formula: Formula?
        /// The index into the workbook's cell formats (`s`, styles.xml `cellXfs`); 0 is the default format.
        public var styleIndex: Int
        /// Whether the cell's format locks it (Excel's default, in force once the sheet is protected);
        /// false for a template's input cells (`<protection locked="0"/>`).
        public var isLocked: Bool

        /// Creates a cell.
        public init(reference: CellReference, value: CellValue, formula: Formula? = nil, styleIndex: Int = 0, isLocked: Bool = true) {
            self.reference = reference
            self.value = value
            self.formula = formula
            self.styleIndex = styleIndex
            self.isLocked = isLocked
        }
    }
}

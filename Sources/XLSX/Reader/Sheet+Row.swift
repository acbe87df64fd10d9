extension Sheet {
    /// One row as `WorkbookReader.forEachRow` delivers it: its zero-based index and its cells, left to right.
    public struct Row: Hashable, Sendable, Codable {
        /// Zero-based row index (Excel's row 1 is 0).
        public var index: Int
        /// The row's cells in column order.
        public var cells: [Cell]

        /// Creates a row.
        public init(index: Int, cells: [Cell]) {
            self.index = index
            self.cells = cells
        }
    }
}

extension Sheet {
    /// One cell as read: where it is, its value, its formula if any, and its style.
    public struct Cell: Hashable, Sendable, Codable {
        /// The cell's position.
        public var reference: CellReference
        /// The value: for a formula cell, the value Excel cached when it last calculated (`.blank` if none was
        /// stored); `.blank` also for a cell that only carries a style.
        public var value: CellValue
        /// The formula, when the cell has one.
        public var formula: Formula? {
            get { formulaStorage.first }
            set { formulaStorage = newValue.map { [$0] } ?? [] }
        }
        /// Out of line (an empty array costs no allocation), so a cell stays small in the streaming hot path
        /// and in a sheet's array of millions.
        private var formulaStorage: [Formula]
        /// The index into the workbook's cell formats (`s`, styles.xml `cellXfs`); 0 is the default format.
        public var styleIndex: Int
        /// Whether the cell's format locks it (Excel's default, in force once the sheet is protected);
        /// false for a template's input cells (`<protection locked="0"/>`).
        public var isLocked: Bool

        /// Creates a cell.
        public init(reference: CellReference, value: CellValue, formula: Formula? = nil, styleIndex: Int = 0, isLocked: Bool = true) {
            self.reference = reference
            self.value = value
            formulaStorage = formula.map { [$0] } ?? []
            self.styleIndex = styleIndex
            self.isLocked = isLocked
        }

        private enum CodingKeys: String, CodingKey {
            case reference, value, formula, styleIndex, isLocked
        }

        /// Decodes the fields named as the properties.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                reference: try c.decode(CellReference.self, forKey: .reference),
                value: try c.decode(CellValue.self, forKey: .value),
                formula: try c.decodeIfPresent(Formula.self, forKey: .formula),
                styleIndex: try c.decode(Int.self, forKey: .styleIndex),
                isLocked: try c.decode(Bool.self, forKey: .isLocked))
        }

        /// Encodes the fields named as the properties.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(reference, forKey: .reference)
            try c.encode(value, forKey: .value)
            try c.encodeIfPresent(formula, forKey: .formula)
            try c.encode(styleIndex, forKey: .styleIndex)
            try c.encode(isLocked, forKey: .isLocked)
        }
    }
}

extension Sheet {
    /// A cell's formula as stored (`<f>`), without the leading `=`.
    ///
    /// Excel stores a block of identical relative formulas once, on the block's first cell (the shared master),
    /// and marks the others as dependents of the same group. A dependent carries no text of its own; `master`
    /// names the cell whose text (relative to that cell) it shares.
    public struct Formula: Hashable, Sendable, Codable {
        /// How the formula is stored.
        public enum Kind: String, Hashable, Sendable, Codable {
            /// An ordinary formula with its own text.
            case normal
            /// An array (CSE) formula over `range`.
            case array
            /// The master of a shared-formula group: has the text; `range` is the group's extent.
            case sharedMaster
            /// A member of a shared-formula group: `text` is nil, see `sharedGroup` and `master`.
            case sharedDependent
        }

        /// How the formula is stored.
        public var kind: Kind
        /// The formula text, e.g. `SUM(B2:B9)`; nil only for a shared dependent.
        public var text: String?
        /// The shared group (`si`), for shared masters and dependents.
        public var sharedGroup: Int?
        /// The range (`ref`) of an array formula or of a shared group's master.
        public var range: CellRange?
        /// For a shared dependent, the master's cell when it appeared earlier in the sheet.
        public var master: CellReference?

        /// Creates a formula description.
        public init(kind: Kind, text: String?, sharedGroup: Int? = nil, range: CellRange? = nil, master: CellReference? = nil) {
            self.kind = kind
            self.text = text
            self.sharedGroup = sharedGroup
            self.range = range
            self.master = master
        }
    }
}

extension Sheet {
    /// Sheet protection as stored (`<sheetProtection>`).
    ///
    /// When `isProtected`, locked cells (see `Cell.isLocked`) cannot be edited in Excel.
    public struct Protection: Hashable, Sendable, Codable {
        /// True when the sheet is protected (`sheet="1"`).
        public var isProtected: Bool
        /// True when a password is set (legacy `password` hash, or `hashValue` with an algorithm).
        public var hasPassword: Bool
        /// Every attribute as written (`formatCells` → `0`, `selectLockedCells` → `1`, …), for the details.
        public var attributes: [String: String]

        /// Creates a protection description.
        public init(isProtected: Bool, hasPassword: Bool, attributes: [String: String]) {
            self.isProtected = isProtected
            self.hasPassword = hasPassword
            self.attributes = attributes
        }
    }
}

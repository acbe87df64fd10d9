extension Sheet {
    /// What a worksheet says besides its cells: merged ranges, data validations, protection and its declared extent.
    public struct Metadata: Hashable, Sendable, Codable {
        /// The declared used range (`<dimension ref>`), if the part has one; writers are not always accurate.
        public var dimension: CellRange?
        /// Merged ranges (`<mergeCell ref>`), in file order.
        public var mergedRanges: [CellRange]
        /// Data validations (`<dataValidation>`), in file order.
        public var dataValidations: [DataValidation]
        /// Sheet protection (`<sheetProtection>`), nil when the part has none.
        public var protection: Protection?

        /// Creates sheet metadata.
        public init(dimension: CellRange? = nil, mergedRanges: [CellRange] = [], dataValidations: [DataValidation] = [], protection: Protection? = nil) {
            self.dimension = dimension
            self.mergedRanges = mergedRanges
            self.dataValidations = dataValidations
            self.protection = protection
        }
    }
}

extension Sheet {
    /// A data validation rule as stored (`<dataValidation>`): the OOXML vocabulary, unchanged.
    public struct DataValidation: Hashable, Sendable, Codable {
        /// `whole`, `decimal`, `list`, `date`, `time`, `textLength`, `custom`, or `none` (the default).
        public var type: String
        /// `between` (the default), `notBetween`, `equal`, `notEqual`, `lessThan`, `lessThanOrEqual`,
        /// `greaterThan`, `greaterThanOrEqual`.
        public var `operator`: String
        /// The first formula or constant (`<formula1>`), e.g. `0` or `"是,否"`; nil if absent.
        public var formula1: String?
        /// The second formula (`<formula2>`), for `between` / `notBetween`.
        public var formula2: String?
        /// The cells it applies to (`sqref`, space-separated ranges).
        public var ranges: [CellRange]
        /// Whether a blank cell passes (`allowBlank`).
        public var allowsBlank: Bool
        /// Whether Excel shows the error message on invalid input (`showErrorMessage`).
        public var showsErrorMessage: Bool
        /// The error box's title and text, if set.
        public var errorTitle: String?
        /// The error box's text, if set.
        public var errorMessage: String?
        /// The input prompt's title, if set.
        public var promptTitle: String?
        /// The input prompt's text, if set.
        public var prompt: String?

        /// Creates a validation description.
        public init(
            type: String, operator: String = "between", formula1: String? = nil, formula2: String? = nil,
            ranges: [CellRange], allowsBlank: Bool = false, showsErrorMessage: Bool = false,
            errorTitle: String? = nil, errorMessage: String? = nil, promptTitle: String? = nil, prompt: String? = nil
        ) {
            self.type = type
            self.operator = `operator`
            self.formula1 = formula1
            self.formula2 = formula2
            self.ranges = ranges
            self.allowsBlank = allowsBlank
            self.showsErrorMessage = showsErrorMessage
            self.errorTitle = errorTitle
            self.errorMessage = errorMessage
            self.promptTitle = promptTitle
            self.prompt = prompt
        }
    }
}

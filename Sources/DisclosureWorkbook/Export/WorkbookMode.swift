/// Whether a workbook is a unit's filled report or a blank template for units to fill.
enum WorkbookMode: Hashable, Sendable {
    /// The unit's figures, as given: totals are formulas where they agree with their parts.
    case report
    /// A template: input cells unlocked, validated and pale yellow; every total a formula; sheets protected.
    case template
}

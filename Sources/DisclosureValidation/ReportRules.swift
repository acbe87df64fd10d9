import DisclosureModel

/// The rules that check an annual report, in the order they run. Adding a rule: one file under `Rules/Report` and
/// one line here.
public enum ReportRules {
    /// Every report rule.
    public static let all: [any ValidationRule<AnnualReport>] = [
        UnknownCellRule(),
        ExtraRowRule(),
        BlankCellRule(),
        NegativeCountRule(),
        NonIntegerCountRule(),
        IdentityRule(),
        QuotedFigureRule(),
        NewMediaBreakdownRule(),
        StatedSumRule(),
        QuotedShareRule(),
        OutcomeWordsRule(),
        WorkYearRule(),
        SupersededNoticeRule(),
        SectionContentRule(),
        CarriedOverRule(),
    ]
}

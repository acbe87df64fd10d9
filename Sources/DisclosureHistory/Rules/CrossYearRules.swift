import DisclosureModel
import DisclosureValidation

/// The cross-year rules as data, and running them over two years.
public enum CrossYearRules {
    /// Rules on one unit's two reports: `HIST.carriedOver`, `HIST.inForce`, `HIST.unchanged`.
    public static let pairRules: [any ValidationRule<ReportPair>] = [
        CarriedOverContinuityRule(), InForceContinuityRule(), UnchangedApplicationsRule(),
    ]

    /// Rules on the whole of two years: `HIST.missingReport`.
    public static let transitionRules: [any ValidationRule<YearTransition>] = [MissingReportRule()]

    /// Every rule's findings for this year's reports against last year's: the pair rules for each unit that has
    /// both (matched by `Organization.id`), then the transition rules. `previousUnits` defaults to the units of
    /// `previous`; the tables are looked up in `formats`.
    public static func check(
        previous: [AnnualReport], current: [AnnualReport], previousUnits: [Organization]? = nil,
        formats: ReportFormats = .official
    ) -> [Diagnostic] {
        let context = ValidationContext(formats: formats)
        var lastYear: [String: AnnualReport] = [:]
        for r in previous where lastYear[r.organization.id] == nil { lastYear[r.organization.id] = r }
        var found: [Diagnostic] = []
        for report in current {
            guard let before = lastYear[report.organization.id] else { continue }
            let pair = ReportPair(previous: before, current: report)
            for rule in pairRules { found += rule.check(pair, in: context) }
        }
        guard let year = current.first?.year ?? previous.first.map({ $0.year + 1 }) else { return found }
        let transition = YearTransition(
            previousYear: year - 1, year: year, previousUnits: previousUnits ?? previous.map(\.organization),
            reportedUnitIDs: Set(current.map(\.organization.id)))
        for rule in transitionRules { found += rule.check(transition, in: context) }
        return found
    }
}

extension ReportHistory {
    /// The cross-year rules for `year` against `year − 1` (or for every year held that has a year before it).
    /// Last year's units are its stored tree, or else the units that reported.
    public func check(year: Int? = nil) throws(HistoryError) -> [Diagnostic] {
        let years = try years()
        let targets = year.map { [$0] } ?? years.filter { years.contains($0 - 1) }
        var found: [Diagnostic] = []
        var held: (year: Int, reports: [AnnualReport])? = nil  // the last year read: next year's "previous"
        for y in targets {
            let previous: [AnnualReport]
            if let held, held.year == y - 1 { previous = held.reports } else { previous = try currentReports(year: y - 1) }
            let current = try currentReports(year: y)
            held = (y, current)
            let tree = try organizations(year: y - 1)
            found += CrossYearRules.check(
                previous: previous, current: current, previousUnits: tree.isEmpty ? previous.map(\.organization) : tree,
                formats: formats)
        }
        return found
    }
}

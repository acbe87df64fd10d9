import DisclosureModel
import Foundation

/// Two years side by side: the key figures of every unit and of the whole, their change and percentage, every
/// comparable cell of the three tables summed over the units, what cannot be compared, and the whole's key figures
/// over every year held (for charts).
public struct YearComparison: Hashable, Sendable, Codable {
    /// One row: a unit (or the whole) with its key figures in both years.
    public struct Row: Hashable, Sendable, Codable {
        /// The unit's name (`合计` for the whole).
        public var unit: String
        /// The unit's id (empty for the whole).
        public var unitID: String
        /// The key figures of the earlier year, in `keyFigures` order (nil: no report, or blank).
        public var from: [Decimal?]
        /// The key figures of the later year.
        public var to: [Decimal?]

        /// Creates a row.
        public init(unit: String, unitID: String, from: [Decimal?], to: [Decimal?]) {
            self.unit = unit
            self.unitID = unitID
            self.from = from
            self.to = to
        }
    }

    /// One comparable figure of a table, summed over the units.
    public struct CellTotal: Hashable, Sendable, Codable {
        /// The table.
        public var table: TableID
        /// The figure's name in the later year's labels.
        public var label: String
        /// The earlier year's sum (nil when no unit filled it).
        public var from: Decimal?
        /// The later year's sum.
        public var to: Decimal?

        /// Creates a total.
        public init(table: TableID, label: String, from: Decimal?, to: Decimal?) {
            self.table = table
            self.label = label
            self.from = from
            self.to = to
        }
    }

    /// A cell one year's form has and the other's does not mean the same way: listed, not compared.
    public struct NotComparable: Hashable, Sendable, Codable {
        /// The table.
        public var table: TableID
        /// The year whose form has it.
        public var year: Int
        /// The cell's name in that year's labels.
        public var label: String

        /// Creates an entry.
        public init(table: TableID, year: Int, label: String) {
            self.table = table
            self.year = year
            self.label = label
        }
    }

    /// The earlier year.
    public var from: Int
    /// The later year.
    public var to: Int
    /// The key figures compared.
    public var keyFigures: [KeyFigure]
    /// The whole (Σ of the units' figures).
    public var total: Row
    /// Each unit that reported in either year, in the later year's order.
    public var units: [Row]
    /// Every comparable cell of 表二, 表三, 表四, summed over the units.
    public var cells: [CellTotal]
    /// The cells that are not comparable between the two years' forms.
    public var notComparable: [NotComparable]
    /// The whole's key figures in every year held, oldest first.
    public var yearly: [YearTotal]

    /// The whole's key figures of one year.
    public struct YearTotal: Hashable, Sendable, Codable {
        /// The year.
        public var year: Int
        /// Σ over the units, in `keyFigures` order (nil when no unit filled it).
        public var values: [Decimal?]

        /// Creates a year's totals.
        public init(year: Int, values: [Decimal?]) {
            self.year = year
            self.values = values
        }
    }

    /// Creates a comparison.
    public init(
        from: Int, to: Int, keyFigures: [KeyFigure], total: Row, units: [Row], cells: [CellTotal],
        notComparable: [NotComparable], yearly: [YearTotal]
    ) {
        self.from = from
        self.to = to
        self.keyFigures = keyFigures
        self.total = total
        self.units = units
        self.cells = cells
        self.notComparable = notComparable
        self.yearly = yearly
    }

    /// The change from `a` to `b`; nil when either is missing.
    public static func change(_ a: Decimal?, _ b: Decimal?) -> Decimal? {
        guard let a, let b else { return nil }
        return b - a
    }

    /// The change as a fraction of `a` (0.125 for +12.5 %); nil when either is missing or `a` is 0.
    public static func fraction(_ a: Decimal?, _ b: Decimal?) -> Decimal? {
        guard let a, let b, a != 0 else { return nil }
        return (b - a) / a
    }
}

extension YearComparison {
    /// Compares two years' reports (matched by `Organization.id`).
    ///
    /// - Parameters:
    ///   - from: the earlier year.
    ///   - previous: its reports.
    ///   - to: the later year.
    ///   - current: its reports.
    ///   - yearly: the whole's key figures in every year held (`totals(of:keyFigures:)`); defaults to the two years
    ///     compared.
    ///   - given: the key figures to compare; nil for those both years' formats share (`comparableKeyFigures`).
    ///   - formats: where the reports' editions are looked up.
    public static func make(
        from: Int, previous: [AnnualReport], to: Int, current: [AnnualReport], yearly: [YearTotal]? = nil,
        keyFigures given: [KeyFigure]? = nil, formats: ReportFormats = .official
    ) -> YearComparison {
        let keyFigures = given ?? comparableKeyFigures(previous, current, formats)
        func values(_ r: AnnualReport?) -> [Decimal?] { keyFigures.map { f in r.flatMap { f.value(in: $0) } } }
        func sum(_ reports: [AnnualReport]) -> [Decimal?] { totals(of: reports, keyFigures: keyFigures) }
        var before: [String: AnnualReport] = [:]
        for r in previous where before[r.organization.id] == nil { before[r.organization.id] = r }
        var rows: [Row] = []
        var seen: Set<String> = []
        for r in current where seen.insert(r.organization.id).inserted {
            rows.append(Row(unit: r.organization.name, unitID: r.organization.id, from: values(before[r.organization.id]), to: values(r)))
        }
        for r in previous where seen.insert(r.organization.id).inserted {
            rows.append(Row(unit: r.organization.name, unitID: r.organization.id, from: values(r), to: values(nil)))
        }
        let total = Row(unit: "合计", unitID: "", from: sum(previous), to: sum(current))

        // Cell by cell, where the forms mean the same. The forms come from the reports (any one per year).
        var cells: [CellTotal] = []
        var notComparable: [NotComparable] = []
        if let a = previous.first, let b = current.first {
            for table in TableID.allCases {
                guard let fromSpec = formats[a.edition]?.spec(table), let toSpec = formats[b.edition]?.spec(table) else {
                    continue
                }
                let c = CellCorrespondence(from: fromSpec, to: toSpec)
                for pair in c.pairs {
                    let x = previous.compactMap { pair.fromValue($0[table]) }
                    let y = current.compactMap { pair.toValue($0[table]) }
                    cells.append(
                        CellTotal(
                            table: table, label: pair.label, from: x.isEmpty ? nil : x.reduce(0, +),
                            to: y.isEmpty ? nil : y.reduce(0, +)))
                }
                notComparable += c.onlyFrom.map { NotComparable(table: table, year: from, label: fromSpec.describe($0)) }
                notComparable += c.onlyTo.map { NotComparable(table: table, year: to, label: toSpec.describe($0)) }
            }
        }
        let series = yearly ?? [YearTotal(year: from, values: total.from), YearTotal(year: to, values: total.to)]
        return YearComparison(
            from: from, to: to, keyFigures: keyFigures, total: total, units: rows, cells: cells,
            notComparable: notComparable, yearly: series)
    }

    /// The key figures both years' formats share with the same cells (`KeyFigure.comparable`), from the formats of
    /// the first report of each year; the later year's when only one year has reports.
    public static func comparableKeyFigures(
        _ previous: [AnnualReport], _ current: [AnnualReport], _ formats: ReportFormats
    ) -> [KeyFigure] {
        let a = previous.first.flatMap { formats[$0.edition] }
        let b = current.first.flatMap { formats[$0.edition] }
        switch (a, b) {
        case (let a?, let b?): return KeyFigure.comparable(from: a, to: b)
        case (nil, let only?), (let only?, nil): return only.keyFigures
        case (nil, nil): return ReportFormat.current.keyFigures
        }
    }

    /// Σ of each key figure over `reports` (nil when no report filled it).
    public static func totals(of reports: [AnnualReport], keyFigures: [KeyFigure]) -> [Decimal?] {
        keyFigures.map { f in
            let vs = reports.compactMap { f.value(in: $0) }
            return vs.isEmpty ? nil : vs.reduce(0, +)
        }
    }
}

extension ReportHistory {
    /// Compares `from` with `to` over the current reports held, with the whole's key figures over every year held.
    public func compare(from: Int, to: Int, keyFigures given: [KeyFigure]? = nil) throws(HistoryError)
        -> YearComparison
    {
        let previous = try currentReports(year: from)
        let current = try currentReports(year: to)
        let keyFigures = given ?? YearComparison.comparableKeyFigures(previous, current, formats)
        var yearly: [YearComparison.YearTotal] = []
        for y in try years() {
            // One year in memory at a time.
            let reports = y == from ? previous : y == to ? current : try currentReports(year: y)
            yearly.append(YearComparison.YearTotal(year: y, values: YearComparison.totals(of: reports, keyFigures: keyFigures)))
        }
        return YearComparison.make(
            from: from, previous: previous, to: to, current: current, yearly: yearly, keyFigures: keyFigures,
            formats: formats)
    }
}

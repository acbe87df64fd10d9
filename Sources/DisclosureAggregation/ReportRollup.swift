import DisclosureModel
import Foundation

/// Rolls up annual reports of one year and edition along an organization tree: every cell of 表二, 表三 and 表四 summed
/// exactly, subtotals per level and per branch, a per-unit breakdown, and an account of blank cells.
///
/// Feed it one report at a time (`add(_:diagnosticsCount:)`) — it keeps running sums, not reports, so 100,000 reports
/// stream through in flat memory (the breakdown keeps one small row per unit; switch it off with
/// `Options.keepsBreakdown`). Then `finish()`:
///
/// ```swift
/// var rollup = ReportRollup(tree: OrganizationTree(city.organizations))
/// for report in reports { rollup.add(report) }
/// let result = rollup.finish()
/// result.total          // an AnnualReport for the root; validation passes on it when it passes on every unit
/// result.diagnostics    // AGG.mixedEdition, AGG.duplicateUnit, AGG.missingReport, AGG.unknownUnit, AGG.partialBlank …
/// ```
///
/// Rules:
/// - The first accepted report fixes the year and edition unless given; a report of another edition or year is left
///   out (`AGG.mixedEdition`, `AGG.mixedYear`), and so is a second report of a unit (`AGG.duplicateUnit`) and, when a tree
///   is given, a report of a unit not in it (`AGG.unknownUnit`). Units of the tree without a report are
///   `AGG.missingReport`. The roll-up always completes for the rest.
/// - Blank is not 0: a cell is summed over the units that filled it; a cell nobody filled stays blank
///   (`AGG.allBlank`), and one some units left blank is flagged with their number (`AGG.partialBlank`).
/// - The cells are the edition's form (its `ReportFormat` among `formats`, forms as data); figures in cells the form
///   does not have are not summed (`AGG.offForm`); a report of an edition not among `formats` is left out
///   (`AGG.unknownEdition`). 信息处理费 figures are summed in 元.
public struct ReportRollup: Sendable {
    /// What to keep besides the totals.
    public struct Options: Hashable, Sendable {
        /// Keep one breakdown row per unit (default true).
        public var keepsBreakdown: Bool
        /// Keep a subtotal per level (default true).
        public var keepsLevelSubtotals: Bool
        /// Keep a subtotal per unit that has units below it (default true).
        public var keepsBranchSubtotals: Bool
        /// How many units an `AGG.partialBlank` note names (default 10).
        public var unitsNamedPerBlankCell: Int

        /// Creates options.
        public init(
            keepsBreakdown: Bool = true, keepsLevelSubtotals: Bool = true, keepsBranchSubtotals: Bool = true,
            unitsNamedPerBlankCell: Int = 10
        ) {
            self.keepsBreakdown = keepsBreakdown
            self.keepsLevelSubtotals = keepsLevelSubtotals
            self.keepsBranchSubtotals = keepsBranchSubtotals
            self.unitsNamedPerBlankCell = unitsNamedPerBlankCell
        }
    }

    /// The tree the reports are summed along, if any.
    public let tree: OrganizationTree?
    /// The unit the total is reported for.
    public let root: Organization
    /// The year, fixed by the first accepted report unless given.
    public private(set) var year: Int?
    /// The format summed in, fixed by the first accepted report unless given.
    public private(set) var format: ReportFormat?
    /// The formats reports are looked up in.
    public let formats: ReportFormats
    let options: Options

    var total: CellAccumulator?
    var levels: [OrganizationLevel: CellAccumulator] = [:]
    var branches: [Int: CellAccumulator] = [:]
    var seen: Set<String> = []
    var treeRows: [UnitBreakdownRow?]
    var otherRows: [UnitBreakdownRow] = []
    var diagnostics: [Diagnostic]
    var blankUnits: [Int: [String]] = [:]
    var offForm: [TableID: [CellAddress: Int]] = [:]

    /// Starts an empty roll-up.
    ///
    /// - Parameters:
    ///   - tree: the units to sum along; without one every report counts, levels come from the reports and there are
    ///     no branch subtotals or missing reports.
    ///   - year: fixes the year (and, without `format`, the format that applies to it) up front; otherwise the first
    ///     accepted report does.
    ///   - format: fixes the format up front.
    ///   - formats: where reports' editions are looked up (`.official` unless a corrected form is given).
    ///   - root: the unit the total is for; defaults to the tree's root, else `合计`.
    ///   - options: what to keep besides the totals.
    public init(
        tree: OrganizationTree? = nil, year: Int? = nil, format: ReportFormat? = nil,
        formats: ReportFormats = .official, root: Organization? = nil, options: Options = Options()
    ) {
        self.tree = tree
        self.root = root ?? tree?.root ?? Organization(id: "合计", name: "合计", level: .city)
        self.year = year
        self.formats = formats
        self.format = format ?? year.flatMap { formats.format(forReportYear: $0) }
        self.options = options
        treeRows = Array(repeating: nil, count: tree?.organizations.count ?? 0)
        diagnostics = tree?.diagnostics ?? []
        if let f = self.format { total = CellAccumulator(f) }
    }

    /// The edition summed in, once fixed.
    public var edition: Edition? { format?.edition }

    /// Rolls up a whole sequence (streamed: reports are not kept).
    public static func rollUp<S: Sequence>(
        _ reports: S, tree: OrganizationTree? = nil, diagnosticsCounts: [String: Int] = [:],
        formats: ReportFormats = .official, options: Options = Options()
    ) -> RollupResult where S.Element == AnnualReport {
        var rollup = ReportRollup(tree: tree, formats: formats, options: options)
        for r in reports { rollup.add(r, diagnosticsCount: diagnosticsCounts[r.organization.id]) }
        return rollup.finish()
    }

    /// Adds one unit's report; a report that cannot be summed is recorded as a diagnostic and a breakdown row.
    ///
    /// - Parameters:
    ///   - report: one unit's report.
    ///   - diagnosticsCount: how many diagnostics validation found in this report, for the breakdown.
    public mutating func add(_ report: AnnualReport, diagnosticsCount: Int? = nil) {
        let org = report.organization
        let treeIndex = tree?.index(of: org.id) ?? tree?.index(of: org.name)
        let unit = treeIndex.map { tree?.organizations[$0] ?? org } ?? org

        if tree != nil, treeIndex == nil {
            diagnostics.append(
                AggregationDiagnostic.unknownUnit.make(
                    message: "\(org.name)（\(org.id)）不在单位列表中，其报告未汇总",
                    english: "\(org.name) is not in the organization tree; its report is left out", unit: org.id))
            record(excludedRow(report, diagnosticsCount), at: nil)
            return
        }
        // A unit counts as seen only once a report of it is summed: a first report left out for its edition or
        // year does not make a later, correct one a duplicate.
        guard !seen.contains(unit.id) else {
            diagnostics.append(
                AggregationDiagnostic.duplicateUnit.make(
                    message: "\(unit.name)报送了不止一份报告，只汇总第一份",
                    english: "\(unit.name) sent more than one report; only the first is summed", unit: unit.id))
            return
        }
        guard let reportFormat = formats[report.edition] else {
            diagnostics.append(
                AggregationDiagnostic.unknownEdition.make(
                    message: "\(unit.name)的报告格式“\(report.edition.rawValue)”不在已知格式之中，未汇总",
                    english: "\(unit.name)'s report names an unknown edition \(report.edition.rawValue); left out",
                    unit: unit.id))
            record(excludedRow(report, diagnosticsCount), at: treeIndex)
            return
        }
        if format == nil {
            format = reportFormat
            total = CellAccumulator(reportFormat)
        }
        guard let format else { return }
        if report.edition != format.edition {
            diagnostics.append(
                AggregationDiagnostic.mixedEdition.make(
                    message: "\(unit.name)的报告为\(report.edition)，汇总为\(format.edition)，未汇总",
                    english: "\(unit.name)'s report follows the \(report.edition.rawValue) edition, the roll-up the \(format.edition.rawValue) edition; left out",
                    unit: unit.id, notes: ["\(reportFormat.notice) ≠ \(format.notice)"]))
            record(excludedRow(report, diagnosticsCount), at: treeIndex)
            return
        }
        if year == nil { year = report.year }
        guard let year else { return }
        if report.year != year {
            diagnostics.append(
                AggregationDiagnostic.mixedYear.make(
                    message: "\(unit.name)的报告为\(report.year)年度，汇总为\(year)年度，未汇总",
                    english: "\(unit.name)'s report is for \(report.year), the roll-up for \(year); left out", unit: unit.id))
            record(excludedRow(report, diagnosticsCount), at: treeIndex)
            return
        }
        seen.insert(unit.id)

        let values = format.index.values(of: report)
        var blanks = 0
        for (i, v) in values.enumerated() where v == nil {
            blanks += 1
            if blankUnits[i, default: []].count < options.unitsNamedPerBlankCell { blankUnits[i, default: []].append(unit.name) }
        }
        noteOffFormCells(report, format: format, filled: values.count - blanks)
        total?.add(values, fees: report.fees)
        if options.keepsLevelSubtotals {
            levels[unit.level, default: CellAccumulator(format)].add(values, fees: report.fees)
        }
        if options.keepsBranchSubtotals, let tree, let treeIndex {
            for j in [treeIndex] + tree.ancestorIndices(of: unit.id) where j != tree.rootIndex && !tree.childIndices[j].isEmpty {
                branches[j, default: CellAccumulator(format)].add(values, fees: report.fees)
            }
        }
        var row = UnitBreakdownRow(
            report, format: format, status: .included, blankCells: blanks, diagnosticsCount: diagnosticsCount)
        row.unit = unit
        record(row, at: treeIndex)
    }

    /// The breakdown row of a report left out, with its key figures in its own format when that is known.
    func excludedRow(_ report: AnnualReport, _ diagnosticsCount: Int?) -> UnitBreakdownRow {
        guard let own = formats[report.edition] else {
            return UnitBreakdownRow(unit: report.organization, status: .excluded, diagnosticsCount: diagnosticsCount)
        }
        return UnitBreakdownRow(report, format: own, status: .excluded, blankCells: 0, diagnosticsCount: diagnosticsCount)
    }

    mutating func record(_ row: UnitBreakdownRow, at treeIndex: Int?) {
        guard options.keepsBreakdown else { return }
        if let treeIndex { treeRows[treeIndex] = row } else { otherRows.append(row) }
    }

    mutating func noteOffFormCells(_ report: AnnualReport, format: ReportFormat, filled: Int) {
        let stored = TableID.allCases.reduce(0) { $0 + report[$1].cells.values.filter { !$0.isBlank }.count }
        guard stored > filled else { return }
        for table in TableID.allCases {
            let spec = format.spec(table)
            for (address, figure) in report[table].cells where !figure.isBlank && !spec.contains(address) {
                offForm[table, default: [:]][address, default: 0] += 1
            }
        }
    }

    /// The result so far (the roll-up can go on being fed afterwards).
    ///
    /// Before any report was summed (and with no year or format given), the total is an empty report in the
    /// latest of `formats` with year 0 and `unitCount` 0: a caller must not present it as a roll-up.
    public func finish() -> RollupResult {
        let format = self.format ?? formats.all.last ?? ReportFormat.current
        let edition = format.edition
        let year = self.year ?? 0
        let accumulator = total ?? CellAccumulator(format)
        let (totalReport, blankCounts) = accumulator.report(format, organization: root, year: year)
        var diagnostics = self.diagnostics
        var rows: [UnitBreakdownRow] = []

        if let tree {
            for (i, o) in tree.organizations.enumerated() where tree.indexByID[o.id] == i {
                if let row = treeRows[i] {
                    rows.append(row)
                } else if !seen.contains(o.id) {
                    diagnostics.append(
                        AggregationDiagnostic.missingReport.make(
                            message: "\(o.name)未报送报告，汇总中缺少该单位",
                            english: "\(o.name) sent no report; the totals lack it", unit: o.id))
                    rows.append(UnitBreakdownRow(unit: o, status: .missing))
                }
            }
        }
        rows += otherRows

        for (i, cell) in format.index.cells.enumerated() {
            let blanks = accumulator.units - accumulator.filled[i]
            guard blanks > 0 else { continue }
            let spec = format.spec(cell.table)
            let name = spec.describe(cell.address)
            let units = blankUnits[i] ?? []
            let named = "未填单位：" + units.joined(separator: "、") + (blanks > units.count ? " 等 \(blanks) 个" : "")
            if blanks == accumulator.units {
                diagnostics.append(
                    AggregationDiagnostic.allBlank.make(
                        message: "\(name)：\(blanks) 个单位均未填写，合计保留空白",
                        english: "every one of the \(blanks) units left this cell blank; the total stays blank",
                        table: cell.table, address: cell.address))
            } else {
                diagnostics.append(
                    AggregationDiagnostic.partialBlank.make(
                        message: "\(name)：\(blanks) 个单位未填写，合计为其余 \(accumulator.units - blanks) 个单位之和",
                        english: "\(blanks) units left this cell blank; the total sums the other \(accumulator.units - blanks)",
                        table: cell.table, address: cell.address, notes: [named]))
            }
        }
        for table in TableID.allCases {
            for (address, count) in (offForm[table] ?? [:]).sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
                diagnostics.append(
                    AggregationDiagnostic.offForm.make(
                        message: "\(table.shortName) \(address)：\(count) 个单位填了\(edition)表格没有的单元格，未汇总",
                        english: "\(count) units filled a cell the \(edition.rawValue) form does not have; not summed",
                        table: table, address: address))
            }
        }

        let levelGroups: [RollupGroup] = OrganizationLevel.allCases.compactMap { level in
            guard let acc = levels[level] else { return nil }
            let (report, blanks) = acc.report(format, organization: root, year: year)
            return RollupGroup(kind: .level(level), title: Self.title(of: level), unitCount: acc.units, report: report, blankCounts: blanks)
        }
        let branchGroups: [RollupGroup] = branches.keys.sorted().compactMap { j in
            guard let tree, let acc = branches[j] else { return nil }
            let unit = tree.organizations[j]
            let (report, blanks) = acc.report(format, organization: unit, year: year)
            return RollupGroup(kind: .branch(unit.id), title: "\(unit.name)（含下级单位）", unitCount: acc.units, report: report, blankCounts: blanks)
        }
        return RollupResult(
            total: totalReport, unitCount: accumulator.units, blankCounts: blankCounts, levelSubtotals: levelGroups,
            branchSubtotals: branchGroups, breakdown: rows, diagnostics: diagnostics, format: format)
    }

    /// A level's heading in a roll-up: 市本级, 县(市、区), 乡镇(街道), 部门, 省本级.
    public static func title(of level: OrganizationLevel) -> String {
        switch level {
        case .province: "省本级"
        case .city: "市本级"
        case .county, .township: level.rawValue
        case .department: "部门"
        }
    }
}

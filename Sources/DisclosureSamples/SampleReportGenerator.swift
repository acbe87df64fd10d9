import DisclosureModel
import Foundation

/// Builds one unit's consistent annual report from (seed, unit index, year) alone, so that reports can be generated in
/// any order, one at a time, and the same unit's reports of consecutive years agree (this year's 二 上年结转 equals
/// last year's 四 结转下年度).
///
/// Every identity of the edition holds: 表三 一 + 二 = （七） + 四 per column, （七） = Σ result rows, 总计 = Σ six applicant
/// columns per row; 表四 each group's 总计 = 维持 + 纠正 + 其他 + 未审结. Every cell of the form is filled (0 where
/// nothing happened), as a careful unit fills it.
struct SampleReportGenerator {
    let seed: UInt64
    /// The formats a year's report is drawn in.
    var formats: ReportFormats = .official

    /// How busy a unit is, by level.
    static func scale(_ level: OrganizationLevel, _ rng: inout SplitMix64) -> Int {
        switch level {
        case .province: rng.int(in: 400...900)
        case .city: rng.int(in: 120...220)
        case .county: rng.int(in: 30...160)
        case .department: rng.chance(perMille: 250) ? 0 : rng.int(in: 1...60)
        case .township: rng.int(in: 0...8)
        }
    }

    /// Share of each applicant column, per mille (自然人 dominates, as in real reports).
    static let columnShare: [(ColumnKey, Int)] = [
        (.naturalPerson, 820), (.commercial, 110), (.research, 8), (.publicInterest, 7), (.legalService, 25),
        (.otherOrganization, 30),
    ]

    /// Weights of the result rows (per mille of a unit's applications), roughly as real reports distribute them; a
    /// result row of a format not listed here (a corrected form's own row) gets `otherResultWeight`.
    static let resultWeight: [RowKey: Int] = [
        .granted: 350, .partiallyGranted: 110, .withheldStateSecret: 3, .withheldProhibited: 5,
        .withheldSafetyStability: 3, .withheldThirdParty: 15, .withheldInternalAffairs: 8, .withheldProcess: 15,
        .withheldEnforcementFile: 6, .withheldQuery: 10, .unavailableNotHeld: 250, .unavailableNeedsCreation: 30,
        .unavailableUnclear: 20, .notProcessedPetition: 45, .notProcessedRepeated: 30, .notProcessedPublication: 5,
        .notProcessedExcessive: 5, .notProcessedConfirmation: 10, .otherHandling: 60, .otherOverdueCorrection: 25,
        .otherUnpaidFee: 5, .otherOther: 30,
    ]
    /// The weight of a result row not in `resultWeight`.
    static let otherResultWeight = 10

    /// The result rows of a 表三 description with their weights, in form order.
    static func resultWeights(_ spec: TableSpec) -> [(RowKey, Int)] {
        FormCatalog.resultRows(spec).map { ($0, resultWeight[$0] ?? otherResultWeight) }
    }

    /// 结转下年度 of a unit in a year and column: a function of (seed, unit, year, column) only, so that the next year's
    /// 上年结转 can be computed from it.
    func carryForward(unit: Int, year: Int, column: Int, level: OrganizationLevel) -> Int {
        var rng = SplitMix64(mixing: seed, UInt64(unit), UInt64(year), UInt64(column), 0xCF)
        let cap: Int
        switch level {
        case .province, .city: cap = column == 0 ? 12 : 2
        case .county: cap = column == 0 ? 8 : 1
        case .department: cap = column == 0 ? 3 : 1
        case .township: cap = column == 0 ? 1 : 0
        }
        return rng.chance(perMille: 600) ? rng.int(in: 0...cap) : 0
    }

    /// The report of `organization` (unit number `unit`) for `year`, in the format that applies to the year.
    func report(for organization: Organization, unit: Int, year: Int) -> AnnualReport {
        report(for: organization, unit: unit, year: year, format: formats.format(forReportYear: year) ?? .current)
    }

    /// The report of `organization` (unit number `unit`) for `year` in `format`: every cell of its tables filled.
    func report(for organization: Organization, unit: Int, year: Int, format: ReportFormat) -> AnnualReport {
        var rng = SplitMix64(mixing: seed, UInt64(unit), UInt64(year), 0xA5)
        var report = AnnualReport(organization: organization, year: year, edition: format.edition)
        report.title = report.standardTitle
        report.proactive = proactive(organization.level, format.spec(.proactive), &rng)
        report.applications = applications(organization.level, format.spec(.applications), unit: unit, year: year, &rng)
        report.reviews = reviews(organization.level, &rng)
        if format.fees != nil {
            let notices = rng.chance(perMille: 50) ? rng.int(in: 1...3) : 0
            let notified = Decimal(notices * 100 * rng.int(in: 1...5))
            report.fees = ProcessingFees(
                noticesIssued: notices, amountNotified: Amount(notified, .yuan),
                amountCollected: Amount(notices > 0 && rng.chance(perMille: 500) ? notified : 0, .yuan))
        }
        let received = report.applications[.newReceived, .total].integer ?? 0
        let reviewsTotal = report.reviews[.cases, .reviewTotal].integer ?? 0
        let suits = (report.reviews[.cases, .directSuitTotal].integer ?? 0)
            + (report.reviews[.cases, .suitAfterReviewTotal].integer ?? 0)
        report.sections[.overview] =
            "\(year)年，\(organization.name)认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请\(received)件，"
            + "发生政府信息公开行政复议\(reviewsTotal)件、行政诉讼\(suits)件。"
        report.quotedFigures = [
            QuotedFigure(.applicationsReceived, Decimal(received)),
            QuotedFigure(.administrativeReviews, Decimal(reviewsTotal)),
            QuotedFigure(.administrativeLitigation, Decimal(suits)),
        ]
        chainDocumentsInForce(&report, unit: unit, format: format)
        return report
    }

    /// 表二 drawn cell by cell from the description: each column by what its key means (documents made, published,
    /// in force, repealed; items last year, their change, decisions; procurement; fee amounts), any other column a
    /// small count or amount, so a corrected form is filled too.
    func proactive(_ level: OrganizationLevel, _ spec: TableSpec, _ rng: inout SplitMix64) -> TableData {
        var t = TableData(.proactive)
        let makesRules = level == .city || level == .province
        let docs = level == .township ? rng.int(in: 0...2) : rng.int(in: 0...30)
        let rules = makesRules ? rng.int(in: 0...4) : 0
        for block in spec.blocks {
            for row in block.rows {
                let made = row.key == .regulations ? rules : row.key == .normativeDocuments ? docs : 0
                var previous = 0
                for column in block.columns {
                    let value: Figure
                    switch column.key {
                    case .newlyMade, .newlyPublished, .issued:
                        value = Figure(made)
                    case .totalPublished, .inForce:
                        if row.key == .regulations {
                            value = Figure(makesRules ? rules + rng.int(in: 20...60) : 0)
                        } else {
                            value = Figure(made + rng.int(in: 0...500))
                        }
                    case .repealed:
                        value = Figure(
                            row.key == .regulations
                                ? (makesRules ? rng.int(in: 0...2) : 0) : rng.int(in: 0...max(0, made / 3)))
                    case .previousCount:
                        // 行政事业性收费 counts items (a handful); the others count matters, often none.
                        previous =
                            row.key == .fees ? rng.int(in: 0...5) : rng.chance(perMille: 500) ? rng.int(in: 0...60) : 0
                        value = Figure(previous)
                    case .change:
                        value = Figure(
                            row.key == .fees ? rng.int(in: -previous...1) : rng.int(in: -min(previous, 5)...6))
                    case .decisions:
                        value = Figure(rng.chance(perMille: 400) ? rng.int(in: 0...5000) : 0)
                    case .procurementCount:
                        previous = rng.int(in: 0...20)
                        value = Figure(previous)
                    case .procurementAmount:
                        // 万元 with one decimal, like the seed's 94.2.
                        value = .number(previous == 0 ? 0 : Decimal(rng.int(in: 1...50_000)) / 10)
                    default:
                        switch column.kind {
                        case .money:
                            // 万元 with two decimals.
                            value = .number(rng.chance(perMille: 200) ? Decimal(rng.int(in: 1...100_000)) / 100 : 0)
                        case .signedCount:
                            value = Figure(rng.int(in: -5...5))
                        case .count:
                            value = Figure(rng.int(in: 0...20))
                        }
                    }
                    t[row.key, column.key] = value
                }
            }
        }
        return t
    }

    func applications(
        _ level: OrganizationLevel, _ spec: TableSpec, unit: Int, year: Int, _ rng: inout SplitMix64
    ) -> TableData {
        var t = TableData(.applications)
        let weights = Self.resultWeights(spec)
        let weightTotal = weights.reduce(0) { $0 + $1.1 }
        let unitScale = Self.scale(level, &rng)
        var rowTotals: [RowKey: Int] = [:]
        for (ci, (column, share)) in Self.columnShare.enumerated() {
            let expected = unitScale * share / 1000
            let handled = expected == 0 ? (rng.chance(perMille: 30) ? 1 : 0) : rng.int(in: expected / 2...expected * 3 / 2)
            var counts = [Int](repeating: 0, count: weights.count)
            for _ in 0..<handled {
                var pick = rng.int(in: 0...weightTotal - 1)
                for (wi, w) in weights.enumerated() {
                    if pick < w.1 { counts[wi] += 1; break }
                    pick -= w.1
                }
            }
            let carriedOver = carryForward(unit: unit, year: year - 1, column: ci, level: level)
            let carryForward = carryForward(unit: unit, year: year, column: ci, level: level)
            // 一 must not go negative: if more was carried in than handled and carried on, the rest was granted.
            let deficit = carriedOver - (counts.reduce(0, +) + carryForward)
            if deficit > 0 { counts[0] += deficit }
            let results = counts.reduce(0, +)
            for (wi, w) in weights.enumerated() { t[w.0, column] = Figure(counts[wi]) }
            t[.resultTotal, column] = Figure(results)
            t[.carriedOver, column] = Figure(carriedOver)
            t[.carryForward, column] = Figure(carryForward)
            t[.newReceived, column] = Figure(results + carryForward - carriedOver)
            for row in weights.map(\.0) + [.resultTotal, .carriedOver, .carryForward, .newReceived] {
                rowTotals[row, default: 0] += t[row, column].integer ?? 0
            }
        }
        for (row, total) in rowTotals { t[row, .total] = Figure(total) }
        return t
    }

    func reviews(_ level: OrganizationLevel, _ rng: inout SplitMix64) -> TableData {
        var t = TableData(.reviews)
        let cap: Int
        switch level {
        case .province, .city: cap = 3
        case .county: cap = 2
        case .department: cap = 1
        case .township: cap = 0
        }
        for group in FormCatalog.reviewGroups {
            var total = 0
            for outcome in group.outcomes {
                let v = rng.chance(perMille: 350) ? rng.int(in: 0...cap) : 0
                t[.cases, outcome] = Figure(v)
                total += v
            }
            t[.cases, group.total] = Figure(total)
        }
        return t
    }
}

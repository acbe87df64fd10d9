import DisclosureModel
import Foundation

extension Fixtures {
    /// The seed report's figures (洛阳市人民政府办公室 2020, 2019 edition), typed in by hand from the seed text —
    /// an independent source to compare the text reader against.
    public static var seedReport: AnnualReport {
        var r = AnnualReport(
            organization: Organization(name: "洛阳市人民政府办公室", level: .city), year: 2020, edition: .y2019,
            title: "洛阳市人民政府办公室 2020 年政府信息公开工作年度报告")
        // 表二
        r.proactive.setRow(.regulations, [.newlyMade, .newlyPublished, .totalPublished], [1, 1, 48])
        r.proactive.setRow(.normativeDocuments, [.newlyMade, .newlyPublished, .totalPublished], [24, 24, 502])
        for row in [RowKey.licensing, .otherServices, .penalty, .enforcement] {
            r.proactive.setRow(row, [.previousCount, .change, .decisions], [0, 0, 0])
        }
        r.proactive.setRow(.fees, [.previousCount, .change], [0, 0])
        r.proactive[.procurement, .procurementCount] = 2
        r.proactive[.procurement, .procurementAmount] = .number(Decimal(string: "94.2")!)
        // 表三: every row's seven columns, as printed.
        let columns = FormCatalog.applicantColumns + [.total]
        let rows: [(RowKey, [Figure])] = [
            (.newReceived, [153, 25, 0, 0, 0, 0, 178]),
            (.carriedOver, [12, 0, 0, 0, 0, 0, 12]),
            (.granted, [23, 1, 0, 0, 0, 0, 24]),
            (.partiallyGranted, [23, 0, 0, 0, 0, 0, 23]),
            (.withheldStateSecret, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldProhibited, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldSafetyStability, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldThirdParty, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldInternalAffairs, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldProcess, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldEnforcementFile, [0, 0, 0, 0, 0, 0, 0]),
            (.withheldQuery, [0, 0, 0, 0, 0, 0, 0]),
            (.unavailableNotHeld, [115, 24, 0, 0, 0, 0, 139]),
            (.unavailableNeedsCreation, [2, 0, 0, 0, 0, 0, 2]),
            (.unavailableUnclear, [0, 0, 0, 0, 0, 0, 0]),
            (.notProcessedPetition, [1, 0, 0, 0, 0, 0, 1]),
            (.notProcessedRepeated, [0, 0, 0, 0, 0, 0, 0]),
            (.notProcessedPublication, [0, 0, 0, 0, 0, 0, 0]),
            (.notProcessedExcessive, [0, 0, 0, 0, 0, 0, 0]),
            (.notProcessedConfirmation, [0, 0, 0, 0, 0, 0, 0]),
            (.otherHandling, [0, 0, 0, 0, 0, 0, 0]),
            (.resultTotal, [164, 25, 0, 0, 0, 0, 189]),
            (.carryForward, [1, 0, 0, 0, 0, 0, 1]),
        ]
        for (row, figures) in rows { r.applications.setRow(row, columns, figures) }
        // 表四
        let reviewColumns: [ColumnKey] = ReportFormat.y2019.spec(.reviews).blocks[0].columns.map(\.key)
        r.reviews.setRow(.cases, reviewColumns, [1, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1])
        // Figures quoted in 总体情况, as printed.
        r.quotedFigures = [
            QuotedFigure(.applicationsReceived, 178),
            QuotedFigure(.applicationsTransferred, 34),
            QuotedFigure(.administrativeReviews, 2),
            QuotedFigure(.administrativeLitigation, 2),
            QuotedFigure(.websites, 59),
            QuotedFigure(.newMediaAccounts, 324),
            QuotedFigure(.newMediaWeChat, 191),
            QuotedFigure(.newMediaWeibo, 91),
            QuotedFigure(.newMediaApp, 6),
            QuotedFigure(.newMediaOther, 28),
            QuotedFigure(.normativeDocuments, 24),
        ]
        return r
    }

    /// A 2021-edition report with every cell of every table non-zero and every identity satisfied.
    public static var fullReport2021: AnnualReport {
        var r = AnnualReport(
            organization: Organization(name: "测试市人民政府办公室", level: .city), year: 2022, edition: .y2021)
        r.proactive.setRow(.regulations, [.issued, .repealed, .inForce], [2, 1, 30])
        r.proactive.setRow(.normativeDocuments, [.issued, .repealed, .inForce], [15, 4, 291])
        r.proactive[.licensing, .decisions] = 46209
        r.proactive[.penalty, .decisions] = 6
        r.proactive[.enforcement, .decisions] = 3
        r.proactive[.fees, .feeAmount] = .number(Decimal(string: "12.35")!)
        let spec = ReportFormat.y2021.spec(.applications)
        let results = FormCatalog.resultRows(ReportFormat.y2021.spec(.applications))
        // Each result row i gets i+1 per applicant column; 二 is 1 each; 四 is 2 each; 一 balances.
        var resultSum = [ColumnKey: Int]()
        for (i, row) in results.enumerated() {
            for c in FormCatalog.applicantColumns {
                r.applications[row, c] = Figure(i + 1)
                resultSum[c, default: 0] += i + 1
            }
        }
        for c in FormCatalog.applicantColumns {
            r.applications[.resultTotal, c] = Figure(resultSum[c]!)
            r.applications[.carriedOver, c] = 1
            r.applications[.carryForward, c] = 2
            r.applications[.newReceived, c] = Figure(resultSum[c]! + 2 - 1)
        }
        for row in spec.rows {
            var sum = 0
            for c in FormCatalog.applicantColumns { sum += r.applications[row.key, c].integer ?? 0 }
            r.applications[row.key, .total] = Figure(sum)
        }
        for group in FormCatalog.reviewGroups {
            let values = [3, 2, 1, 4]
            for (column, v) in zip(group.outcomes, values) { r.reviews[.cases, column] = Figure(v) }
            r.reviews[.cases, group.total] = 10
        }
        r.fees = ProcessingFees(
            noticesIssued: 2, amountNotified: Amount(600, .yuan), amountCollected: Amount(400, .yuan))
        return r
    }
}

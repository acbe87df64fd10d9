// The two official editions as `ReportFormat`s (FORMATS.md §1–2). Their tables are `FormCatalog`'s.

extension ReportFormat {
    /// 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号 — reports on 2019 and 2020.
    public static let y2019 = official(
        .y2019, name: "《中华人民共和国政府信息公开工作年度报告格式（试行）》", notice: "国办公开办函〔2019〕60号",
        years: 2019, 2020,
        tables: [FormCatalog.proactive2019, FormCatalog.applications2019, FormCatalog.reviews2019],
        fees: nil, coverFields: CoverField.standard, documentsColumn: .newlyPublished)

    /// 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号 — reports on 2021 and later; section 六
    /// states the 信息处理费 (国办函〔2020〕109号).
    public static let y2021 = official(
        .y2021, name: "《中华人民共和国政府信息公开工作年度报告格式》", notice: "国办公开办函〔2021〕30号",
        years: 2021, nil,
        tables: [FormCatalog.proactive2021, FormCatalog.applications2021, FormCatalog.reviews2021],
        fees: FeeStatement(section: .other, unit: .yuan), coverFields: CoverField.allCases,
        documentsColumn: .issued)

    /// The official format in force now (the latest): what a reader falls back to when nothing else decides.
    public static let current = y2021

    /// The key figures and quoted-figure cells both editions share; 规范性文件 reads `documentsColumn` of 表二.
    private static func official(
        _ edition: Edition, name: String, notice: String, years firstYear: Int, _ lastYear: Int?, tables: [TableSpec],
        fees: FeeStatement?, coverFields: [CoverField], documentsColumn: ColumnKey
    ) -> ReportFormat {
        let received = FigureCells(.applications, [CellAddress(.newReceived, .total)])
        let answered = FigureCells(.applications, [CellAddress(.resultTotal, .total)])
        let carriedForward = FigureCells(.applications, [CellAddress(.carryForward, .total)])
        let reviews = FigureCells(.reviews, [CellAddress(.cases, .reviewTotal)])
        let litigation = FigureCells(
            .reviews, [CellAddress(.cases, .directSuitTotal), CellAddress(.cases, .suitAfterReviewTotal)])
        let documents = FigureCells(.proactive, [CellAddress(.normativeDocuments, documentsColumn)])
        let applications = tables[1]
        func results(_ rows: [RowKey]) -> FigureCells { FigureCells(.applications, rows.map { CellAddress($0, .total) }) }
        func outcome(_ columns: [ColumnKey]) -> FigureCells { FigureCells(.reviews, columns.map { CellAddress(.cases, $0) }) }
        func decisions(_ row: RowKey) -> FigureCells { FigureCells(.proactive, [CellAddress(row, .decisions)]) }
        do {
            return try ReportFormat(
                edition: edition, name: name, notice: notice, firstYear: firstYear, lastYear: lastYear, tables: tables,
                fees: fees, coverFields: coverFields,
                keyFigures: [
                    KeyFigure(.newReceived, heading: "新收申请", source: received),
                    KeyFigure(.resultTotal, heading: "办理结果总计", source: answered),
                    KeyFigure(.carryForward, heading: "结转下年度", source: carriedForward),
                    KeyFigure(.reviews, heading: "行政复议", source: reviews),
                    KeyFigure(.litigation, heading: "行政诉讼", source: litigation),
                    KeyFigure(.normativeDocuments, heading: "规范性文件", source: documents),
                ],
                quotedFigureCells: [
                    .applicationsReceived: received,
                    .applicationsCarriedOver: FigureCells(.applications, [CellAddress(.carriedOver, .total)]),
                    .applicationsAnswered: answered,
                    .applicationsCarriedForward: carriedForward,
                    .administrativeReviews: reviews,
                    .administrativeLitigation: litigation,
                    .normativeDocuments: documents,
                    .regulations: FigureCells(.proactive, [CellAddress(.regulations, documentsColumn)]),
                    .licensingDecisions: decisions(.licensing),
                    .penaltyDecisions: decisions(.penalty),
                    .enforcementDecisions: decisions(.enforcement),
                    .applicationsGranted: results([.granted]),
                    .applicationsPartlyGranted: results([.partiallyGranted]),
                    .applicationsGrantedOrPartly: results([.granted, .partiallyGranted]),
                    .applicationsWithheld: results(resultGroup("（三）", in: applications)),
                    .applicationsUnavailable: results(resultGroup("（四）", in: applications)),
                    .applicationsNotProcessed: results(resultGroup("（五）", in: applications)),
                    .applicationsOtherHandling: results(resultGroup("（六）", in: applications)),
                    .applicationsLeftOpen: carriedForward,
                    .reviewsUpheld: outcome([.reviewUpheld]),
                    .reviewsCorrected: outcome([.reviewCorrected]),
                    .reviewsPending: outcome([.reviewPending]),
                    .reviewsNotUpheld: outcome([.reviewCorrected, .reviewOther, .reviewPending]),
                    .litigationUpheld: outcome([.directSuitUpheld, .suitAfterReviewUpheld]),
                    .litigationCorrected: outcome([.directSuitCorrected, .suitAfterReviewCorrected]),
                    .litigationLost: outcome([.directSuitCorrected, .suitAfterReviewCorrected]),
                    .litigationPending: outcome([.directSuitPending, .suitAfterReviewPending]),
                    .litigationNotUpheld: outcome([
                        .directSuitCorrected, .directSuitOther, .directSuitPending, .suitAfterReviewCorrected,
                        .suitAfterReviewOther, .suitAfterReviewPending,
                    ]),
                ])
        } catch {
            // The official tables are constants checked by FormCatalogTests; a failure here is a programming error.
            preconditionFailure("official format \(edition.rawValue): \(error)")
        }
    }

    /// The rows of one category of 三、本年度办理结果 (`（三）` 不予公开 → its sub-rows 1–8; `（六）` → the single row
    /// of 2019 or the sub-rows of 2021), read from the table description.
    private static func resultGroup(_ numeral: String, in spec: TableSpec) -> [RowKey] {
        spec.rows.filter { row in
            row.label.hasPrefix(numeral) || row.groups.dropFirst().contains { $0.hasPrefix(numeral) }
        }.map(\.key)
    }
}

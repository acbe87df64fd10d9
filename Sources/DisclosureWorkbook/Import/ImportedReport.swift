import DisclosureModel

/// What `ReportWorkbookImporter` read from a workbook: the report, the cover details, and the findings of reading.
public struct ImportedReport: Hashable, Sendable, Codable {
    /// The report: unit, year, edition (recognised from the labels), the three tables, 2021's fees.
    /// Text sections and quoted figures are not in a workbook and stay empty.
    public var report: AnnualReport
    /// 负责人, 审核人, 填报人, 联系电话, 填报日期.
    public var cover: ReportCover
    /// Problems met while reading, each located (`表三!C12`): text that is not a number, formulas without a
    /// computed value, unlabelled rows, cover fields missing. Run the `Validator` for the form's rules.
    public var diagnostics: [Diagnostic]

    /// Creates an import result.
    public init(report: AnnualReport, cover: ReportCover, diagnostics: [Diagnostic]) {
        self.report = report
        self.cover = cover
        self.diagnostics = diagnostics
    }
}

extension AnnualReport {
    /// The part of the report a workbook of `format` carries — unit, year, edition, the form's cells of each table,
    /// and (where the format states them) fees in 元 — so that `ReportWorkbookImporter` reading an exported workbook
    /// gives back exactly this. Rows and cells the form does not have are not drawn (validation lists them on 校验结果).
    public func workbookContent(in format: ReportFormat) -> AnnualReport {
        func formCells(_ table: TableID) -> TableData {
            let spec = format.spec(table)
            return TableData(table, cells: self[table].cells.filter { spec.contains($0.key) && !$0.value.isBlank })
        }
        var fees = self.fees.map {
            ProcessingFees(noticesIssued: $0.noticesIssued, amountNotified: $0.amountNotified?.converted(to: .yuan),
                           amountCollected: $0.amountCollected?.converted(to: .yuan))
        }
        if format.fees == nil || fees == ProcessingFees() { fees = nil }
        return AnnualReport(organization: organization, year: year, edition: edition, proactive: formCells(.proactive),
                            applications: formCells(.applications), reviews: formCells(.reviews), fees: fees)
    }
}

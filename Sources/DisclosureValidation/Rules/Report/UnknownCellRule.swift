import DisclosureModel

/// Figures in cells the report's edition does not have: a 2021 row (（六）1–3, 本年制发件数) in a 2019-edition report,
/// a 2019 row (政府集中采购) in a 2021 one, or keys no form knows.
///
/// Errors: such a figure is counted by no identity and written to no workbook, so it is silently lost unless fixed
/// (usually the report's edition or year is wrong). Provincial additions belong in `TableData.extraRows`, which
/// `ExtraRowRule` reports as notes.
public struct UnknownCellRule: ValidationRule {
    /// `CELL.notInEdition`.
    public let id = "CELL.notInEdition"
    /// What it checks.
    public let summary = "不属于本报告格式版本的行或列 — rows or columns not on the report's edition of the form"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per unknown filled cell, sorted by row then column.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (table, slots) in context.prepared(report)?.tables ?? [] where slots.strayCount > 0 {
            let data = report[table.spec.id]
            let unknown = data.cells.filter { !$0.value.isBlank && table.index[$0.key] == nil }.keys
                .sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            for address in unknown {
                found.append(diagnostic(address, data[address], table.spec, report, context))
            }
        }
        return found
    }

    func diagnostic(
        _ address: CellAddress, _ figure: Figure, _ spec: TableSpec, _ report: AnnualReport,
        _ context: ValidationContext
    ) -> Diagnostic {
        let others = context.formats.all.filter { $0.edition != report.edition }.map { $0.spec(spec.id) }
        let owner = others.first { $0.contains(address) }
        let (chinese, english): (String, String) =
            if let owner {
                (
                    Message.otherEdition(owner.describe(address), owner.edition, report.edition, figure),
                    Message.otherEditionEnglish(owner.edition, report.edition, figure)
                )
            } else if spec.row(address.row) != nil {
                (Message.noSuchColumn(spec, address, figure), Message.noSuchColumnEnglish(figure))
            } else {
                (Message.noSuchRow(spec, address, figure), Message.noSuchRowEnglish(figure))
            }
        return Diagnostic(
            id: id, severity: .error, message: chinese,
            english: "\(englishPlace(spec.id, row: address.row, column: address.column)): \(english)",
            location: context.location(
                unit: report.organization.name, table: spec.id, row: address.row, column: address.column),
            notes: ["值 value: \(figure.description)", "本报告格式 edition: \(context.formats[report.edition]?.citation ?? report.edition.description)"])
    }
}

extension UnknownCellRule {
    enum Message {
        static func otherEdition(_ place: String, _ owner: Edition, _ edition: Edition, _ figure: Figure) -> String {
            "\(place)：此格属于\(owner)格式，不属于本报告的\(edition)格式（值 \(figure)），不计入任何合计"
        }
        static func otherEditionEnglish(_ owner: Edition, _ edition: Edition, _ figure: Figure) -> String {
            "cell of the \(owner.rawValue) form, not of this report's \(edition.rawValue) form (value \(figure)); counted nowhere"
        }
        static func noSuchColumn(_ spec: TableSpec, _ address: CellAddress, _ figure: Figure) -> String {
            "\(spec.place(row: address.row, column: nil))：本行没有“\(address.column)”列（值 \(figure)）"
        }
        static func noSuchColumnEnglish(_ figure: Figure) -> String {
            "the row has no such column in this edition (value \(figure))"
        }
        static func noSuchRow(_ spec: TableSpec, _ address: CellAddress, _ figure: Figure) -> String {
            "\(spec.id.shortName)：没有“\(address.row)”行（列“\(address.column)”，值 \(figure)）"
        }
        static func noSuchRowEnglish(_ figure: Figure) -> String {
            "no such row in either edition of the form (value \(figure))"
        }
    }
}

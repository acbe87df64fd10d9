import DisclosureModel
import XLSX

/// Where the cover sheet's title, fields and notes go: labels in column A, values in column B.
public struct CoverLayout: Hashable, Sendable {
    /// The edition the cover is for.
    public let edition: Edition
    /// The fields drawn, in order (the format's `coverFields`).
    public let fields: [CoverField]
    /// `（适用格式：2019年版，国办公开办函〔2019〕60号）`.
    public let editionLine: String
    /// Each field's sheet row.
    public let rows: [CoverField: Int]
    /// The row of the 信息处理费 heading (2021 edition), nil otherwise.
    public let feeHeadingRow: Int?
    /// The row of the instruction or note line.
    public let noteRow: Int

    /// The title row.
    public static let titleRow = 0
    /// The edition line under the title.
    public static let editionRow = 1
    /// The label column (A).
    public static let labelColumn = 0
    /// The value column (B).
    public static let valueColumn = 1
    /// The cover's title.
    public static let title = "政府信息公开工作年度报告统计表"
    /// The heading above the 信息处理费 fields.
    public static let feeHeading = "信息处理费（六、其他需要报告的事项）"

    /// Lays out the cover of `format`.
    public init(_ format: ReportFormat) {
        edition = format.edition
        fields = format.coverFields
        editionLine = "（适用格式：\(format.edition)，\(format.notice)）"
        var rows: [CoverField: Int] = [:]
        var next = Self.editionRow + 2
        var feeHeadingRow: Int?
        for field in format.coverFields {
            if field.isFee, feeHeadingRow == nil {
                next += 1
                feeHeadingRow = next
                next += 1
            }
            rows[field] = next
            next += 1
        }
        self.rows = rows
        self.feeHeadingRow = feeHeadingRow
        self.noteRow = next + 1
    }

    /// The value cell of `field` (`B3`), nil when the edition's cover has no such field.
    public func valueCell(_ field: CoverField) -> CellReference? {
        rows[field].map { CellReference(row: $0, column: Self.valueColumn) }
    }
}

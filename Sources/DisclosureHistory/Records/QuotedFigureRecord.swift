import DisclosureModel
import GRDB

/// A row of `quotedFigure`: a figure quoted in the prose, with the line it was read from.
struct QuotedFigureRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "quotedFigure"

    var reportID: Int64
    var position: Int
    var kind: String
    /// Exact decimal text.
    var value: String
    var unit: String?
    var approximate: Bool
    var sourceFile: String?
    var sourceLine: Int?
    var sourceExcerpt: String?

    init(reportID: Int64, position: Int, figure: QuotedFigure) {
        self.reportID = reportID
        self.position = position
        kind = figure.kind.rawValue
        value = StoredDecimal.text(figure.value)
        unit = figure.unit?.rawValue
        approximate = figure.approximate
        sourceFile = figure.source?.file
        sourceLine = figure.source?.line
        sourceExcerpt = figure.source?.excerpt
    }

    /// The figure back, or nil when the stored text is not a decimal (a damaged row).
    var figure: QuotedFigure? {
        guard let value = StoredDecimal.decimal(value) else { return nil }
        let source = sourceLine.map { TextLocation(file: sourceFile, line: $0, excerpt: sourceExcerpt ?? "") }
        return QuotedFigure(
            QuotedFigure.Kind(kind), value, unit: unit.flatMap(MoneyUnit.init(rawValue:)), approximate: approximate,
            source: source)
    }
}

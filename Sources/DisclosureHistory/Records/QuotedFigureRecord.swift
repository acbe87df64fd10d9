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
    /// The percentage quoted with it, exact decimal text.
    var sharePercent: String?
    /// How many digits after the point the percentage was printed with.
    var shareDigits: Int?
    /// Which sentence of the prose it belongs to.
    var statement: Int?
    /// True when its subject may not be the table's.
    var uncertainSubject: Bool?

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
        sharePercent = figure.share.map { StoredDecimal.text($0.percent) }
        shareDigits = figure.share?.digits
        statement = figure.statement
        uncertainSubject = figure.uncertainSubject
    }

    /// The figure back, or nil when the stored text is not a decimal (a damaged row).
    var figure: QuotedFigure? {
        guard let value = StoredDecimal.decimal(value) else { return nil }
        let source = sourceLine.map { TextLocation(file: sourceFile, line: $0, excerpt: sourceExcerpt ?? "") }
        var figure = QuotedFigure(
            QuotedFigure.Kind(kind), value, unit: unit.flatMap(MoneyUnit.init(rawValue:)), approximate: approximate,
            source: source)
        if let text = sharePercent, let percent = StoredDecimal.decimal(text) {
            figure.share = QuotedFigure.Share(percent: percent, digits: shareDigits ?? 0)
        }
        figure.statement = statement
        figure.uncertainSubject = uncertainSubject
        return figure
    }
}

import DisclosureModel
import Foundation

/// The figures a report's prose quotes, grouped by the statement they were read from (a sentence and the "其中…"
/// sentences after it, on one line): what the text-only checks add up and compare.
struct ProseStatement {
    /// The figures, in reading order.
    var figures: [QuotedFigure]

    /// The first figure of `kind`, if the statement quotes exactly one of that kind; nil when none or several (a
    /// statement quoting a kind twice is ambiguous and is not checked).
    func single(_ kind: QuotedFigure.Kind) -> QuotedFigure? {
        let found = figures.filter { $0.kind == kind }
        return found.count == 1 ? found[0] : nil
    }

    /// The statements of `report`'s quoted figures, in reading order.
    static func all(in report: AnnualReport) -> [ProseStatement] {
        var order: [String] = []
        var groups: [String: [QuotedFigure]] = [:]
        for figure in report.quotedFigures {
            let key = "\(figure.source?.file ?? "")#\(figure.source?.line ?? -1)#\(figure.statement ?? -1)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(figure)
        }
        return order.compactMap { groups[$0].map(ProseStatement.init) }
    }
}

extension QuotedFigure {
    /// `966件` / `12196余`: the figure as the text gives it.
    var quotedText: String { value.plainText + (approximate ? "余" : "") }

    /// `（第27行：…）` when the source is known.
    var sourceNote: String { source.map { "（\($0)：\($0.excerpt)）" } ?? "" }
}

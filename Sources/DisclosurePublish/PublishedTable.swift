import DisclosureModel
import Foundation

/// One official table ready to print: its printed layout, the text of every figure cell as it will appear, and
/// the relative column widths both the page and the document use.
public struct PublishedTable: Hashable, Sendable {
    /// The table's printed layout (DisclosureModel), the one layout every output draws from.
    public let layout: PrintedLayout
    /// The table's caption (`表三　收到和处理政府信息公开申请情况`).
    public let caption: String
    /// The printed text of each figure cell (`""` for a blank kept blank), by address.
    public let figures: [CellAddress: String]
    /// How many figure cells were blank in the report.
    public let blankCount: Int
    /// Each grid column's share of the table width (they add up to 1).
    public let columnShares: [Double]

    /// The table `id` of `report` in `format`, its blank cells written as `blanks` says.
    public init(_ id: TableID, of report: AnnualReport, format: ReportFormat, blanks: PublishOptions.BlankCells) {
        let layout = PrintedLayout(id, format)
        self.layout = layout
        caption = "\(id.shortName)　\(Self.strippingNumber(layout.spec.title))"
        let data = report[id]
        var figures: [CellAddress: String] = [:]
        var blankCells = 0
        for cell in layout.figureCells {
            switch data[cell.address] {
            case .number(let value):
                figures[cell.address] = figureText(value)
            case .blank:
                blankCells += 1
                figures[cell.address] = blanks == .zero ? "0" : ""
            }
        }
        self.figures = figures
        blankCount = blankCells
        columnShares = Self.shares(layout)
    }

    /// The text an item shows: a label's text, or a figure's printed text.
    public func text(of item: PrintedLayout.Item) -> String {
        switch item {
        case .label(let label): label.text
        case .figure(let cell): figures[cell.address] ?? ""
        }
    }

    /// The text of every grid position (a spanning item's text repeated over its span), row by row — what a reader
    /// that expands `rowspan`/`colspan` (or python-docx's merged cells) sees.
    public var expandedGrid: [[String]] {
        let (items, grid) = layout.coverage
        return grid.map { row in row.map { $0.map { text(of: items[$0]) } ?? "" } }
    }

    /// `二、主动公开政府信息情况` → `主动公开政府信息情况`.
    static func strippingNumber(_ title: String) -> String {
        guard let mark = title.firstIndex(of: "、"), title.distance(from: title.startIndex, to: mark) <= 3 else { return title }
        return String(title[title.index(after: mark)...])
    }

    /// Column shares: a vertical group label's column is narrow (its text runs down), the row labels' column as wide
    /// as its labels need within a third of the page, the data columns share the rest equally.
    static func shares(_ layout: PrintedLayout) -> [Double] {
        var weights: [Double] = []
        if layout.labelColumns > 0 {
            // The outermost group (三、本年度办理结果, over 20 rows) reads one character a line; an inner group
            // (（四）无法提供, over 3 rows) needs about three characters a line to fit its rows.
            for level in 0..<(layout.labelColumns - 1) { weights.append(level == 0 ? 2.4 : 3.6) }
            let own = layout.labels.filter { $0.role == .rowLabel && $0.span.column == layout.labelColumns - 1 }
                .map { Double($0.text.count) }
            let longest = own.max() ?? 6
            weights.append(min(max(longest * 1.1, 8), layout.labelColumns > 1 ? 13 : 12))
        }
        let used = weights.reduce(0, +)
        let dataWeight = layout.dataColumns > 0 ? max((used > 0 ? 40 - used : 40) / Double(layout.dataColumns), 2.6) : 0
        weights += Array(repeating: dataWeight, count: layout.dataColumns)
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights
    }
}

/// The one place a figure becomes text: `Decimal`'s plain notation (`94.2`, `-8`), exactly as in the model.
/// (When figure parsing and printing move into DisclosureModel, this is the line to switch.)
func figureText(_ value: Decimal) -> String { value.plainText }

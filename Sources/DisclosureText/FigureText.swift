import DisclosureModel
import Foundation

/// What one table cell's text is: empty, a blank marker, a number (with a unit if written), or a label.
enum CellKind: Hashable, Sendable {
    /// An empty cell (padding between tabs; blank only when its position is certain).
    case empty
    /// An explicit blank marker: "-", "—", "/", "无", "空", "(空)".
    case blank
    /// A number, exactly, with the money unit written in the cell (`251000元`), if any.
    case number(Decimal, MoneyUnit?)
    /// Anything else.
    case label
}

/// The text reader's view of `Figure.parse(_:)` — the one reading of a typed figure, shared with every other reader.
enum FigureText {
    /// Classifies a cell's text (see `Figure.parse(_:)`).
    static func classify(_ raw: some StringProtocol) -> CellKind {
        switch Figure.parse(raw) {
        case .empty: .empty
        case .blank: .blank
        case .number(let value, let unit): .number(value, unit)
        case .notANumber: .label
        }
    }

    /// An exact decimal from ASCII text `[+-]?d+(,ddd)*(.d+)?`; nil otherwise.
    static func decimal(_ text: Substring) -> Decimal? { Figure.exactDecimal(text) }
}

import Foundation

/// The value of one cell, as written to or read from a workbook.
///
/// Shared by the writer and the reader. Numbers are `Decimal` so money and counts stay exact in Swift; note that the
/// .xlsx format itself stores every number as an IEEE double, so a decimal with more than ~15 significant digits
/// cannot survive a round trip through a file (that is the file format's limit, not ours).
/// A formula is not a value: see `Formula`, which pairs its text with the value it computes.
public enum CellValue: Hashable, Sendable, Codable {
    /// Text (any Unicode, CJK included).
    case string(String)
    /// A number, exact in Swift (`12`, `94.2`).
    case number(Decimal)
    /// `TRUE` / `FALSE`.
    case boolean(Bool)
    /// An error value as Excel shows it (`#DIV/0!`, `#N/A`, `#REF!` …).
    case error(String)
    /// An empty cell (distinct from 0; may still carry a format when written).
    case blank
}

/// A formula together with the value it computes (its cached result).
///
/// Files are read by clients that never recalculate (openpyxl with `data_only=True`, previewers, mobile viewers),
/// so a formula is always written with its value. The text is written without the leading `=`
/// (`SUM(A1:A2)`); a leading `=` is accepted and dropped.
public struct Formula: Hashable, Sendable, Codable {
    /// The formula text, e.g. `SUM(A1:A2)`, without the leading `=`.
    public var text: String
    /// The value the formula computes, stored alongside it.
    public var cached: CellValue

    /// Creates a formula with its computed value; a leading `=` in `text` is dropped.
    public init(_ text: String, cached: CellValue) {
        self.text = text.hasPrefix("=") ? String(text.dropFirst()) : text
        self.cached = cached
    }
}

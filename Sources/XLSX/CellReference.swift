/// A cell's position on a worksheet: zero-based row and column, printed in A1 notation (`C12`).
///
/// Both the writer and the reader use it, and every located diagnostic of the workbook layer is built from it.
public struct CellReference: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Zero-based row index (row 1 in Excel is 0).
    public var row: Int
    /// Zero-based column index (column A is 0).
    public var column: Int

    /// The largest row index an .xlsx sheet may have (1,048,576 rows).
    public static let maxRow = 1_048_575
    /// The largest column index an .xlsx sheet may have (16,384 columns, XFD).
    public static let maxColumn = 16_383

    /// Creates a reference from zero-based row and column indices.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses A1 notation (`"C12"`, `"$C$12"`, lower case accepted). Returns nil for anything else or out of range.
    public init?(_ a1: some StringProtocol) {
        self.init(utf8: a1.utf8)
    }

    /// Parses A1 notation from UTF-8 bytes (the reader parses references straight from the file's bytes).
    init?(utf8 a1: some Sequence<UInt8>) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in a1 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row - 1 <= Self.maxRow, column - 1 <= Self.maxColumn else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + r)))
            n = (n - 1) / 26
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars.reversed())
        return String(s)
    }

    /// A1 notation, e.g. `C12`.
    public var description: String { "\(Self.columnName(column))\(row + 1)" }

    /// Row-major order (row first, then column), the order cells appear in a sheet.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular range of cells, inclusive at both ends (`A1:C3`).
public struct CellRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The top-left cell.
    public var first: CellReference
    /// The bottom-right cell.
    public var last: CellReference

    /// Creates a range; the corners are normalised so `first` is top-left.
    public init(_ a: CellReference, _ b: CellReference) {
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// Creates a range from zero-based corner indices.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.init(CellReference(row: firstRow, column: firstColumn), CellReference(row: lastRow, column: lastColumn))
    }

    /// Parses `A1:C3` (or a single `B2`, a one-cell range).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let a = CellReference(parts[0]) else { return nil }
            self.init(a, a)
        case 2:
            guard let a = CellReference(parts[0]), let b = CellReference(parts[1]) else { return nil }
            self.init(a, b)
        default:
            return nil
        }
    }

    /// True when `cell` lies inside the range.
    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    /// True when the two ranges share at least one cell.
    public func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }

    /// `A1:C3`, or `B2` for a single cell.
    public var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}

import DisclosureModel

/// A table as published, turned into a rectangle of cells with their spans and where they came from: the one shape
/// every source (an HTML `<table>`, a Word `w:tbl`, a foreign workbook's cells and merged ranges, a PDF's boxes) is
/// built into before `GridRecognizer` reads the official tables out of it.
///
/// A merged cell fills every position it covers: each covered position holds the same text and points at the
/// merged cell's top-left position (`origin`), so a reader sees a rowspan label on every row it spans and can still
/// tell a copy from the cell itself.
public struct ReportGrid: Hashable, Sendable, Codable {
    /// Where the grid came from, for locations (`table 2`, a sheet's name, a PDF page).
    public var source: GridSource
    /// The rows, top to bottom; every row has `width` cells.
    public private(set) var rows: [[GridCell]]

    /// The number of columns.
    public var width: Int { rows.first?.count ?? 0 }

    /// Builds a grid from rows of spanned cells as they appear in the source (each row lists only the cells that
    /// start in it, left to right, skipping positions covered by a rowspan from above) — the HTML and Word model.
    /// Spans are clamped to `maxSpan` (the official tables span at most 22 rows and 15 columns), so a hostile
    /// `colspan=100000` cannot blow up memory; a rowspan never reaches past the last row.
    public init(source: GridSource, spannedRows: [[SpannedCell]], maxSpan: Int = 256) {
        self.source = source
        func clamped(_ span: Int) -> Int { min(max(span, 1), maxSpan) }
        var grid: [[GridCell?]] = []
        grid.reserveCapacity(spannedRows.count)
        var widest = 0
        for (r, row) in spannedRows.enumerated() {
            while grid.count <= r { grid.append([]) }
            // A row's cells are reserved at once (the widest row so far, or this row's spans): grown cell by cell,
            // every row of a grid was several reallocations.
            if grid[r].isEmpty {
                grid[r].reserveCapacity(max(widest, row.reduce(0) { $0 + clamped($1.columnSpan) }))
            }
            var c = 0
            for cell in row {
                while c < grid[r].count, grid[r][c] != nil { c += 1 }
                let rowSpan = clamped(cell.rowSpan)
                let columnSpan = clamped(cell.columnSpan)
                let origin = GridPosition(row: r, column: c)
                for dr in 0..<rowSpan {
                    let rr = r + dr
                    // A rowspan reaching past the last row is cut there (browsers do the same).
                    guard rr < spannedRows.count else { break }
                    while grid.count <= rr { grid.append([]) }
                    for dc in 0..<columnSpan {
                        let cc = c + dc
                        while grid[rr].count <= cc { grid[rr].append(nil) }
                        guard grid[rr][cc] == nil else { continue }
                        grid[rr][cc] = GridCell(
                            text: cell.text, origin: origin, rowSpan: rowSpan, columnSpan: columnSpan)
                    }
                }
                c += columnSpan
            }
            widest = max(widest, grid[r].count)
        }
        let width = grid.map(\.count).max() ?? 0
        rows = grid.enumerated().map { r, row in
            (0..<width).map { c in
                (c < row.count ? row[c] : nil)
                    ?? GridCell(text: "", origin: GridPosition(row: r, column: c), rowSpan: 1, columnSpan: 1)
            }
        }
    }

    /// Builds a grid from plain rows of texts (no spans): pasted text with tabs, a CSV.
    public init(source: GridSource, texts: [[String]]) {
        self.init(source: source, spannedRows: texts.map { $0.map { SpannedCell($0) } })
    }

    /// The cell at a position (0-based).
    public subscript(row: Int, column: Int) -> GridCell { rows[row][column] }

    /// The position of `row`, `column` in the source's own terms: `table 2 row 7 col 3` (1-based).
    public func describe(row: Int, column: Int? = nil) -> String {
        source.describe(row: row, column: column)
    }
}

/// One cell as the source lists it: its text and how many rows and columns it spans.
public struct SpannedCell: Hashable, Sendable, Codable {
    /// The cell's text, as the source gives it (paragraphs joined with a newline).
    public var text: String
    /// Rows spanned (≥ 1).
    public var rowSpan: Int
    /// Columns spanned (≥ 1).
    public var columnSpan: Int

    /// Creates a cell.
    public init(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1) {
        self.text = text
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
    }
}

/// A 0-based position in a grid.
public struct GridPosition: Hashable, Sendable, Codable {
    /// The row.
    public var row: Int
    /// The column.
    public var column: Int

    /// Creates a position.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One position of a grid: the text of the cell covering it, and that cell's top-left position and spans.
public struct GridCell: Hashable, Sendable, Codable {
    /// The text of the cell covering this position.
    public var text: String
    /// The top-left position of that cell (this position itself when the cell is not merged).
    public var origin: GridPosition
    /// Rows the covering cell spans.
    public var rowSpan: Int
    /// Columns the covering cell spans.
    public var columnSpan: Int

    /// Creates a cell.
    public init(text: String, origin: GridPosition, rowSpan: Int, columnSpan: Int) {
        self.text = text
        self.origin = origin
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
    }
}

/// Where a grid came from, and how its positions are named in diagnostics.
public enum GridSource: Hashable, Sendable, Codable {
    /// The Nth table (1-based) of a web page or a Word document: `table 2 row 7 col 3`.
    case table(Int)
    /// A worksheet: positions named in A1 notation (`年报统计表!M31`).
    case sheet(String)
    /// A page of a PDF (1-based).
    case page(Int)

    /// The name of a position (0-based `row`, `column`) in the source's terms.
    public func describe(row: Int, column: Int? = nil) -> String {
        switch self {
        case .table(let n):
            "table \(n) row \(row + 1)" + (column.map { " col \($0 + 1)" } ?? "")
        case .sheet(let name):
            "\(name)!" + (column.map { Self.columnLetters($0) } ?? "") + "\(row + 1)"
        case .page(let n):
            "page \(n) row \(row + 1)" + (column.map { " col \($0 + 1)" } ?? "")
        }
    }

    /// `0` → `A`, `27` → `AB`.
    static func columnLetters(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let d = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + d))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}

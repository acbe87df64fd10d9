/// A worksheet read into memory: its non-empty (or styled) cells in row-major order, and its merged ranges,
/// data validations and protection.
///
/// Built by `WorkbookReader.readSheet(named:)`; for very large sheets use `WorkbookReader.forEachRow`, which
/// keeps memory flat. Look a cell up with the subscripts (binary search, O(log n)).
public struct Sheet: Hashable, Sendable, Codable {
    /// Which sheet this is.
    public var info: SheetInfo
    /// Every cell the part lists, sorted row-major (`CellReference`'s order), one per position.
    public var cells: [Cell]
    /// Merged ranges, validations, protection and dimension.
    public var metadata: Metadata

    /// Creates a sheet; `cells` must be sorted row-major without duplicates (the reader guarantees it).
    public init(info: SheetInfo, cells: [Cell], metadata: Metadata) {
        self.info = info
        self.cells = cells
        self.metadata = metadata
    }

    /// The cell at `reference`, nil where the sheet has none.
    public subscript(reference: CellReference) -> Cell? {
        var low = 0
        var high = cells.count
        while low < high {
            let mid = (low + high) / 2
            if cells[mid].reference < reference { low = mid + 1 } else { high = mid }
        }
        return low < cells.count && cells[low].reference == reference ? cells[low] : nil
    }

    /// The cell at A1 notation `a1` (`"C12"`), nil where the sheet has none or `a1` is not a reference.
    public subscript(a1: String) -> Cell? {
        CellReference(a1).flatMap { self[$0] }
    }

    /// The value at `reference`: the cached value for a formula, `.blank` where there is no cell.
    public func value(at reference: CellReference) -> CellValue {
        self[reference]?.value ?? .blank
    }

    /// The merged range covering `reference`, if any.
    public func mergedRange(containing reference: CellReference) -> CellRange? {
        metadata.mergedRanges.first { $0.contains(reference) }
    }
}

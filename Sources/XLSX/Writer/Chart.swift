/// A chart to insert on a worksheet: its kind, title, series from cell ranges, axis titles, legend.
///
/// Series refer to cells by sheet name and range; the chart reads the values when Excel opens the file.
public struct Chart: Hashable, Sendable, Codable {
    /// The kind of chart.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Horizontal bars (条形图).
        case bar
        /// Stacked horizontal bars.
        case barStacked
        /// Vertical columns (柱形图).
        case column
        /// Stacked vertical columns.
        case columnStacked
        /// Line (折线图).
        case line
        /// Pie (饼图).
        case pie
        /// Doughnut (圆环图).
        case doughnut
    }

    /// Where the legend sits.
    public enum LegendPosition: String, Hashable, Sendable, Codable {
        /// No legend.
        case none
        /// Right (Excel's default).
        case right
        /// Left.
        case left
        /// Top.
        case top
        /// Bottom.
        case bottom
    }

    /// A range of cells on a named sheet, e.g. `表二!B2:B8`.
    public struct SheetRange: Hashable, Sendable, Codable {
        /// The sheet's name.
        public var sheet: String
        /// The cells.
        public var range: CellRange

        /// Creates a sheet range.
        public init(sheet: String, range: CellRange) {
            self.sheet = sheet
            self.range = range
        }

        /// The range as a formula with absolute references: `='表二'!$B$2:$B$8`.
        public var formula: String {
            let quoted = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
            let a = "$\(CellReference.columnName(range.first.column))$\(range.first.row + 1)"
            let b = "$\(CellReference.columnName(range.last.column))$\(range.last.row + 1)"
            return "=\(quoted)!\(a):\(b)"
        }
    }

    /// One data series: its values, their category labels, and the series name.
    public struct Series: Hashable, Sendable, Codable {
        /// The series name shown in the legend.
        public var name: String?
        /// The category labels (x axis, or the pie's slices).
        public var categories: SheetRange?
        /// The values.
        public var values: SheetRange

        /// Creates a series.
        public init(name: String? = nil, categories: SheetRange? = nil, values: SheetRange) {
            self.name = name
            self.categories = categories
            self.values = values
        }
    }

    /// The kind.
    public var kind: Kind
    /// The title; nil for none.
    public var title: String?
    /// The series, at least one.
    public var series: [Series]
    /// Category-axis title (ignored for pie and doughnut).
    public var categoryAxisTitle: String?
    /// Value-axis title (ignored for pie and doughnut).
    public var valueAxisTitle: String?
    /// The legend's position.
    public var legend: LegendPosition
    /// Scale of the default 480 × 288 pixel size, horizontally and vertically.
    public var scale: (x: Double, y: Double) {
        get { (scaleX, scaleY) }
        set { (scaleX, scaleY) = newValue }
    }
    var scaleX: Double
    var scaleY: Double

    /// Creates a chart.
    public init(kind: Kind, title: String? = nil, series: [Series], categoryAxisTitle: String? = nil,
                valueAxisTitle: String? = nil, legend: LegendPosition = .right, scale: (x: Double, y: Double) = (1, 1)) {
        self.kind = kind
        self.title = title
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.legend = legend
        scaleX = scale.x
        scaleY = scale.y
    }
}

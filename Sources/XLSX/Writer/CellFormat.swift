/// How a cell looks: font, alignment, wrapping, borders, fill, number format, and protection.
///
/// A value: build one, register it with `WorkbookWriter.addFormat(_:)`, and write with the returned `FormatHandle`.
/// Identical formats are registered once (the workbook caches by value), so it is cheap to describe formats inline.
/// `nil` members mean "Excel's default" (Calibri 11, general alignment, no border, no fill, General number format).
public struct CellFormat: Hashable, Sendable, Codable {
    /// An RGB colour, `0xRRGGBB`.
    public struct Color: Hashable, Sendable, Codable {
        /// The colour as `0xRRGGBB`.
        public var rgb: UInt32
        /// Creates a colour from `0xRRGGBB`; bits above 24 are ignored.
        public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }
        /// Black.
        public static let black = Color(rgb: 0x000000)
        /// White.
        public static let white = Color(rgb: 0xFFFFFF)
        /// Red.
        public static let red = Color(rgb: 0xFF0000)
        /// The light grey used for header and label cells.
        public static let lightGray = Color(rgb: 0xD9D9D9)
        /// The pale yellow conventionally used for input cells in templates.
        public static let inputYellow = Color(rgb: 0xFFF2CC)
    }

    /// Horizontal alignment.
    public enum HorizontalAlignment: String, Hashable, Sendable, Codable {
        /// Left.
        case left
        /// Centre.
        case center
        /// Right.
        case right
        /// Repeat the content to fill the cell.
        case fill
        /// Justify.
        case justify
        /// Centre across the selection (the unmerged alternative to a merged title).
        case centerAcross
        /// Distributed.
        case distributed
    }

    /// Vertical alignment.
    public enum VerticalAlignment: String, Hashable, Sendable, Codable {
        /// Top.
        case top
        /// Centre.
        case center
        /// Bottom (Excel's default).
        case bottom
        /// Justify.
        case justify
        /// Distributed.
        case distributed
    }

    /// A border line style.
    public enum BorderStyle: String, Hashable, Sendable, Codable {
        /// Thin line (the usual table grid).
        case thin
        /// Medium line.
        case medium
        /// Thick line.
        case thick
        /// Dashed.
        case dashed
        /// Dotted.
        case dotted
        /// Double line.
        case double
        /// Hairline.
        case hair
    }

    /// The borders of a cell, each side optional.
    public struct Borders: Hashable, Sendable, Codable {
        /// Top edge.
        public var top: BorderStyle?
        /// Bottom edge.
        public var bottom: BorderStyle?
        /// Left edge.
        public var left: BorderStyle?
        /// Right edge.
        public var right: BorderStyle?
        /// The colour of all edges (black when nil).
        public var color: Color?

        /// Creates borders side by side.
        public init(top: BorderStyle? = nil, bottom: BorderStyle? = nil, left: BorderStyle? = nil,
                    right: BorderStyle? = nil, color: Color? = nil) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
            self.color = color
        }

        /// The same style on all four edges.
        public static func all(_ style: BorderStyle, color: Color? = nil) -> Borders {
            Borders(top: style, bottom: style, left: style, right: style, color: color)
        }

        /// No borders.
        public static let none = Borders()
    }

    /// Font name as Excel shows it, e.g. `宋体`, `仿宋`, `黑体`, `Calibri`. nil: the workbook default (Calibri).
    public var fontName: String?
    /// Font size in points. nil: 11.
    public var fontSize: Double?
    /// Bold.
    public var isBold: Bool
    /// Italic.
    public var isItalic: Bool
    /// Single underline.
    public var isUnderlined: Bool
    /// Font colour. nil: automatic (black).
    public var fontColor: Color?
    /// Horizontal alignment. nil: general (text left, numbers right).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment. nil: bottom.
    public var verticalAlignment: VerticalAlignment?
    /// Wrap text inside the cell (such cells are ignored when autofitting column widths).
    public var wrapsText: Bool
    /// Shrink text to fit the cell.
    public var shrinksToFit: Bool
    /// Indent level (0 for none).
    public var indent: Int
    /// Borders.
    public var borders: Borders
    /// Solid background fill. nil: none.
    public var fillColor: Color?
    /// Number format code, e.g. `0`, `#,##0`, `0.00`, `@` (text). nil: General.
    public var numberFormat: String?
    /// Locked under sheet protection (Excel's default is locked). Set to false for input cells of a template.
    public var isLocked: Bool
    /// Hide the formula in the formula bar when the sheet is protected.
    public var hidesFormula: Bool

    /// Creates a format; every argument defaults to Excel's default.
    public init(fontName: String? = nil, fontSize: Double? = nil, isBold: Bool = false, isItalic: Bool = false,
                isUnderlined: Bool = false, fontColor: Color? = nil,
                horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
                wrapsText: Bool = false, shrinksToFit: Bool = false, indent: Int = 0, borders: Borders = .none,
                fillColor: Color? = nil, numberFormat: String? = nil, isLocked: Bool = true,
                hidesFormula: Bool = false) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.isBold = isBold
        self.isItalic = isItalic
        self.isUnderlined = isUnderlined
        self.fontColor = fontColor
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapsText = wrapsText
        self.shrinksToFit = shrinksToFit
        self.indent = indent
        self.borders = borders
        self.fillColor = fillColor
        self.numberFormat = numberFormat
        self.isLocked = isLocked
        self.hidesFormula = hidesFormula
    }

    /// How much wider than Calibri 11 this format's text is, for measuring column widths; 0 for wrapped text,
    /// which should not widen its column.
    var widthScale: Double {
        if wrapsText { return 0 }
        return (fontSize ?? 11) / 11 * (isBold ? 1.1 : 1)
    }
}

/// A format registered in one workbook; pass it to the worksheet's write methods.
///
/// Cheap to copy and compare. It belongs to the workbook that made it: using it with another workbook throws
/// `XLSXWriterError.Code.foreignFormat`.
public struct FormatHandle: Hashable, Sendable {
    let book: ObjectIdentifier
    let index: Int
}

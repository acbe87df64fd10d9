/// How a worksheet prints: paper, orientation, scaling, repeated header rows, margins, centring, header and footer.
///
/// The default is what the offices' templates use: A4 portrait, fit to one page wide, centred horizontally.
public struct PageSetup: Hashable, Sendable, Codable {
    /// Paper size (Excel's paper codes).
    public enum Paper: Int, Hashable, Sendable, Codable {
        /// US Letter.
        case letter = 1
        /// A3.
        case a3 = 8
        /// A4, the paper of Chinese government documents.
        case a4 = 9
        /// A5.
        case a5 = 11
    }

    /// Page orientation.
    public enum Orientation: String, Hashable, Sendable, Codable {
        /// Portrait (纵向).
        case portrait
        /// Landscape (横向).
        case landscape
    }

    /// Page margins in inches, as Excel stores them (1 inch = 2.54 cm).
    public struct Margins: Hashable, Sendable, Codable {
        /// Left margin.
        public var left: Double
        /// Right margin.
        public var right: Double
        /// Top margin.
        public var top: Double
        /// Bottom margin.
        public var bottom: Double

        /// Creates margins in inches.
        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }

        /// Creates margins in centimetres.
        public static func centimeters(left: Double, right: Double, top: Double, bottom: Double) -> Margins {
            Margins(left: left / 2.54, right: right / 2.54, top: top / 2.54, bottom: bottom / 2.54)
        }
    }

    /// Paper size.
    public var paper: Paper
    /// Orientation.
    public var orientation: Orientation
    /// Scale the print so the sheet is one page wide (any number of pages tall).
    public var fitsToPageWidth: Bool
    /// Rows repeated at the top of every printed page (zero-based, inclusive), e.g. `0...2` for a three-row header.
    public var repeatedRows: ClosedRange<Int>?
    /// Margins; nil keeps Excel's default.
    public var margins: Margins?
    /// Centre the print horizontally on the page.
    public var centersHorizontally: Bool
    /// Centre the print vertically on the page.
    public var centersVertically: Bool
    /// Page header in Excel's header syntax (`&C&"宋体"第 &P 页`), at most 255 characters; nil for none.
    public var header: String?
    /// Page footer in Excel's header syntax, e.g. `&C第 &P 页，共 &N 页`; nil for none.
    public var footer: String?
    /// Print the cell gridlines.
    public var printsGridlines: Bool

    /// Creates a print set-up; the defaults are A4 portrait, fit to page width, centred horizontally.
    public init(paper: Paper = .a4, orientation: Orientation = .portrait, fitsToPageWidth: Bool = true,
                repeatedRows: ClosedRange<Int>? = nil, margins: Margins? = nil, centersHorizontally: Bool = true,
                centersVertically: Bool = false, header: String? = nil, footer: String? = nil,
                printsGridlines: Bool = false) {
        self.paper = paper
        self.orientation = orientation
        self.fitsToPageWidth = fitsToPageWidth
        self.repeatedRows = repeatedRows
        self.margins = margins
        self.centersHorizontally = centersHorizontally
        self.centersVertically = centersVertically
        self.header = header
        self.footer = footer
        self.printsGridlines = printsGridlines
    }
}

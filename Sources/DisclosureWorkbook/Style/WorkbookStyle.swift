import XLSX

/// The office look of the standard workbooks, as data: one named `CellFormat` per role a cell plays.
///
/// `WorkbookStyle.office` is what the 政务公开 offices use: 宋体 for titles, headers, labels and figures, 仿宋 for
/// notes and instructions, thin black borders on every table cell, a light grey fill on headers and a pale
/// yellow fill on a template's input cells. Register the formats once per workbook with `StyleSheet` and write with
/// its handles. Every property is a plain `CellFormat`, so a caller may adjust one (`style.title.fontSize = 16`).
public struct WorkbookStyle: Hashable, Sendable, Codable {
    /// The title above a table (表名), e.g. 宋体 bold 16, centred.
    public var title: CellFormat
    /// A line under the title (填报单位, 年度), 宋体 11, left.
    public var subtitle: CellFormat
    /// Column and row headers of a table: 宋体 bold 11, centred both ways, wrapped, bordered, light fill.
    public var header: CellFormat
    /// A row label: 宋体 11, left, vertically centred, wrapped, bordered.
    public var label: CellFormat
    /// A vertical group label spanning several rows (三、本年度办理结果): like `label` but centred.
    public var groupLabel: CellFormat
    /// A count: 宋体 11, centred, bordered, number format `0`.
    public var number: CellFormat
    /// An amount of money: 宋体 11, centred, bordered, General (94.2 shows as 94.2, 94 as 94).
    public var money: CellFormat
    /// A total computed by formula: like `number`, bold.
    public var total: CellFormat
    /// Plain text in a bordered cell (cover values, diagnostic messages): 宋体 11, left, wrapped.
    public var text: CellFormat
    /// A template's count input: `number`, unlocked, pale yellow.
    public var inputNumber: CellFormat
    /// A template's money input: `money`, unlocked, pale yellow.
    public var inputMoney: CellFormat
    /// A template's text input (cover fields): `text`, unlocked, pale yellow, number format `@`.
    public var inputText: CellFormat
    /// A note or instruction: 仿宋 10, left, top, wrapped, no border.
    public var note: CellFormat
    /// The 勾稽 note in a table's corner cell: 仿宋 10, centred, wrapped, bordered, light fill.
    public var cornerNote: CellFormat

    /// Body font (宋体).
    public static let bodyFont = "宋体"
    /// Note font (仿宋).
    public static let noteFont = "仿宋"
    /// The number format of money cells: General, so decimals show as entered and whole amounts without a point.
    public static let moneyNumberFormat = "General"

    /// The offices' look (see the type's summary).
    public static let office: WorkbookStyle = {
        let grid = CellFormat.Borders.all(.thin)
        let title = CellFormat(fontName: bodyFont, fontSize: 16, isBold: true, horizontalAlignment: .center,
                               verticalAlignment: .center, wrapsText: true)
        let subtitle = CellFormat(fontName: bodyFont, fontSize: 11, horizontalAlignment: .left,
                                  verticalAlignment: .center)
        let header = CellFormat(fontName: bodyFont, fontSize: 11, isBold: true, horizontalAlignment: .center,
                                verticalAlignment: .center, wrapsText: true, borders: grid,
                                fillColor: .lightGray)
        let label = CellFormat(fontName: bodyFont, fontSize: 11, horizontalAlignment: .left,
                               verticalAlignment: .center, wrapsText: true, borders: grid)
        var groupLabel = label
        groupLabel.horizontalAlignment = .center
        let number = CellFormat(fontName: bodyFont, fontSize: 11, horizontalAlignment: .center,
                                verticalAlignment: .center, borders: grid, numberFormat: "0")
        var money = number
        money.numberFormat = moneyNumberFormat
        var total = number
        total.isBold = true
        var text = label
        text.numberFormat = "@"
        let note = CellFormat(fontName: noteFont, fontSize: 10, horizontalAlignment: .left,
                              verticalAlignment: .top, wrapsText: true)
        let corner = CellFormat(fontName: noteFont, fontSize: 10, horizontalAlignment: .center,
                                verticalAlignment: .center, wrapsText: true, borders: grid,
                                fillColor: .lightGray)
        return WorkbookStyle(title: title, subtitle: subtitle, header: header, label: label, groupLabel: groupLabel,
                             number: number, money: money, total: total, text: text,
                             inputNumber: number.asInput, inputMoney: money.asInput, inputText: text.asInput,
                             note: note, cornerNote: corner)
    }()

    /// Creates a style from its formats; most callers start from `.office` and change a property.
    public init(title: CellFormat, subtitle: CellFormat, header: CellFormat, label: CellFormat,
                groupLabel: CellFormat, number: CellFormat, money: CellFormat, total: CellFormat, text: CellFormat,
                inputNumber: CellFormat, inputMoney: CellFormat, inputText: CellFormat, note: CellFormat,
                cornerNote: CellFormat) {
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.label = label
        self.groupLabel = groupLabel
        self.number = number
        self.money = money
        self.total = total
        self.text = text
        self.inputNumber = inputNumber
        self.inputMoney = inputMoney
        self.inputText = inputText
        self.note = note
        self.cornerNote = cornerNote
    }

    /// The offices' print set-up: A4, one page wide, centred, 1.5 cm side margins, header rows repeated on every
    /// page, and a page-number footer.
    ///
    /// `repeatedRows` is zero-based and inclusive (the table's header rows); use `.landscape` for wide tables
    /// such as 表四.
    public static func pageSetup(repeatedRows: ClosedRange<Int>? = nil,
                                 orientation: PageSetup.Orientation = .portrait) -> PageSetup {
        PageSetup(paper: .a4, orientation: orientation, fitsToPageWidth: true, repeatedRows: repeatedRows,
                  margins: .centimeters(left: 1.5, right: 1.5, top: 2, bottom: 2),
                  centersHorizontally: true, footer: "&C第 &P 页，共 &N 页")
    }
}

extension CellFormat {
    /// The same format as a template input: unlocked under protection and filled pale yellow.
    public var asInput: CellFormat {
        var copy = self
        copy.isLocked = false
        copy.fillColor = .inputYellow
        return copy
    }
}

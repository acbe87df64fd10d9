import XLSX

/// A `WorkbookStyle` registered in one workbook: one `FormatHandle` per role, created once.
///
/// Make one right after creating the `WorkbookWriter` and pass it to whatever draws the sheets; the handles belong
/// to that workbook only.
public struct StyleSheet: Sendable {
    /// The style the handles were made from.
    public let style: WorkbookStyle
    /// Handle of `style.title`.
    public let title: FormatHandle
    /// Handle of `style.subtitle`.
    public let subtitle: FormatHandle
    /// Handle of `style.header`.
    public let header: FormatHandle
    /// Handle of `style.label`.
    public let label: FormatHandle
    /// Handle of `style.groupLabel`.
    public let groupLabel: FormatHandle
    /// Handle of `style.number`.
    public let number: FormatHandle
    /// Handle of `style.money`.
    public let money: FormatHandle
    /// Handle of `style.total`.
    public let total: FormatHandle
    /// Handle of `style.text`.
    public let text: FormatHandle
    /// Handle of `style.inputNumber`.
    public let inputNumber: FormatHandle
    /// Handle of `style.inputMoney`.
    public let inputMoney: FormatHandle
    /// Handle of `style.inputText`.
    public let inputText: FormatHandle
    /// Handle of `style.note`.
    public let note: FormatHandle
    /// Handle of `style.cornerNote`.
    public let cornerNote: FormatHandle

    /// Registers every format of `style` in `book`. Throws what `WorkbookWriter.addFormat(_:)` throws.
    public init(_ style: WorkbookStyle = .office, in book: WorkbookWriter) throws {
        self.style = style
        title = try book.addFormat(style.title)
        subtitle = try book.addFormat(style.subtitle)
        header = try book.addFormat(style.header)
        label = try book.addFormat(style.label)
        groupLabel = try book.addFormat(style.groupLabel)
        number = try book.addFormat(style.number)
        money = try book.addFormat(style.money)
        total = try book.addFormat(style.total)
        text = try book.addFormat(style.text)
        inputNumber = try book.addFormat(style.inputNumber)
        inputMoney = try book.addFormat(style.inputMoney)
        inputText = try book.addFormat(style.inputText)
        note = try book.addFormat(style.note)
        cornerNote = try book.addFormat(style.cornerNote)
    }
}

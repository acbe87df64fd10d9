import DisclosureModel

/// The diagnostics of reading a PDF's layout: stable ids, severities and meanings in one place (`all`). Each is
/// located on the page: `page 3 line 17 (x 312, y 540)` in the location's `detail`.
public enum PDFDiagnostics {
    /// `PDF.unplacedText`.
    public static let unplacedText = DiagnosticKind(
        id: "PDF.unplacedText", severity: .error,
        summary: "PDF 表格区域中的文字不属于任何行或列，未读入 — text in a table's area that belongs to no row or column; not read")
    /// `PDF.pagesWithoutText`.
    public static let pagesWithoutText = DiagnosticKind(
        id: "PDF.pagesWithoutText", severity: .error,
        summary: "PDF 部分页面没有文字层（扫描页），其内容未读入，需要 OCR — pages without a text layer (scanned); not read")

    /// Every kind, in the order above.
    public static let all: [DiagnosticKind] = [unplacedText, pagesWithoutText]

    /// `page 3 line 17 (x 312, y 540)`: a place on a page, in points from the top-left corner.
    static func place(page: Int, line: Int, x: Double, y: Double) -> String {
        "page \(page) line \(line) (x \(Int(x.rounded())), y \(Int(y.rounded())))"
    }

    static func unplacedText(file: String?, page: Int, run: PDFRun, table: TableID) -> Diagnostic {
        let at = place(page: page, line: run.line, x: run.x0, y: run.y0)
        return unplacedText.make(
            message: "第\(page)页第\(run.line)行（\(at)）：\(table.shortName)中的“\(run.text)”不属于任何表格行或列，未读入",
            english: "text in the table's area belongs to no row or column of the form; not read",
            location: Diagnostic.Location(file: file, section: table.section, table: table, detail: at))
    }

    /// The other cause of text that reads as none where Poppler lacks poppler-data (`Poppler.readsUnembeddedChinese`
    /// false): the file's Chinese fonts are not embedded, and Poppler needs poppler-data's CMaps to read them.
    static let unembeddedChineseCause = (
        chinese: "或文件使用未嵌入的中文字体，而本机未安装 poppler-data：apt install poppler-data",
        english: "or its Chinese fonts are not embedded and poppler-data, which Poppler needs to read them, is not installed"
    )

    /// Pages without text in an otherwise readable PDF; where Poppler lacks poppler-data (`readsUnembeddedChinese`
    /// false: `Poppler.readsUnembeddedChinese`, which the caller asks — the layout knows no Poppler, so that the
    /// pdf-layout fuzz target builds it alone), the message names the other cause too (`unembeddedChineseCause`).
    static func pagesWithoutText(
        file: String?, pages: [Int], of count: Int, readsUnembeddedChinese: Bool
    ) -> Diagnostic {
        let list = pages.map(String.init).joined(separator: "、")
        let listed = pages.map(String.init).joined(separator: ", ")
        let cause = unembeddedChineseCause
        return pagesWithoutText.make(
            message: "PDF 共\(count)页，其中第\(list)页没有文字层（扫描页），这些页上的内容未读入，需要 OCR"
                + (readsUnembeddedChinese ? "" : "（\(cause.chinese)）"),
            english: "pages \(listed) of \(count) have no text layer (scanned): their content was not read; they need OCR"
                + (readsUnembeddedChinese ? "" : " (\(cause.english))"),
            location: Diagnostic.Location(file: file, detail: "pages " + listed))
    }
}

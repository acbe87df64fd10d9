import DisclosureDocuments
import DisclosureModel
import DisclosureText
import DisclosureWorkbook
import Foundation
import XLSX

/// What a file is, recognised from its content (its name only breaks ties for CSV): a report the package reads, or
/// something a clerk keeps beside the reports that is not one.
public enum ReportFileKind: Hashable, Sendable, CustomStringConvertible {
    /// Our JSON model of a report (`ReportJSON`, kind `AnnualReport`).
    case json
    /// Published report text (the seed's layout and its drift), UTF-8, UTF-16 with a BOM, or GBK/GB18030.
    case text
    /// A saved web page or an HTML fragment (UTF-8 or GBK/GB2312), the report's tables in its markup.
    case webPage
    /// A Word `.docx`: the report's paragraphs and tables.
    case wordDocument
    /// A PDF with a text layer (magic `%PDF-`): the tables rebuilt from the characters' positions.
    case pdf
    /// A filled annual-report workbook (our template, possibly edited in Excel, WPS or LibreOffice), or any workbook
    /// holding the official tables in a layout of its own (read by `ForeignWorkbookReader`).
    case workbook
    /// A JSON document of ours that is not a report (`website-forms.json`, a roll-up's JSON): its kind.
    case otherDocument(String)
    /// A CSV list (the organization tree, websites, accounts).
    case csv
    /// A workbook this package wrote that is not a report (a roll-up, statistics, website forms): its first sheet.
    case outputWorkbook(String)
    /// An old binary Office file (OLE compound document: `.xls`, `.doc`, `.wps`): must be saved as `.xlsx`/`.docx`.
    case legacyOffice
    /// UTF-8 text that is not a report: no section heading and no table of the form in it (a note, a list).
    case plainText
    /// Nothing the package reads.
    case unknown

    /// True for the kinds `ReportFileReader` reads as a report.
    public var isReport: Bool {
        switch self {
        case .json, .text, .webPage, .wordDocument, .pdf, .workbook: true
        default: false
        }
    }

    /// A short bilingual name (`工作簿 workbook`).
    public var description: String {
        switch self {
        case .json: "JSON"
        case .text: "文本 text"
        case .webPage: "网页 web page"
        case .wordDocument: "Word 文档 .docx"
        case .pdf: "PDF 文档 PDF"
        case .workbook: "工作簿 workbook"
        case .otherDocument(let kind): "JSON 文档 document (\(kind))"
        case .csv: "CSV 清单 list"
        case .outputWorkbook(let sheet): "本软件输出的工作簿 output workbook (\(sheet))"
        case .legacyOffice: "旧版 Office 文件 legacy Office file"
        case .plainText: "非报告文本 text that is not a report"
        case .unknown: "无法识别 unknown"
        }
    }
}

extension ReportFileKind {
    /// The OLE compound-file signature of `.xls`, `.doc`, `.wps`.
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// A zip's local-file signature (`.xlsx`, `.docx`).
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The sheets a workbook of ours that is not a report starts with.
    static let outputSheets: Set<String> = [
        RollupWorkbookExporter.SheetName.levels, RollupWorkbookExporter.SheetName.units,
        RollupWorkbookExporter.SheetName.blanks, NewMediaWorkbookExporter.SheetName.platforms,
        NewMediaWorkbookExporter.SheetName.accounts, WebsiteFormWorkbookExporter.summarySheetName,
        WebsiteFormWorkbookExporter.detailSheetName,
    ]

    /// Recognises `data` (named `name`, for CSV only). A zip is a workbook unless its sheets say it is one of our
    /// outputs; `book` is the opened workbook, when it is one, so it is not opened twice.
    static func recognise(_ data: Data, name: String) -> (kind: ReportFileKind, book: WorkbookReader?) {
        if data.starts(with: oleMagic) { return (.legacyOffice, nil) }
        if PublishedReport.isPDF(data) { return (.pdf, nil) }
        if data.starts(with: zipMagic) {
            if PublishedReport.isDOCX(data) { return (.wordDocument, nil) }
            guard let book = try? WorkbookReader(contentsOf: data) else { return (.workbook, nil) }
            let names = book.sheets.map(\.name)
            if names.contains(ReportSheet.cover.name) { return (.workbook, book) }
            if let output = names.first(where: outputSheets.contains) { return (.outputWorkbook(output), book) }
            return (.workbook, book)
        }
        let firstByte = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") {
            if let kind = ReportJSON.documentKind(of: data) {
                return (kind == ReportJSON.kind(of: AnnualReport.self) ? .json : .otherDocument(kind), nil)
            }
        }
        if PublishedReport.isHTML(data) { return (.webPage, nil) }
        if name.lowercased().hasSuffix(".csv") { return (.csv, nil) }
        if String(validating: data, as: UTF8.self) != nil || (try? TextEncoding.decodeText(Array(data))) != nil {
            return (.text, nil)
        }
        return (.unknown, nil)
    }
}

import DisclosureModel
import Foundation
import XLSX

/// The published report as a Word document (WordprocessingML, .docx): the same document as the page — title,
/// headings, paragraphs in 仿宋_GB2312 三号, the three tables with the official merged cells (`w:gridSpan`,
/// `w:vMerge restart/continue`) drawn from each table's `PrintedLayout` — on A4 with the standard 公文 margins
/// (上37 下35 左28 右26 mm) and page numbers (`— PAGE —`) in the footer. Opens in Word, WPS and LibreOffice.
public enum ReportDocx {
    /// The package's parts, `[Content_Types].xml` first.
    public static func parts(_ document: ReportDocument, created: Date = Date()) -> [ZipPackageWriter.Entry] {
        [
            .init("[Content_Types].xml", Data(DocxParts.contentTypes.utf8)),
            .init("_rels/.rels", Data(DocxParts.packageRelationships.utf8)),
            .init("docProps/core.xml", Data(DocxParts.core(title: document.title, author: document.organization, created: created).utf8)),
            .init("docProps/app.xml", Data(DocxParts.app.utf8)),
            .init("word/document.xml", Data(documentXML(document).utf8)),
            .init("word/styles.xml", Data(DocxParts.styles.utf8)),
            .init("word/settings.xml", Data(DocxParts.settings.utf8)),
            .init("word/fontTable.xml", Data(DocxParts.fontTable.utf8)),
            .init("word/footer1.xml", Data(DocxParts.footer.utf8)),
            .init("word/_rels/document.xml.rels", Data(DocxParts.documentRelationships.utf8)),
        ]
    }

    /// Writes the document to `url` atomically (temporary file, fsync, rename).
    public static func write(_ document: ReportDocument, to url: URL) throws(ZipWriteError) {
        try ZipPackageWriter.write(parts(document), to: url)
    }

    /// Text width of an A4 page with 公文 margins, in twentieths of a point.
    static let textWidth = 11906 - 1588 - 1474

    /// `word/document.xml`.
    static func documentXML(_ document: ReportDocument) -> String {
        var out = DocxParts.documentHead
        paragraph(document.title, style: "Title", into: &out)
        for section in document.sections {
            paragraph(section.heading, style: "Heading1", into: &out)
            for part in section.parts {
                switch part {
                case .subheading(let text): paragraph(text, style: "Heading2", into: &out)
                case .paragraph(let text): paragraph(text, style: nil, into: &out)
                case .table(let table): self.table(table, into: &out)
                }
            }
        }
        out += DocxParts.sectionProperties
        out += "</w:body></w:document>"
        return out
    }

    static func paragraph(_ text: String, style: String?, into out: inout String) {
        out += "<w:p>"
        if let style { out += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        out += "<w:r><w:t xml:space=\"preserve\">\(MarkupText.xml(text))</w:t></w:r></w:p>"
    }

    static func table(_ table: PublishedTable, into out: inout String) {
        let layout = table.layout
        let compact = layout.width > 12
        out += "<w:p><w:pPr><w:pStyle w:val=\"TableCaption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(MarkupText.xml(table.caption))</w:t></w:r></w:p>"
        let widths = Self.widths(table.columnShares)
        out += """
            <w:tbl><w:tblPr><w:tblW w:w="\(widths.reduce(0, +))" w:type="dxa"/><w:jc w:val="center"/>\
            <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>\
            <w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>\
            <w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid>
            """
        for w in widths { out += "<w:gridCol w:w=\"\(w)\"/>" }
        out += "</w:tblGrid>"
        let (items, grid) = layout.coverage
        let headerRows: Set<Int> = layout.blocks.count == 1
            ? Set((layout.blocks[0].titleRow ?? layout.blocks[0].headerRows.lowerBound)...layout.blocks[0].headerRows.upperBound) : []
        for (r, row) in grid.enumerated() {
            out += "<w:tr><w:trPr><w:cantSplit/>\(headerRows.contains(r) ? "<w:tblHeader/>" : "")</w:trPr>"
            var c = 0
            while c < row.count {
                guard let index = row[c] else {
                    // Not covered (a malformed spec): an empty cell keeps the grid whole.
                    out += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[c])\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>"
                    c += 1
                    continue
                }
                let item = items[index]
                let span = item.span
                let width = widths[span.columns].reduce(0, +)
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if span.columnCount > 1 { out += "<w:gridSpan w:val=\"\(span.columnCount)\"/>" }
                if span.rowCount > 1 { out += span.row == r ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
                out += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                if span.row == r {
                    cellParagraph(item, table.text(of: item), compact: compact, into: &out)
                } else {
                    out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>"
                }
                out += "</w:tc>"
                c = span.column + span.columnCount
            }
            out += "</w:tr>"
        }
        out += "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>"
    }

    static func cellParagraph(_ item: PrintedLayout.Item, _ text: String, compact: Bool, into out: inout String) {
        var justification = "center"
        var bold = false
        var size = compact ? 18 : 21
        if case .label(let label) = item {
            switch label.role {
            case .rowLabel: justification = "left"
            case .corner:
                justification = "left"
                size = 18
            case .blockTitle, .rowHeader, .columnHeader: bold = true
            case .groupLabel: break
            }
        }
        out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"\(justification)\"/></w:pPr>"
        if !text.isEmpty {
            out += "<w:r><w:rPr>\(bold ? "<w:b/>" : "")<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">\(MarkupText.xml(text))</w:t></w:r>"
        }
        out += "</w:p>"
    }

    /// Grid column widths in twips from the shares, adding up to the text width.
    static func widths(_ shares: [Double]) -> [Int] {
        var widths = shares.map { Int((Double(textWidth) * $0).rounded(.down)) }
        if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
        return widths
    }
}

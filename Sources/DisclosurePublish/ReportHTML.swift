import DisclosureModel

/// The published report as HTML: a standalone page (print CSS for A4, CJK font stacks) and the fragment a clerk
/// pastes into the CMS editor (the same markup with inline styles, since editors drop `<style>` blocks).
///
/// Tables are semantic: `<table>` with a `<caption>`, `<th scope="col|colgroup">` for headers, `<th scope="row|rowgroup">`
/// for row and group labels, `<td>` for figures, and the official spans as `rowspan`/`colspan` — drawn from the
/// table's `PrintedLayout`. Every text is escaped.
public enum ReportHTML {
    /// The standalone page (`<!DOCTYPE html>` … `</html>`), UTF-8.
    public static func page(_ document: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupText.html(document.title))</title>
            <style>
            \(HTMLStyle.sheet)
            </style>
            </head>
            <body>

            """
        body(document, inline: false, into: &out)
        out += "</body>\n</html>\n"
        return out
    }

    /// The embeddable fragment: one `<div>` with inline styles, for a CMS editor's source view.
    public static func fragment(_ document: ReportDocument) -> String {
        var out = ""
        body(document, inline: true, into: &out)
        return out
    }

    static func body(_ document: ReportDocument, inline: Bool, into out: inout String) {
        let s = HTMLStyle(inline: inline)
        out += "<div\(s.attr(.report))>\n"
        out += "<h1\(s.attr(.title))>\(MarkupText.html(document.title))</h1>\n"
        for section in document.sections {
            out += "<h2\(s.attr(.heading))>\(MarkupText.html(section.heading))</h2>\n"
            for part in section.parts {
                switch part {
                case .subheading(let text):
                    out += "<h3\(s.attr(.subheading))>\(MarkupText.html(text))</h3>\n"
                case .paragraph(let text):
                    out += "<p\(s.attr(.paragraph))>\(MarkupText.html(text))</p>\n"
                case .table(let table):
                    self.table(table, s, into: &out)
                }
            }
        }
        out += "</div>\n"
    }

    static func table(_ table: PublishedTable, _ s: HTMLStyle, into out: inout String) {
        let layout = table.layout
        out += "<table\(s.attr(.table, single: layout.blocks.count == 1)) border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n"
        out += "<caption\(s.attr(.caption))>\(MarkupText.html(table.caption))</caption>\n<colgroup>"
        for share in table.columnShares {
            out += "<col style=\"width:\(percent(share))\">"
        }
        out += "</colgroup>\n"
        let rows = layout.gridRows
        // One block: its title and header rows in <thead>, data in <tbody>; several (表二): one <tbody> each.
        let single = layout.blocks.count == 1
        for block in layout.blocks {
            let top = block.titleRow ?? block.headerRows.lowerBound
            let bottom = block.rows.last?.gridRow ?? block.headerRows.upperBound
            if single { out += "<thead>\n" } else { out += "<tbody>\n" }
            for r in top...bottom {
                if single, r == block.headerRows.upperBound + 1 { out += "</thead>\n<tbody>\n" }
                out += "<tr>"
                for item in rows[r] { cell(item, table, s, into: &out) }
                out += "</tr>\n"
            }
            if single, block.rows.isEmpty { out += "</thead>\n<tbody>\n" }
            out += "</tbody>\n"
        }
        out += "</table>\n"
    }

    static func cell(_ item: PrintedLayout.Item, _ table: PublishedTable, _ s: HTMLStyle, into out: inout String) {
        let span = item.span
        var spans = ""
        if span.rowCount > 1 { spans += " rowspan=\"\(span.rowCount)\"" }
        if span.columnCount > 1 { spans += " colspan=\"\(span.columnCount)\"" }
        let text = MarkupText.html(table.text(of: item))
        switch item {
        case .figure:
            out += "<td\(spans)\(s.attr(.figure))>\(text)</td>"
        case .label(let label):
            switch label.role {
            case .corner:
                out += "<td\(spans)\(s.attr(.corner))>\(text)</td>"
            case .blockTitle:
                out += "<th scope=\"colgroup\"\(spans)\(s.attr(.blockTitle))>\(text)</th>"
            case .rowHeader:
                out += "<th scope=\"col\"\(spans)\(s.attr(.header))>\(text)</th>"
            case .columnHeader:
                out += "<th scope=\"\(span.columnCount > 1 ? "colgroup" : "col")\"\(spans)\(s.attr(.header))>\(text)</th>"
            case .groupLabel:
                out += "<th scope=\"rowgroup\"\(spans)\(s.attr(.groupLabel))>\(text)</th>"
            case .rowLabel:
                out += "<th scope=\"row\"\(spans)\(s.attr(.rowLabel))>\(text)</th>"
            }
        }
    }

    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

import DisclosureModel

/// The 政府网站工作年度报表 as a web page (sites publish it on their homepage by 1月31日), drawn from a
/// `WebsiteFormSpec` and one site's `WebsiteAnnualForm`: a table of 板块 | 分组 | 项目 | 填报内容, the block merged
/// down its fields, the group down its own, each label with its unit, blank fields left blank.
public enum WebsiteFormPage {
    /// The block shown for the header fields, which belong to no block (as on the workbook's sheet).
    static let basicBlock = "基本信息"

    /// The standalone page of `form`.
    public static func page(_ form: WebsiteAnnualForm, spec: WebsiteFormSpec = .standard) -> String {
        func text(_ key: WebsiteFormSpec.FieldKey) -> String { if case .text(let t) = form[key] { t } else { "" } }
        let title = "\(spec.title)（\(form.year)年度）"
        let host = text(.hostUnit)
        let caption = text(.siteName).isEmpty ? spec.title : "网站名称：\(text(.siteName))"
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupText.html(title))</title>
            <style>
            \(HTMLStyle.sheet)
            </style>
            </head>
            <body>
            <div class="gd-report">
            <h1 class="gd-title">\(MarkupText.html(title))</h1>
            \(host.isEmpty ? "" : "<p class=\"gd-paragraph\">填报单位：\(MarkupText.html(host))</p>\n")\
            <table class="gd-table" border="1" cellspacing="0" cellpadding="0">
            <caption class="gd-caption">\(MarkupText.html(caption))</caption>
            <colgroup><col style="width:14%"><col style="width:14%"><col style="width:44%"><col style="width:28%"></colgroup>
            <thead><tr><th scope="col" class="gd-header">板块</th><th scope="col" class="gd-header">分组</th>\
            <th scope="col" class="gd-header">项目</th><th scope="col" class="gd-header">填报内容</th></tr></thead>
            <tbody>

            """
        let fields = spec.fields
        let blocks = runs(fields) { $0.block ?? basicBlock }
        let groups = runs(fields) { f in f.group.map { "\(f.block ?? "")\u{1}\($0)" } }
        for (i, field) in fields.enumerated() {
            out += "<tr>"
            if let run = blocks[i] {
                out += "<th scope=\"rowgroup\" class=\"gd-groupLabel\"\(rowspan(run))>\(MarkupText.html(field.block ?? basicBlock))</th>"
            }
            if field.group == nil {
                out += "<th scope=\"row\" class=\"gd-rowLabel\" colspan=\"2\">\(MarkupText.html(field.labelWithUnit))</th>"
            } else {
                if let run = groups[i] {
                    out += "<th scope=\"rowgroup\" class=\"gd-groupLabel\"\(rowspan(run))>\(MarkupText.html(field.group ?? ""))</th>"
                }
                out += "<th scope=\"row\" class=\"gd-rowLabel\">\(MarkupText.html(field.labelWithUnit))</th>"
            }
            out += "<td class=\"gd-figure\">\(MarkupText.html(Self.text(form[field.key])))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n</body>\n</html>\n"
        return out
    }

    /// A field's value as printed: a number exactly, 是/否, the text, the ticked options joined by `、`; blank empty.
    static func text(_ value: WebsiteAnnualForm.FieldValue) -> String {
        switch value {
        case .blank: ""
        case .number(let d): figureText(d)
        case .yesNo(let yes): yes ? "是" : "否"
        case .text(let t): t
        case .choices(let list): list.joined(separator: "、")
        }
    }

    static func rowspan(_ count: Int) -> String { count > 1 ? " rowspan=\"\(count)\"" : "" }

    /// For each field that starts a run of consecutive fields with the same key, the run's length (nil inside a
    /// run, and for fields whose key is nil).
    static func runs(_ fields: [WebsiteFormSpec.Field], _ key: (WebsiteFormSpec.Field) -> String?) -> [Int?] {
        var out = [Int?](repeating: nil, count: fields.count)
        var start = 0
        while start < fields.count {
            var end = start
            let k = key(fields[start])
            while end + 1 < fields.count, key(fields[end + 1]) == k { end += 1 }
            if k != nil { out[start] = end - start + 1 }
            start = end + 1
        }
        return out
    }
}

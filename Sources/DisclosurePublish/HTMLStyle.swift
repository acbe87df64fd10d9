/// The look of the published page: 公文-like type (title 二号 小标宋/宋体, headings 三号 黑体/楷体, text 三号 仿宋,
/// tables 五号 宋体), A4 print margins, CJK font stacks with fallbacks. Either a style sheet of classes (the page)
/// or the same declarations inline (the CMS fragment).
struct HTMLStyle {
    /// What an element is.
    enum Role: String, CaseIterable {
        case report, title, heading, subheading, paragraph, table, caption, blockTitle, header, corner, groupLabel,
            rowLabel, figure
    }

    /// True for inline `style` attributes, false for `class` attributes and `sheet`.
    let inline: Bool

    static let fangSong = "'仿宋_GB2312','仿宋',FangSong,STFangsong,'FangSong_GB2312','Noto Serif CJK SC','Source Han Serif SC','宋体',SimSun,serif"
    static let song = "'宋体',SimSun,'Songti SC',STSong,'Noto Serif CJK SC','Source Han Serif SC',serif"
    static let hei = "'黑体',SimHei,'Heiti SC',STHeiti,'Noto Sans CJK SC','Source Han Sans SC',sans-serif"
    static let kai = "'楷体_GB2312','楷体',KaiTi,STKaiti,'Noto Serif CJK SC',serif"
    static let titleFont = "'方正小标宋简体','小标宋','华文中宋',STZhongsong,'宋体',SimSun,'Noto Serif CJK SC',serif"

    /// The declarations of each role.
    static func declarations(_ role: Role) -> String {
        let border = "border:1px solid #000;padding:1px 3px;vertical-align:middle;"
        switch role {
        case .report: return "max-width:210mm;margin:0 auto;color:#000;background:#fff;font-family:\(fangSong);font-size:16pt;line-height:1.75;"
        case .title: return "font-family:\(titleFont);font-size:22pt;font-weight:normal;text-align:center;line-height:1.5;margin:0 0 1em;"
        case .heading: return "font-family:\(hei);font-size:16pt;font-weight:normal;margin:0.6em 0 0.2em;text-indent:2em;"
        case .subheading: return "font-family:\(kai);font-size:16pt;font-weight:normal;margin:0.2em 0;text-indent:2em;"
        case .paragraph: return "font-family:\(fangSong);font-size:16pt;text-indent:2em;margin:0;text-align:justify;"
        case .table: return "border-collapse:collapse;width:100%;margin:0.5em 0 1em;font-family:\(song);font-size:10.5pt;line-height:1.25;table-layout:fixed;"
        case .caption: return "font-family:\(hei);font-size:12pt;text-align:center;padding:0 0 0.3em;caption-side:top;"
        case .blockTitle: return border + "text-align:center;font-weight:bold;"
        case .header: return border + "text-align:center;font-weight:bold;"
        case .corner: return border + "text-align:left;font-size:9pt;"
        case .groupLabel: return border + "text-align:center;font-weight:normal;"
        case .rowLabel: return border + "text-align:left;font-weight:normal;"
        case .figure: return border + "text-align:center;"
        }
    }

    /// ` class="gd-…"` or ` style="…"`; `single` marks a one-block table, kept on one page where it fits.
    func attr(_ role: Role, single: Bool = false) -> String {
        inline
            ? " style=\"\(Self.declarations(role))\(single ? "page-break-inside:avoid;" : "")\""
            : " class=\"gd-\(role.rawValue)\(single ? " gd-single" : "")\""
    }

    /// The page's style sheet: the roles as classes, then A4 print rules (公文 margins: 37/26/35/28 mm).
    static let sheet: String = {
        var css = "body{margin:0;padding:24px;background:#f4f4f4;}\n"
        for role in Role.allCases {
            css += ".gd-\(role.rawValue){\(declarations(role))}\n"
        }
        css += """
            .gd-report{background:#fff;padding:20mm 18mm;box-sizing:border-box;}
            .gd-table tr{page-break-inside:avoid;break-inside:avoid;}
            .gd-table thead{display:table-header-group;}
            .gd-table.gd-single{break-inside:avoid;page-break-inside:avoid;}
            @page{size:A4 portrait;margin:37mm 26mm 35mm 28mm;}
            @media print{
            body{background:#fff;padding:0;}
            .gd-report{max-width:none;padding:0;}
            h1,h2,h3{page-break-after:avoid;break-after:avoid;}
            }
            """
        return css
    }()
}

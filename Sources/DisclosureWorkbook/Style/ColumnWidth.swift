import XLSX

/// Column widths and row heights for CJK text, where the XLSX layer's autofit cannot see (merged or wrapped cells).
///
/// Widths are in Excel's character units (one Latin digit of the default font); a CJK character counts 2,
/// scaled by font size relative to 11 pt.
public enum ColumnWidth {
    /// The width that shows the widest of `texts` on one line, plus `padding`, clamped to `minimum…maximum`.
    public static func fitting(_ texts: [String], fontSize: Double = 11, padding: Double = 2,
                               minimum: Double = 6, maximum: Double = 60) -> Double {
        let widest = texts.map { Double(CellText.displayWidth($0)) }.max() ?? 0
        return min(max(widest * fontSize / 11 + padding, minimum), maximum)
    }

    /// The height in points a wrapped `text` needs in a cell `width` characters wide (merged cells: the sum of
    /// the columns' widths), at `fontSize`.
    ///
    /// Excel and LibreOffice grow rows for wrapped text on their own, but never for merged cells; set this height
    /// on such rows.
    public static func rowHeight(for text: String, width: Double, fontSize: Double = 11) -> Double {
        let lineHeight = fontSize * 1.4
        let usable = max(width - 1, 1)
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let needed = Double(CellText.displayWidth(String(line))) * fontSize / 11
            lines += max(1, Int((needed / usable).rounded(.up)))
        }
        return Double(max(lines, 1)) * lineHeight + 4
    }
}

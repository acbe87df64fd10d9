extension WorkbookWriter {
    /// Checks a sheet name against Excel's rules and the names already used (`existing`, lower-cased).
    ///
    /// Throws with libxlsxwriter's own codes where it has one (`sheetNameLengthExceeded`,
    /// `invalidSheetNameCharacter`, `sheetNameStartEndApostrophe`, `sheetNameAlreadyUsed`) and `sheetNameEmpty`.
    public static func validateSheetName(_ name: String, existing: Set<String> = []) throws {
        func fail(_ code: XLSXWriterError.Code, _ message: String) -> XLSXWriterError {
            XLSXWriterError(code: code, message: "工作表名称“\(name)”\(message)", sheet: name.isEmpty ? nil : name)
        }
        if name.isEmpty {
            throw fail(.sheetNameEmpty, "为空 — a sheet name cannot be empty")
        }
        if name.utf16.count > 31 {
            throw fail(.sheetNameLengthExceeded, "超过 31 个字符（\(name.utf16.count)） — longer than 31 characters")
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw fail(.invalidSheetNameCharacter, "含有不允许的字符“\(bad)” — contains one of [ ] : * ? / \\")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw fail(.sheetNameStartEndApostrophe, "不能以单引号开头或结尾 — cannot begin or end with an apostrophe")
        }
        if let bad = CellText.firstInvalidCharacter(in: name) {
            throw fail(.invalidCharacter, "含有控制字符 U+\(String(bad.value, radix: 16, uppercase: true)) — contains a control character")
        }
        if existing.contains(name.lowercased()) {
            throw fail(.sheetNameAlreadyUsed, "已被使用（不区分大小写） — already used in this workbook (case-insensitive)")
        }
    }
}

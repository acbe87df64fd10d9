/// A defined name from `xl/workbook.xml` (`<definedName>`): a named range, constant or formula, such as a print
/// area (`_xlnm.Print_Area`) or a name the template author gave an input range.
public struct DefinedName: Hashable, Sendable, Codable {
    /// The name, e.g. `_xlnm.Print_Area` or `收入合计`.
    public var name: String
    /// What it refers to, as written (`'表三'!$A$1:$H$20`), without a leading `=`.
    public var formula: String
    /// The zero-based index of the sheet the name is local to (`localSheetId`), nil for a workbook-wide name.
    public var sheetIndex: Int?
    /// True when Excel hides the name from its Name Manager.
    public var isHidden: Bool

    /// Creates a defined name.
    public init(name: String, formula: String, sheetIndex: Int?, isHidden: Bool) {
        self.name = name
        self.formula = formula
        self.sheetIndex = sheetIndex
        self.isHidden = isHidden
    }
}

import DisclosureModel
import XLSX

/// A fixed text a `TableLayout` places on its sheet: a title, a header, a row label, the corner note.
///
/// The exporter draws it (merged when `range` spans several cells); the importer checks that the labels are where
/// the layout says, to recognise the template and its edition.
public struct PlacedText: Hashable, Sendable {
    /// What the text is, which decides its format.
    public enum Role: Hashable, Sendable {
        /// The table's title above it.
        case title
        /// The unit/year line under the title.
        case subtitle
        /// A block's title row (`第二十条第（一）项`).
        case blockTitle
        /// A column header, or the row-label header (`信息内容`).
        case header
        /// The corner cell's note (表三's 勾稽 note).
        case corner
        /// A vertical group label spanning rows (`三、本年度办理结果`, `（三）不予公开`).
        case groupLabel
        /// A data row's own label.
        case label
    }

    /// The text as written.
    public var text: String
    /// The cells it covers; the text sits in `range.first`.
    public var range: CellRange
    /// Its role.
    public var role: Role

    /// Creates a placed text.
    public init(_ text: String, _ range: CellRange, _ role: Role) {
        self.text = text
        self.range = range
        self.role = role
    }
}

extension PlacedText.Role {
    /// The sheet role of a printed-layout label (the row header and column headers share the header format).
    init(_ role: PrintedLayout.Label.Role) {
        switch role {
        case .blockTitle: self = .blockTitle
        case .rowHeader, .columnHeader: self = .header
        case .corner: self = .corner
        case .groupLabel: self = .groupLabel
        case .rowLabel: self = .label
        }
    }
}

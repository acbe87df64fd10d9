import DisclosureModel

extension TableSpec {
    /// A person's name for a place in the table, in Chinese: a cell (`表三 一、本年新收… × 自然人`), a column
    /// (`表三 自然人`), a row (`表三 （七）总计`) or the table (`表三`).
    func place(row: RowKey?, column: ColumnKey?) -> String {
        switch (row, column) {
        case (let r?, let c?):
            return describe(CellAddress(r, c))
        case (nil, let c?):
            return "\(id.shortName) \((columnPath(of: c) ?? [c.rawValue]).joined(separator: "▸"))"
        case (let r?, nil):
            let label = self.row(r)?.label ?? r.rawValue
            return label.isEmpty ? id.shortName : "\(id.shortName) \(label)"
        case (nil, nil):
            return id.shortName
        }
    }

    /// The row's own label, or its key when the form has no such row (or the label is empty).
    func rowLabel(_ key: RowKey) -> String {
        guard let label = row(key)?.label, !label.isEmpty else { return key.rawValue }
        return label
    }

    /// The column's path of labels (`行政复议▸总计`), or its key when the form has no such column.
    func columnLabel(_ key: ColumnKey) -> String {
        (columnPath(of: key) ?? [key.rawValue]).joined(separator: "▸")
    }
}

/// The English gloss of a place: keys instead of labels (`表三 row newReceived, column naturalPerson`).
func englishPlace(_ table: TableID, row: RowKey?, column: ColumnKey?) -> String {
    var parts: [String] = []
    if let row { parts.append("row \(row)") }
    if let column { parts.append("column \(column)") }
    return parts.isEmpty ? "\(table.shortName)" : "\(table.shortName) \(parts.joined(separator: ", "))"
}

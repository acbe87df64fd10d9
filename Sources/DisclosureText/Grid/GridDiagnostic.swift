import DisclosureModel

/// The diagnostics `GridRecognizer` reports, located in the grid's terms (`table 2 row 7 col 3` in `detail`, or a
/// sheet cell). The ids are the text reader's where the finding is the same; where the wording is the same too
/// (extra rows, ambiguous labels, a money unit in a count), `TextDiagnostic`'s own is used.
enum GridDiagnostic {
    static func place(_ at: Diagnostic.Location) -> String { TextDiagnostic.place(at) }

    static func missingFigures(
        _ at: Diagnostic.Location, label: String, expected: Int, found: Int, read: [String]
    ) -> Diagnostic {
        ReadingDiagnostics.missingFigures.make(
            message: "\(place(at))：“\(label)”应有\(expected)格数字，表头未能定位各列，而该行有\(found)格；无法确定各数字属于哪一列，该行未读入",
            english: "row has \(found) cells for \(expected) columns and the header did not locate them; the row was not read",
            location: at, notes: ["读到 read: " + (read.isEmpty ? "（无）" : read.joined(separator: " "))])
    }

    static func unplacedFigures(_ at: Diagnostic.Location, figures: [String], label: String) -> Diagnostic {
        ReadingDiagnostics.unplacedFigures.make(
            message: "\(place(at))：数字\(figures.joined(separator: " "))不属于任何表格行，未读入",
            english: "figures that belong to no row of the form were not read", location: at,
            notes: label.isEmpty ? [] : ["行标签 label: \(label)"])
    }

    static func duplicateRow(_ at: Diagnostic.Location, label: String, first: String) -> Diagnostic {
        ReadingDiagnostics.duplicateRow.make(
            message: "\(place(at))：“\(label)”已在\(first)读入，此处重复，保留第一次的数字",
            english: "row given twice; the first one is kept", location: at)
    }

    static func notAFigure(_ at: Diagnostic.Location, text: String) -> Diagnostic {
        ReadingDiagnostics.notAFigure.make(
            message: "\(place(at))：数字格中的“\(text)”不是数字，该格未读入",
            english: "a figure cell holds text that is not a number; cell not read", location: at)
    }

    static func spannedFigure(_ at: Diagnostic.Location, text: String) -> Diagnostic {
        ReadingDiagnostics.spannedFigure.make(
            message: "\(place(at))：数字“\(text)”所在的合并单元格跨越多行，无法确定属于哪一行，该格未读入",
            english: "a figure in a cell merged across rows belongs to no single row; cell not read", location: at)
    }
}

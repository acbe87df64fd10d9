/// How a report is published: which files, how blank cells are written, whether the overview is drafted.
public struct PublishOptions: Hashable, Sendable, Codable {
    /// How a blank table cell is written.
    public enum BlankCells: String, Hashable, Sendable, Codable, CaseIterable {
        /// Left empty, as the office handed it in (the default; the result's notes say how many were left so).
        case keep
        /// Written as 0: the office declares that blank means "none" (an explicit choice, never the default).
        case zero
    }

    /// A file to write.
    public enum Format: String, Hashable, Sendable, Codable, CaseIterable {
        /// The standalone web page (`.html`) and the fragment a clerk pastes into the CMS editor (`.fragment.html`).
        case html
        /// The Word document (`.docx`).
        case docx
    }

    /// How blank cells are written.
    public var blankCells: BlankCells
    /// When true and the report's 总体情况 is empty, its standard sentences are drafted from the tables (and the
    /// inventory, when given). Prose the report already has is never rewritten.
    public var draftsProse: Bool
    /// The files to write.
    public var formats: Set<Format>

    /// Creates options; the defaults keep blanks, draft nothing and write both formats.
    public init(blankCells: BlankCells = .keep, draftsProse: Bool = false, formats: Set<Format> = Set(Format.allCases)) {
        self.blankCells = blankCells
        self.draftsProse = draftsProse
        self.formats = formats
    }
}

import DisclosureModel

/// What a stored cell holds: nothing (blank, never 0), zero, or another number.
public enum CellKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not filled ("-", "—", "/", "无" or empty); its value is NULL, not 0.
    case blank
    /// 0.
    case zero
    /// A number other than 0.
    case number

    /// The kind of a figure.
    public init(_ figure: Figure) {
        switch figure {
        case .blank: self = .blank
        case .number(let d): self = d == 0 ? .zero : .number
        }
    }
}

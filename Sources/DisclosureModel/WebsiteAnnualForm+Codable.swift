import Foundation

extension WebsiteAnnualForm.FieldValue {
    /// Decodes the natural JSON form: a number, `true`/`false`, a string, an array of strings, or `null` (blank).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .blank
        } else if let b = try? c.decode(Bool.self) {
            self = .yesNo(b)
        } else if let d = try? c.decode(Decimal.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else if let list = try? c.decode([String].self) {
            self = .choices(list)
        } else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "应为数字、是否、文本或选项列表 — expected a number, true/false, text or a list of options")
        }
    }

    /// Encodes the natural JSON form (see `init(from:)`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .blank: try c.encodeNil()
        case .number(let d): try c.encode(d)
        case .yesNo(let b): try c.encode(b)
        case .text(let s): try c.encode(s)
        case .choices(let list): try c.encode(list)
        }
    }
}

import Foundation

/// 政府网站工作年度报表 (国办函〔2018〕12号): one form per website per year.
///
/// The official field list was not found in public copies (FORMATS.md §3, confidence C), so the form is data:
/// `WebsiteFormSpec.standard` is our reconstruction, and a user whose province differs builds their own spec
/// (labels, units, order, relations) without touching code. Values are keyed by `FieldKey`.
public struct WebsiteAnnualForm: Hashable, Sendable, Codable {
    /// The year reported on.
    public var year: Int
    /// The values by field; an absent key is blank.
    public var values: [WebsiteFormSpec.FieldKey: FieldValue]

    /// Creates a form.
    public init(year: Int, values: [WebsiteFormSpec.FieldKey: FieldValue] = [:]) {
        self.year = year
        self.values = values
    }

    /// A field's value (blank when absent).
    public subscript(key: WebsiteFormSpec.FieldKey) -> FieldValue {
        get { values[key] ?? .blank }
        set { values[key] = newValue == .blank ? nil : newValue }
    }

    /// One field's value.
    public enum FieldValue: Hashable, Sendable, Codable {
        /// Not filled.
        case blank
        /// A count or a measure (平均办理时间 in days may be decimal).
        case number(Decimal)
        /// 是 / 否.
        case yesNo(Bool)
        /// Free text (names, URLs, codes).
        case text(String)
        /// The options ticked in a multi-select field (创新发展).
        case choices([String])

        /// The number, if numeric.
        public var number: Decimal? {
            if case .number(let d) = self { return d }
            return nil
        }
    }
}

/// The description of the 政府网站工作年度报表: fields in order with their labels, blocks, units and kinds, and the
/// relations between them that a checker can test.
public struct WebsiteFormSpec: Hashable, Sendable, Codable {
    /// The stable key of a field.
    public struct FieldKey: StringKey {
        /// The key's text.
        public var rawValue: String
        /// Wraps a key.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// What a field holds.
    public enum FieldKind: Hashable, Sendable, Codable {
        /// A whole number ≥ 0.
        case count
        /// A decimal ≥ 0 (e.g. 平均办理时间（天）).
        case measure
        /// 是 / 否.
        case yesNo
        /// Free text.
        case text
        /// One of the options.
        case choice([String])
        /// Any of the options.
        case multiChoice([String])
    }

    /// One field of the form.
    public struct Field: Hashable, Sendable, Codable {
        /// Stable key.
        public var key: FieldKey
        /// The block it sits in (`信息发布`, `互动交流`), nil for the header fields.
        public var block: String?
        /// The sub-group within the block (`留言办理`), if any.
        public var group: String?
        /// The label (`概况类信息更新量`).
        public var label: String
        /// The unit as printed (`条`, `个`, `次`, `天`), if any.
        public var unit: String?
        /// What it holds.
        public var kind: FieldKind
        /// Other labels seen for it, for import.
        public var aliases: [String]

        /// Creates a field.
        public init(
            _ key: FieldKey, _ label: String, block: String? = nil, group: String? = nil, unit: String? = nil,
            kind: FieldKind = .count, aliases: [String] = []
        ) {
            self.key = key
            self.block = block
            self.group = group
            self.label = label
            self.unit = unit
            self.kind = kind
            self.aliases = aliases
        }

        /// `独立用户访问总量（单位：个）`.
        public var labelWithUnit: String { unit.map { "\(label)（单位：\($0)）" } ?? label }
    }

    /// A relation between sums of fields that should hold: Σ lhs (op) Σ rhs.
    public struct Relation: Hashable, Sendable, Codable {
        /// The comparison.
        public enum Comparison: String, Hashable, Sendable, Codable {
            /// =
            case equal = "="
            /// ≤
            case lessOrEqual = "≤"
            /// ≥
            case greaterOrEqual = "≥"
        }
        /// Stable diagnostic id (`WEB.casesTotal`).
        public var id: String
        /// Left side.
        public var lhs: [FieldKey]
        /// The comparison.
        public var comparison: Comparison
        /// Right side.
        public var rhs: [FieldKey]
        /// The relation in Chinese.
        public var statement: String
        /// English gloss.
        public var gloss: String

        /// Creates a relation.
        public init(
            id: String, _ lhs: [FieldKey], _ comparison: Comparison, _ rhs: [FieldKey], statement: String, gloss: String
        ) {
            self.id = id
            self.lhs = lhs
            self.comparison = comparison
            self.rhs = rhs
            self.statement = statement
            self.gloss = gloss
        }

        /// True when the values satisfy the relation; nil when a needed value is blank or not a number.
        public func holds(in form: WebsiteAnnualForm) -> Bool? {
            func sum(_ keys: [FieldKey]) -> Decimal? {
                var total = Decimal(0)
                for k in keys {
                    guard let v = form[k].number else { return nil }
                    total += v
                }
                return total
            }
            guard let l = sum(lhs), let r = sum(rhs) else { return nil }
            switch comparison {
            case .equal: return l == r
            case .lessOrEqual: return l <= r
            case .greaterOrEqual: return l >= r
            }
        }
    }

    /// The form's title (`政府网站工作年度报表`).
    public var title: String
    /// The fields, in form order.
    public var fields: [Field]
    /// The relations a checker tests.
    public var relations: [Relation]

    /// Creates a spec.
    public init(title: String, fields: [Field], relations: [Relation]) {
        self.title = title
        self.fields = fields
        self.relations = relations
    }

    /// The field with `key`.
    public func field(_ key: FieldKey) -> Field? { fields.first { $0.key == key } }

    /// The eight blocks in form order (A: 信息发布、专栏专题、解读回应、办事服务、互动交流、安全防护、移动新媒体、创新发展).
    public var blocks: [String] {
        var seen: [String] = []
        for f in fields { if let b = f.block, !seen.contains(b) { seen.append(b) } }
        return seen
    }
}

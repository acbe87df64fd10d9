/// The administrative level of a reporting unit.
public enum OrganizationLevel: String, Sendable, Codable, CaseIterable, Hashable {
    /// 省 (province).
    case province = "省"
    /// 市 (city; the seed's level).
    case city = "市"
    /// 县(市、区) (county, county-level city, district).
    case county = "县(市、区)"
    /// 乡镇(街道) (township, street office).
    case township = "乡镇(街道)"
    /// 部门 (a government department at the level of its parent).
    case department = "部门"

    /// Reads the level from the usual Chinese spellings (`县（市、区）`, `区`, `街道`, `市政府部门` …).
    public init?(chinese text: String) {
        // As written on our covers: no Foundation string work (~2 % of reading a unit's workbook).
        if let exact = OrganizationLevel(rawValue: text) { self = exact; return }
        let t = text.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
            .trimmingCharacters(in: .whitespaces)
        if let exact = OrganizationLevel(rawValue: t) { self = exact; return }
        switch t {
        case "省级", "省政府": self = .province
        case "市级", "地市", "市政府", "设区的市": self = .city
        case "县", "区", "县级", "县级市", "县区", "县(区)", "县(市)": self = .county
        case "乡镇", "乡", "镇", "街道", "乡镇街道": self = .township
        case "市政府部门", "县政府部门", "部门单位", "单位": self = .department
        default: return nil
        }
    }
}

/// A reporting unit: a people's government, a department, a township.
public struct Organization: Hashable, Sendable, Codable {
    /// A stable identifier (a code or the name when no code is kept); unique within one tree.
    public var id: String
    /// The full name (`洛阳市人民政府办公室`).
    public var name: String
    /// Its level.
    public var level: OrganizationLevel
    /// The `id` of the unit above it, nil at the root.
    public var parentID: String?

    /// Creates a unit; `id` defaults to the name.
    public init(id: String? = nil, name: String, level: OrganizationLevel, parentID: String? = nil) {
        self.id = id ?? name
        self.name = name
        self.level = level
        self.parentID = parentID
    }
}

import Foundation

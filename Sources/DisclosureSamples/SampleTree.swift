import DisclosureModel

/// The shape of a sample city's organization tree for a given number of reporting units, computed in O(1) per unit
/// so that a streamed sample can name unit *i* without building the whole tree.
///
/// - up to 55 units: the 洛阳-like city — 洛阳市人民政府 (root), up to 14 县(市、区) governments, up to 40 市政府部门;
///   55 units give exactly 1 + 14 + 40.
/// - more units: 40 departments, at least 14 counties (about one per 13 extra units; beyond the 15 real names they are
///   numbered `样例第N县`), and the rest 乡镇(街道) spread round-robin over the counties.
///
/// Index order: root (0), counties, departments, townships.
public struct SampleTree: Hashable, Sendable, Codable {
    /// The number of reporting units (≥ 1).
    public let units: Int
    /// How many 县(市、区).
    public let counties: Int
    /// How many 市政府部门.
    public let departments: Int
    /// How many 乡镇(街道).
    public var townships: Int { units - 1 - counties - departments }

    /// The plan for `units` reporting units (values below 1 are taken as 1).
    public init(units: Int) {
        let n = max(1, units)
        self.units = n
        if n <= 55 {
            counties = min(14, (n - 1) * 3 / 11)
            departments = min(40, n - 1 - counties)
        } else {
            counties = max(14, (n - 41) / 13)
            departments = 40
        }
    }

    /// The root's id (洛阳's administrative code).
    public static let rootID = "410300"

    /// The unit at `index` (0 ..< units); indices outside wrap around.
    public func organization(at index: Int) -> Organization {
        let i = ((index % units) + units) % units
        if i == 0 { return Organization(id: Self.rootID, name: "洛阳市人民政府", level: .city) }
        if i <= counties { return county(i - 1) }
        if i <= counties + departments { return department(i - 1 - counties) }
        let t = i - 1 - counties - departments
        let c = county(t % counties)
        let k = t / counties
        let syllables = SampleNames.townshipSyllables
        let base = syllables[k % syllables.count] + (k >= syllables.count ? String(k / syllables.count + 1) : "")
        let suffix = k % 3 == 0 ? "街道办事处" : "镇人民政府"
        return Organization(id: "\(c.id)-T\(k + 1)", name: "\(c.name.countyShortName)\(base)\(suffix)", level: .township, parentID: c.id)
    }

    /// Every unit, in index order.
    public var organizations: [Organization] { (0..<units).map(organization(at:)) }

    /// The county at position `k` (0-based).
    func county(_ k: Int) -> Organization {
        let names = SampleNames.counties
        if k < names.count {
            let c = names[k]
            return Organization(id: c.code, name: "\(c.name)人民政府", level: .county, parentID: Self.rootID)
        }
        return Organization(id: "4103C\(k + 1)", name: "样例第\(k + 1)县人民政府", level: .county, parentID: Self.rootID)
    }

    /// The department at position `k` (0-based).
    func department(_ k: Int) -> Organization {
        let names = SampleNames.departments
        let name = k < names.count ? "洛阳市\(names[k].name)" : "洛阳市第\(k + 1)直属单位"
        return Organization(id: "410300-D\(k + 1)", name: name, level: .department, parentID: Self.rootID)
    }

    /// A short domain label for the unit at `index`'s website (`jx` for 涧西区, `fgw` for 发展和改革委员会).
    func domainLabel(countyPosition k: Int) -> String {
        k < SampleNames.counties.count ? SampleNames.counties[k].domain : "c\(k + 1)"
    }

    /// A short domain label for the department at position `k`.
    func domainLabel(departmentPosition k: Int) -> String {
        k < SampleNames.departments.count ? SampleNames.departments[k].domain : "d\(k + 1)"
    }
}

extension String {
    /// `涧西区人民政府` → `涧西区`.
    var countyShortName: String {
        hasSuffix("人民政府") ? String(dropLast(4)) : self
    }
}

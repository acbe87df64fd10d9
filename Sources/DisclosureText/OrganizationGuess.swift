import DisclosureModel

/// Guesses a reporting body's level from its name: `洛阳市人民政府办公室` → 市, `武汉市汉阳区人民政府办公室` → 县(市、区),
/// `…镇人民政府` → 乡镇(街道); a body that is not a 人民政府 (a 局, a 委员会) → 部门.
enum OrganizationGuess {
    static let government = "人民政府"
    static let levels: [(suffix: String, level: OrganizationLevel)] = [
        ("省", .province), ("自治区", .province), ("街道", .township), ("镇", .township), ("乡", .township),
        ("区", .county), ("县", .county), ("旗", .county), ("市", .city), ("州", .city), ("盟", .city),
    ]

    static func level(of name: String) -> OrganizationLevel {
        guard let range = TextSearch.range(of: government, in: Substring(name)) else {
            return name.hasSuffix("街道办事处") ? .township : .department
        }
        let before = name[..<range.lowerBound]
        for (suffix, level) in levels where before.hasSuffix(suffix) { return level }
        return .department
    }
}

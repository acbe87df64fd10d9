import DisclosureModel

/// The rules that check a 政府网站工作年度报表, in the order they run. Adding a rule: one file under
/// `Rules/WebsiteForm` and one line here.
public enum WebsiteFormRules {
    /// Every website-form rule.
    public static let all: [any ValidationRule<WebsiteAnnualForm>] = [
        WebsiteFieldValueRule(),
        WebsiteRelationRule(),
    ]
}

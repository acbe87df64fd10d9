import DisclosureModel

/// The rules that check websites and accounts, in the order they run. Adding a rule: one file under
/// `Rules/Inventory` and one line here.
public enum InventoryRules {
    /// Every inventory rule.
    public static let all: [any ValidationRule<InventoryRecords>] = [
        DeclaredCountsRule(),
        OneAccountPerPlatformRule(),
        DuplicateAccountIDRule(),
        DuplicateWebsiteURLRule(),
        StaleAccountRule(),
    ]
}

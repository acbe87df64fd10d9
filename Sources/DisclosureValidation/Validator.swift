import DisclosureModel

/// Runs lists of rules over reports, inventories and website forms and collects their diagnostics.
///
/// ```swift
/// let diagnostics = Validator().validate(report, in: ValidationContext(previousReport: lastYear))
/// print(DiagnosticRenderer().render(diagnostics))
/// ```
/// Never throws: bad data becomes diagnostics. The order is rule order, then each rule's own (reading) order.
public struct Validator: Sendable {
    /// The rules for an annual report.
    public var reportRules: [any ValidationRule<AnnualReport>]
    /// The rules for websites and accounts.
    public var inventoryRules: [any ValidationRule<InventoryRecords>]
    /// The rules for a 政府网站工作年度报表.
    public var websiteFormRules: [any ValidationRule<WebsiteAnnualForm>]
    /// Diagnostic ids to drop (`["CELL.blank"]` for a report known to leave 总计 blank).
    public var suppressed: Set<String>

    /// Creates a validator with the standard rule lists, or others.
    public init(
        reportRules: [any ValidationRule<AnnualReport>] = ReportRules.all,
        inventoryRules: [any ValidationRule<InventoryRecords>] = InventoryRules.all,
        websiteFormRules: [any ValidationRule<WebsiteAnnualForm>] = WebsiteFormRules.all,
        suppressed: Set<String> = []
    ) {
        self.reportRules = reportRules
        self.inventoryRules = inventoryRules
        self.websiteFormRules = websiteFormRules
        self.suppressed = suppressed
    }

    /// Checks a report, and whatever the context brings along with it: the inventory (`websites`, `accounts`,
    /// against `declaredCounts` or else the counts the report's prose declares) and the `websiteForms`.
    public func validate(_ report: AnnualReport, in context: ValidationContext = ValidationContext()) -> [Diagnostic] {
        var found: [Diagnostic]
        if let format = context.formats[report.edition] {
            var reportContext = context
            reportContext.preparedReport = PreparedReport(report, format)
            found = run(reportRules, on: report, reportContext)
        } else {
            found = [ValidationDiagnostics.unknownEdition(report, context)]
        }
        if context.websites != nil || context.accounts != nil {
            let records = InventoryRecords(
                websites: context.websites ?? [], accounts: context.accounts ?? [],
                declared: context.declaredCounts ?? DeclaredCounts(quotedIn: report))
            found += validate(records, in: context)
        }
        for form in context.websiteForms { found += validate(form, in: context) }
        return found
    }

    /// Checks websites and accounts (and the counts declared for them).
    public func validate(_ inventory: InventoryRecords, in context: ValidationContext = ValidationContext())
        -> [Diagnostic]
    {
        run(inventoryRules, on: inventory, context)
    }

    /// Checks one 政府网站工作年度报表 against `context.websiteFormSpec`.
    public func validate(_ form: WebsiteAnnualForm, in context: ValidationContext = ValidationContext()) -> [Diagnostic] {
        run(websiteFormRules, on: form, context)
    }

    func run<Subject>(_ rules: [any ValidationRule<Subject>], on subject: Subject, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for rule in rules { found += rule.check(subject, in: context) }
        return suppressed.isEmpty ? found : found.filter { !suppressed.contains($0.id) }
    }
}

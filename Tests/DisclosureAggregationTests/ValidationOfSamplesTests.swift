import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureValidation
import Testing

@Suite("Samples and roll-ups through DisclosureValidation")
struct ValidationOfSamplesTests {
    @Test(arguments: [2020, 2021])
    func everyGeneratedReportAndTheirRollupValidateWithoutErrors(year: Int) {
        let city = SampleCity.generate(year: year, seed: 1)
        let validator = Validator()
        for report in city.reports {
            let errors = validator.validate(report).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(report.organization.name): \(errors.map(\.message))")
        }
        let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
        let diagnostics = validator.validate(result.total)
        #expect(!diagnostics.hasErrors, "\(diagnostics.filter { $0.severity == .error }.map(\.message))")
        for group in result.levelSubtotals + result.branchSubtotals {
            #expect(!validator.validate(group.report).hasErrors, "\(group.title)")
        }
    }

    @Test func validationFindsEveryInjectedErrorAtItsUnit() {
        let city = SampleCity.generate(year: 2020, seed: 19, errors: 8)
        let validator = Validator()
        #expect(city.injectedErrors.count == 8)
        for error in city.injectedErrors where !error.expectedDiagnosticID.hasPrefix("AGG.") {
            guard let report = city.reports.first(where: { $0.organization.id == error.unit }) else {
                Issue.record("no report for \(error.unit)")
                continue
            }
            let found = validator.validate(report).filter { $0.id == error.expectedDiagnosticID }
            #expect(!found.isEmpty, "\(error.description)")
            #expect(found.contains { $0.location.row == error.row || $0.location.column == error.column }, "\(error.description)")
        }
    }

    @Test func theSampleInventoryHasNoErrorsOnItsOwnAndReproducesTheSeedsDeclaredShortfall() {
        let city = SampleCity.generate(year: 2020, seed: 1)
        let validator = Validator()
        let records = InventoryRecords(websites: city.websites, accounts: city.accounts)
        let own = validator.validate(records, in: ValidationContext(checkDate: CalendarDate(year: 2020, month: 12, day: 31)))
        #expect(!own.hasErrors, "\(own.filter { $0.severity == .error }.map(\.message))")
        let declared = SampleCity.seedDeclaredAccounts
        let withSeed = InventoryRecords(
            websites: city.websites, accounts: city.accounts,
            declared: DeclaredCounts(websites: 59, newMediaAccounts: declared.total, newMediaByCategory: declared.byCategory))
        let found = validator.validate(withSeed, in: ValidationContext(checkDate: CalendarDate(year: 2020, month: 12, day: 31)))
        let declaredCount = found.filter { $0.id == "INV.declaredCount" }
        #expect(declaredCount.count == 1)
        #expect(declaredCount.first?.message == "申报政务新媒体“其他” 28 个，清单中在用 36 个（清单多 8 个）")
        #expect(declaredCount.first?.notes.joined().contains("抖音") == true)
    }
}

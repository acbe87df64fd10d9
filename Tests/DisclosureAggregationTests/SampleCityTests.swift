import DisclosureModel
import DisclosureSamples
import Foundation
import Testing

/// Sums of an equation's sides over a report's table; nil when a cell is blank.
func sides(_ equation: Equation, in table: TableData) -> (lhs: Decimal, rhs: Decimal)? {
    var l = Decimal(0), r = Decimal(0)
    for a in equation.lhs { guard let d = table[a].decimal else { return nil }; l += d }
    for a in equation.rhs { guard let d = table[a].decimal else { return nil }; r += d }
    return (l, r)
}

/// The equations of a report that do not hold (blank cells count as failures).
func failingEquations(_ report: AnnualReport) -> [Equation] {
    TableID.allCases.flatMap { table in
        (report.officialFormat?.spec(table) ?? ReportFormat.y2021.spec(table)).equations.filter { eq in
            guard let s = sides(eq, in: report[table]) else { return true }
            return s.lhs != s.rhs
        }
    }
}

@Suite("SampleCity")
struct SampleCityTests {
    @Test func defaultCityHasTheSeedsTreeWebsitesAndAccountSplit() {
        let city = SampleCity.generate(year: 2020)
        #expect(city.organizations.count == 55)
        #expect(city.organizations.filter { $0.level == .county }.count == 14)
        #expect(city.organizations.filter { $0.level == .department }.count == 40)
        #expect(city.organizations[0].name == "洛阳市人民政府")
        #expect(city.reports.count == 55)
        #expect(city.websites.count == 59)
        #expect(city.websiteForms.count == 59)
        #expect(city.accounts.count == 324)
        var byCategory: [NewMediaCategory: Int] = [:]
        var byPlatform: [String: Int] = [:]
        for a in city.accounts {
            byCategory[a.category, default: 0] += 1
            byPlatform[a.platform, default: 0] += 1
        }
        #expect(byCategory == [.weChat: 191, .weibo: 91, .mobileApp: 6, .other: 36])
        #expect(byPlatform["抖音"] == 14 && byPlatform["今日头条"] == 12 && byPlatform["百家号"] == 5)
        let declared = SampleCity.seedDeclaredAccounts
        #expect(declared.byCategory.values.reduce(0, +) == declared.total - 8)
    }

    @Test func noUnitHasTwoAccountsOnOnePlatformAndEveryHostIsKnown() {
        let city = SampleCity.generate(year: 2020, seed: 7)
        let pairs = city.accounts.map { "\($0.hostUnit)|\($0.platform)" }
        #expect(Set(pairs).count == pairs.count)
        let ids = Set(city.allOrganizations.map(\.id))
        #expect(city.accounts.allSatisfy { ids.contains($0.hostUnit) })
        #expect(city.websites.allSatisfy { ids.contains($0.hostUnit) })
        #expect(city.hostUnits.allSatisfy { $0.parentID.map(ids.contains) == true })
    }

    @Test func everyGeneratedReportSatisfiesEveryIdentityInBothEditions() {
        for year in [2020, 2021] {
            let city = SampleCity.generate(year: year, units: 120, seed: 3)
            #expect(city.reports.allSatisfy { $0.edition == Edition.forReportYear(year) })
            for report in city.reports {
                let failing = failingEquations(report)
                #expect(failing.isEmpty, "\(report.organization.name): \(failing.map(\.identity))")
                // every cell of the form is filled
                for table in TableID.allCases {
                    #expect((report.officialFormat?.spec(table) ?? ReportFormat.y2021.spec(table)).cells.allSatisfy { !report[table][$0].isBlank })
                }
            }
        }
    }

    @Test func consecutiveYearsCarryOverConsistently() {
        let y2020 = SampleCity.generate(year: 2020, seed: 5)
        let y2021 = SampleCity.generate(year: 2021, seed: 5)
        for (a, b) in zip(y2020.reports, y2021.reports) {
            #expect(a.organization == b.organization)
            for c in FormCatalog.applicantColumns + [.total] {
                #expect(a.applications[.carryForward, c] == b.applications[.carriedOver, c])
            }
        }
    }

    @Test func sameSeedGivesIdenticalCityAndOtherSeedADifferentOne() {
        let a = SampleCity.generate(year: 2021, seed: 42, errors: 4)
        let b = SampleCity.generate(year: 2021, seed: 42, errors: 4)
        let c = SampleCity.generate(year: 2021, seed: 43, errors: 4)
        #expect(a == b)
        #expect(a.reports != c.reports)
        #expect(a.accounts != c.accounts)
        #expect(a.organizations == c.organizations)
    }

    @Test func streamedReportsEqualTheGeneratedCitysReports() {
        let city = SampleCity.generate(year: 2020, units: 300, seed: 9)
        let streamed = Array(SampleCity.reports(count: 300, year: 2020, seed: 9))
        #expect(streamed == city.reports)
        #expect(SampleCity.report(at: 17, units: 300, year: 2020, seed: 9) == city.reports[17])
        #expect(city.organizations.filter { $0.level == .township }.count == 300 - 1 - 40 - SampleTree(units: 300).counties)
    }

    @Test func injectedErrorsAreListedAndEachBreaksItsIdentity() {
        let city = SampleCity.generate(year: 2020, seed: 11, errors: 5)
        #expect(city.injectedErrors.count == 5)
        #expect(Set(city.injectedErrors.map(\.kind)) == Set(InjectedError.Kind.allCases))
        #expect(Set(city.injectedErrors.map(\.unit)).count == 5)
        for error in city.injectedErrors {
            guard let report = city.reports.first(where: { $0.organization.id == error.unit }) else {
                Issue.record("no report for \(error.unit)")
                continue
            }
            if error.kind == .blankCell {
                #expect(report[error.table][error.row, error.column] == .blank)
            } else {
                #expect(failingEquations(report).map(\.identity).contains(error.expectedDiagnosticID))
            }
        }
        let untouched = city.reports.filter { r in !city.injectedErrors.contains { $0.unit == r.organization.id } }
        #expect(untouched.count == 50)
        #expect(untouched.allSatisfy { failingEquations($0).isEmpty })
    }

    @Test func websiteFormsSatisfyEveryRelationOfTheStandardForm() {
        let city = SampleCity.generate(year: 2020)
        for form in city.websiteForms {
            for relation in WebsiteFormSpec.standard.relations {
                #expect(relation.holds(in: form) == true, "\(relation.id)")
            }
        }
        #expect(city.websites.filter { $0.type == .portal }.count == 15)
        #expect(city.websites.filter { $0.type == .special }.count == 4)
    }
}

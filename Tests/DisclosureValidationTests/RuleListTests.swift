import DisclosureModel
import DisclosureValidation
import Testing

@Suite("Rule lists")
struct RuleListTests {
    @Test("every rule has a distinct stable id and a bilingual summary")
    func idsAreDistinct() {
        let ids = ReportRules.all.map(\.id) + InventoryRules.all.map(\.id) + WebsiteFormRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(
            ids == [
                "CELL.notInEdition", "TABLE.extraRow", "CELL.blank", "CELL.negative", "CELL.notInteger",
                "TABLE.identity", "TEXT.tableMismatch", "TEXT.newMediaBreakdown", "TEXT.statedSum",
                "TEXT.share", "TEXT.outcomeWords", "TEXT.staleYear", "TEXT.otherFormatNotice", "TEXT.sectionContent",
                "YEAR.carriedOver",
                "INV.declaredCount", "INV.onePerPlatform", "INV.duplicateAccountID", "INV.duplicateURL", "INV.stale",
                "WEB.value", "WEB.relation",
            ])
        let summaries = ReportRules.all.map(\.summary) + InventoryRules.all.map(\.summary)
            + WebsiteFormRules.all.map(\.summary)
        #expect(summaries.allSatisfy { $0.contains(" — ") })
    }

    @Test("the identity ids reported are those of the form specs, and none collides with a rule id")
    func identityIds() {
        let identityIds = Set(ReportFormats.official.all.flatMap(\.tables).flatMap(\.identities).map(\.id))
        #expect(identityIds == ["APP.balance", "APP.resultTotal", "APP.rowTotal", "REV.groupTotal"])
        #expect(identityIds.isDisjoint(with: ReportRules.all.map(\.id)))
    }

    @Test("a suppressed id is dropped from the results")
    func suppression() {
        var report = AnnualReport(organization: Organization(name: "空单位", level: .department), year: 2022)
        report.quotedFigures = []
        #expect(Validator().validate(report).map(\.id) == ["CELL.blank", "CELL.blank", "CELL.blank"])
        #expect(Validator(suppressed: ["CELL.blank"]).validate(report).isEmpty)
    }
}

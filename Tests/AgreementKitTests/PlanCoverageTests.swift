import AgreementKit
import Testing

@Suite("Who serves the action plan")
struct PlanCoverageTests {
    @Test func periodGoalsAndInitiativesNobodyServesStandOut() throws {
        let plan = KUOPlan.plan
        func use(_ row: ItemID, _ codes: String...) -> PlanUse {
            PlanUse(rowID: row, area: "2.2 1. Lesing", targetNumber: "1.1", excerpt: "", links: codes.map { PlanLink(plan: plan.id, code: $0) })
        }
        let participants = [
            PlanCoverage.Participant(id: "a-2019", unit: "Åsen skole", year: 2019, uses: [use("r1", "S.1", "S.3"), use("r2", "2.a")]),
            PlanCoverage.Participant(id: "b-2019", unit: "Bø barnehage", year: 2019, uses: [use("r9", "B.1", "B.99"), PlanUse(rowID: "x", area: "", targetNumber: "", excerpt: "", links: [PlanLink(plan: "annen", code: "S.2")])]),
        ]
        let coverage = PlanCoverage(plan: plan, agreements: participants)
        #expect(coverage.servers(of: "S.1").map(\.unit) == ["Åsen skole"])
        #expect(coverage.servers(of: "B.1").map(\.agreementID) == ["b-2019"])
        #expect(coverage.servers(of: "S.2").isEmpty, "a link to another plan does not count")
        #expect(coverage.unservedPeriodGoals.count == 27)
        // 1.a and 1.b have period goals served; 2.a is served as a whole; 2.b, 3.a and 3.b by nobody.
        #expect(coverage.unservedInitiatives.map(\.code) == ["2.b", "3.a", "3.b"])
        #expect(!coverage.isUnserved(try #require(plan.initiative(code: "2.a"))))
    }

    @Test func anAgreementListsTheRowsThatLinkToPlans() {
        var agreement = Agreement(id: "x-2019", header: AgreementHeader(municipality: "K", unit: "X", serviceArea: "S", year: 2019),
                                  goalAreas: [GoalArea(id: "g", section: .serviceArea, number: "1", title: "Trygghet",
                                                       rows: [GoalRow(id: "r1", targetNumber: "1.1", target: "Alle er trygge"), GoalRow(id: "r2", target: "Ingen mobbing på skolen i år")])])
        #expect(agreement.planUses.isEmpty)
        agreement.setPlanLinks([PlanLink(plan: "kuo-2018-2021", code: "1.a")], on: "r2")
        #expect(agreement.planUses == [PlanUse(rowID: "r2", area: "2.2 1. Trygghet", targetNumber: "", excerpt: "Ingen mobbing på skolen",
                                               links: [PlanLink(plan: "kuo-2018-2021", code: "1.a")])])
    }

    @Test func planLinksAreWrittenAndReadAsPlanSlashCode() {
        let links = [PlanLink(plan: "kuo-2018-2021", code: "S.1"), PlanLink(plan: "kuo-2018-2021", code: "1.a")]
        #expect(PlanLink.text(links) == "kuo-2018-2021/S.1, kuo-2018-2021/1.a")
        #expect(PlanLink.parse("kuo-2018-2021/S.1, kuo-2018-2021/1.a,, kuo-2018-2021/S.1") == .success(links))
        #expect(PlanLink.parse("S.1") == .failure(.notAPlanLink("S.1")))
        #expect(PlanLink.parse("Kuo/S.1") == .failure(.notAPlanLink("Kuo/S.1")))
        var agreement = Agreement(id: "x-2019", header: AgreementHeader(municipality: "K", unit: "X", serviceArea: "S", year: 2019),
                                  goalAreas: [GoalArea(id: "g", section: .own, number: "1", title: "T", rows: [GoalRow(id: "r1")])])
        #expect(agreement.set(.planLinks("r1"), to: "kuo-2018-2021/S.1") == nil)
        #expect(agreement.value(of: .planLinks("r1")) == "kuo-2018-2021/S.1")
        #expect(agreement.set(.planLinks("r1"), to: "S.1") == .notAPlanLink("S.1"))
        #expect(FieldRef.planLinks("r1").kind.colour == .blue)
    }
}

import AgreementKit
import TestSupport
import Testing

@Suite("Next year's agreement from this one")
struct RolloverTests {
    /// The fixture at year-end: one measure done, the service-area goal unmet with a plan.
    static func yearEnd() -> Agreement {
        var a = Fixtures.agreement(phase: .closed)
        a.header.leader = "Kari Nordmann"
        a.header.contactPerson = "Per Kontakt"
        a.goalAreas[1].rows[0].measures.append(Measure(id: "r2-h", text: "Energi:", kind: .heading))
        a.goalAreas[1].rows[0].measures.append(Measure(id: "r2-done", text: "Ferdig", done: LocalDate(year: 2011, month: 6, day: 1)))
        a.goalAreas[1].assessment.attainmentRating = .belowAgreement
        a.improvementPlans = [ImprovementPlan(id: "p1", goalAreaID: "g2", actions: "Ukentlige møter", followUpDates: [LocalDate(year: 2012, month: 1, day: 15)!],
                                              created: LocalDate(year: 2011, month: 12, day: 5)!)]
        a.checklist[0].status = .done
        return a
    }

    static func ids() -> () -> ItemID {
        var n = 0
        return { n += 1; return ItemID("n\(n)") }
    }

    @Test func eachGoalAreaHasAFateTheLeaderCanChange() {
        var plan = Rollover(from: Self.yearEnd(), template: nil)
        #expect(plan.year == 2012 && plan.id == "testskole-2012")
        #expect(plan.areas.map(\.fate) == [.copied, .carried, .carried])
        #expect(plan.areas[1].unmet && plan.areas[1].hasImprovementPlan)
        #expect(plan.areas[1].openMeasures == 2 && plan.areas[1].doneMeasures == 1)
        let common = plan.toggle("g1")
        #expect(!common, "common goals follow the template")
        let own = plan.toggle("g3")
        #expect(own && plan.areas[2].fate == .dropped)
        let back = plan.toggle("g3")
        #expect(back && plan.areas[2].fate == .carried)
        #expect(!plan.isEarly)
        #expect(Rollover(from: Fixtures.agreement(phase: .followUp), template: nil).isEarly)
    }

    @Test func theNewAgreementCarriesWhatThePlanSaysAndLinksBack() throws {
        let source = Self.yearEnd()
        var plan = Rollover(from: source, template: nil)
        plan.drop("g3")
        let made = plan.make(unmetNote: { area, plan in "Under avtalen: \(area.title) – \(plan?.actions ?? "")" }, newID: Self.ids())
        #expect(made.id == "testskole-2012" && made.header.year == 2012 && made.phase == .agreement)
        #expect(made.header.leader == "Kari Nordmann" && made.header.contactPerson == "Per Kontakt", "parties carried")
        #expect(made.carriedFrom == "testskole-2011")
        #expect(made.goalAreas.map(\.title) == ["Frivillighet", "Samarbeid"], "the own goal was dropped")
        #expect(made.checklist.allSatisfy { $0.status == nil && $0.comment.isEmpty })
        #expect(made.signOffs.isEmpty && made.phaseChanges.isEmpty && made.amendments.isEmpty)
        let carried = made.goalAreas[1]
        #expect(carried.carriedFrom == ItemLink(agreement: "testskole-2011", item: "g2"))
        #expect(carried.assessment == Assessment())
        let row = carried.rows[0]
        #expect(row.carriedFrom == ItemLink(agreement: "testskole-2011", item: "r2"))
        #expect(row.measures.map(\.text) == ["Tiltak 0"], "the done measure stays behind, and the heading left with nothing under it")
        #expect(row.measures[0].carriedFrom == ItemLink(agreement: "testskole-2011", item: "r2-m0"))
        #expect(row.log.map(\.text) == ["Under avtalen: Samarbeid – Ukentlige møter"], "the improvement plan opens the log")
        #expect(row.log.first?.date == LocalDate(year: 2012, month: 1, day: 1))
        #expect(carried.rows[1].log.isEmpty, "last year's log is not copied")
        #expect(made.improvementPlans.map(\.goalAreaID) == [carried.id])
        #expect(Set(made.goalAreas.flatMap(\.rows).map(\.id)).isDisjoint(with: source.allRows.map(\.id)), "new ids")
        #expect(AgreementValidator.validate(made) == [])
        #expect(source == Self.yearEnd(), "last year's agreement is never modified")
    }

    @Test func commonGoalsComeFreshFromNextYearsTemplate() {
        var template = TemplateFixtures.template
        template.name = "trondheim-2012"
        template.year = 2012
        var source = Self.yearEnd()
        source.header.serviceArea = "Skole"
        let plan = Rollover(from: source, template: template)
        #expect(plan.areas.map(\.fate) == [.replacedByTemplate, .dropped, .carried], "the template gives the service area's goals afresh")
        let made = plan.make(unmetNote: { _, _ in "" }, newID: Self.ids())
        #expect(made.goalAreas.prefix(2).map(\.id) == ["a1", "b1"])
        #expect(made.goalAreas.map(\.section) == [.common, .serviceArea, .own])
        #expect(made.about == template.about)
        #expect(made.checklist.map(\.id) == ["t1", "t2"])
        #expect(made.template?.name == "trondheim-2012")
    }
}

import AgreementKit
import TestSupport
import Testing

@Suite("Fields by reference, and adding, deleting and moving items")
struct EditingTests {
    @Test func everyFieldReadsAndWritesThroughItsReference() {
        var a = Fixtures.agreement(phase: .assessment)
        let refs: [FieldRef] = [
            .header(.unit), .header(.leader), .about(.purpose), .checklistTask("c1"), .checklistComment("c1"),
            .goalAreaNumber("g1"), .goalAreaTitle("g1"), .midYearNote("g1"), .leaderComment("g1"), .contactComment("g1"),
            .resultGoal("r1"), .targetNumber("r1"), .target("r1"), .indicator("r1"), .measure("r1-m0"), .support("r1-s"),
            .logText("r3-l0"), .conditionsDescription, .conditionsContactComment,
        ]
        for ref in refs {
            let r1 = a.set(ref, to: "Ny tekst æøå")
            #expect(r1 == nil, "\(ref)")
            #expect(a.value(of: ref) == "Ny tekst æøå", "\(ref)")
        }
        #expect(a.header.unit == "Ny tekst æøå")
        #expect(a.goalAreas[1].rows[1].log[0].text == "Ny tekst æøå")
    }

    @Test func choicesAndDatesAreValidated() {
        var a = Fixtures.agreement(phase: .assessment)
        let r2 = a.set(.measuresRating("g1"), to: "asAgreed")
        #expect(r2 == nil)
        #expect(a.goalAreas[0].assessment.measuresRating == .asAgreed)
        let r3 = a.set(.attainmentRating("g1"), to: "great")
        #expect(r3 == .unknownRating("great"))
        let r4 = a.set(.checklistStatus("c2"), to: "notDone")
        #expect(r4 == nil)
        #expect(a.checklist[1].status == .notDone)
        let r5 = a.set(.checklistStatus("c2"), to: "")
        #expect(r5 == nil)
        #expect(a.checklist[1].status == nil)
        let r6 = a.set(.logDate("r3-l1"), to: "14.5")
        #expect(r6 == nil)
        #expect(a.value(of: .logDate("r3-l1")) == "2011-05-14")
        let r7 = a.set(.logDate("r3-l1"), to: "31.02.2011")
        #expect(r7 != nil)
        let r8 = a.set(.target("gone"), to: "x")
        #expect(r8 == .missing)
        #expect(a.value(of: .target("gone")) == nil)
    }

    @Test func leaderAssessmentBasisIsOneLinePerArea() {
        var a = Fixtures.agreement()
        _ = a.set(.about(.leaderAssessmentBasis), to: "Budsjett/regnskap\n\nBrukertilfredshet\n")
        #expect(a.about.leaderAssessmentBasis == ["Budsjett/regnskap", "Brukertilfredshet"])
    }

    @Test func addingPlacesItemsAfterTheGivenOne() {
        var a = Fixtures.agreement()
        let r9 = a.addRow(GoalRow(id: "new"), to: "g2", after: "r2")
        #expect(r9)
        #expect(a.goalAreas[1].rows.map(\.id) == ["r2", "new", "r3"])
        let r10 = a.addMeasure(Measure(id: "m-new", text: "Nytt"), to: "r1", after: nil)
        #expect(r10)
        #expect(a.goalAreas[0].rows[0].measures.last?.id == "m-new")
        let r11 = a.addSupport(SupportItem(id: "s-new", text: "Støtte"), to: "r1", after: "r1-s")
        #expect(r11)
        #expect(a.goalAreas[0].rows[0].support.map(\.id) == ["r1-s", "s-new"])
        a.addGoalArea(GoalArea(id: "g-new", section: .serviceArea, number: "3", title: "Ny"))
        #expect(a.goalAreas.map(\.id) == ["g1", "g2", "g-new", "g3"], "last in its section, before 3.2")
        a.addGoalArea(GoalArea(id: "g-first", section: .common, number: "0", title: "Først"), after: nil)
        #expect(a.goalAreas.map(\.id) == ["g1", "g-first", "g2", "g-new", "g3"])
        let r12 = a.addRow(GoalRow(id: "x"), to: "missing")
        #expect(!r12)
    }

    @Test func deletingAMeasureKeepsItsLogEntriesButDropsTheLink() {
        var a = Fixtures.agreement(phase: .followUp)
        a.goalAreas[1].rows[1].log[0].measureID = "r3-m0"
        let r13 = a.delete(.measure("r3-m0"))
        #expect(r13)
        #expect(a.goalAreas[1].rows[1].measures.isEmpty)
        #expect(a.goalAreas[1].rows[1].log.count == 2)
        #expect(a.goalAreas[1].rows[1].log[0].measureID == nil)
        let r14 = a.delete(.row("r2"))
        #expect(r14)
        #expect(a.goalAreas[1].rows.map(\.id) == ["r3"])
        let r15 = a.delete(.goalArea("g3"))
        #expect(r15)
        #expect(a.goalAreas.count == 2)
        let r16 = a.delete(.goalArea("g3"))
        #expect(!r16)
        let r17 = a.delete(.logEntry("r3-l1"))
        #expect(r17)
        let r18 = a.delete(.checklistItem("c1"))
        #expect(r18)
        #expect(a.checklist.map(\.id) == ["c2"])
    }

    @Test func movingStaysInsideItsListAndSection() {
        var a = Fixtures.agreement()
        let r19 = a.move(.row("r3"), by: -1)
        #expect(r19)
        #expect(a.goalAreas[1].rows.map(\.id) == ["r3", "r2"])
        let r20 = a.move(.row("r3"), by: -1)
        #expect(!r20, "already first")
        let r21 = a.move(.goalArea("g2"), by: 1)
        #expect(!r21, "g3 is in another section")
        _ = a.addMeasure(Measure(id: "r1-m1", text: "To"), to: "r1")
        let r22 = a.move(.measure("r1-m1"), by: -1)
        #expect(r22)
        #expect(a.goalAreas[0].rows[0].measures.map(\.id) == ["r1-m1", "r1-m0"])
        let r23 = a.move(.support("r1-s"), by: 1)
        #expect(!r23)
        let r24 = a.move(.logEntry("r3-l0"), by: 1)
        #expect(!r24, "the log is ordered by date")
        let r25 = a.move(.checklistItem("c1"), by: 1)
        #expect(r25)
        #expect(a.checklist.map(\.id) == ["c2", "c1"])
    }

    @Test func summariesNameTheItem() {
        let a = Fixtures.agreement(phase: .followUp)
        #expect(a.summary(of: .row("r1")) == "1.1 Mål")
        #expect(a.summary(of: .logEntry("r3-l0")) == "01.03.2011 Gjort")
        #expect(ItemRef.logEntry("x").kind == .logEntry)
    }
}

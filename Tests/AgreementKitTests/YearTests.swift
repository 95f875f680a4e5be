import AgreementKit
import TestSupport
import Testing

@Suite("The year: phases, signatures, amendments, roles, summary and minutes")
struct YearTests {
    let day = LocalDate(year: 2011, month: 6, day: 20)!

    @Test func movingOnRecordsTheGapsThatRemained() throws {
        var a = Fixtures.agreement(phase: .followUp)
        let moved = a.moveToNextPhase(date: day, party: .contactPerson, describe: { "\($0.kind)" })
        let change = try #require(moved)
        #expect(a.phase == .assessment)
        #expect(change.from == .followUp && change.to == .assessment && change.party == .contactPerson)
        #expect(change.gaps.count == 3, "three rows without log")
        #expect(a.phaseChanges == [change])
        a.phase = .closed
        let none = a.moveToNextPhase(date: day, party: .leader, describe: { "\($0.kind)" })
        #expect(none == nil)
    }

    @Test func reopeningGoesBackWithAReason() throws {
        var a = Fixtures.agreement(phase: .assessment)
        let reopened = a.reopenPreviousPhase(reason: "Nye midler fra staten", date: day, party: .director)
        let change = try #require(reopened)
        #expect(a.phase == .followUp)
        #expect(change.reason == "Nye midler fra staten" && change.to == .followUp)
        a.phase = .agreement
        let none = a.reopenPreviousPhase(reason: "x", date: day, party: .leader)
        #expect(none == nil)
    }

    @Test func signingAgainReplacesTheSignatureOfThatParty() {
        var a = Fixtures.agreement()
        a.signOff(party: .leader, name: "Kari", date: day)
        a.signOff(party: .director, name: "Per", date: day)
        a.signOff(party: .leader, name: "Kari Nordmann", date: day)
        #expect(a.currentSignOffs.map(\.name) == ["Per", "Kari Nordmann"])
        a.phase = .followUp
        #expect(a.currentSignOffs.isEmpty)
    }

    @Test func anAmendmentRecordsOldNewWhenWhoAndWhy() throws {
        var a = Fixtures.agreement(phase: .followUp)
        let refused = a.amend(.target("r2"), to: "Nytt", reason: " ", date: day, party: .leader, id: "x", label: "label", redacted: "-")
        #expect(refused == .reasonMissing)
        let accepted = a.amend(.target("r2"), to: "Nytt", reason: "Ny rammeplan", date: day, party: .leader, id: "a1", label: "L", redacted: "-")
        #expect(accepted == nil)
        let m = try #require(a.amendments.first)
        #expect(a.place(of: .target("r2")) == .row(RowName(area: "2.2 2. Samarbeid", targetNumber: "1.1")))
        #expect(m == Amendment(id: "a1", field: "L", oldValue: "Mål", newValue: "Nytt", date: day, party: .leader, reason: "Ny rammeplan"))
        #expect(a.goalAreas[1].rows[0].target == "Nytt")
    }

    @Test func amendingSectionFourLeavesNoTextInThePublicRecord() {
        var a = Fixtures.agreement(phase: .followUp)
        a.personalGoals = [PersonalGoal(id: "p1", text: "Hemmelig gammelt mål")]
        _ = a.amend(.personalGoal("p1"), to: "Hemmelig nytt mål", reason: "Avtalt", date: day, party: .leader, id: "a1", label: "L", redacted: "(redacted)")
        #expect(a.amendments[0].oldValue == "(redacted)")
        #expect(a.amendments[0].newValue == "(redacted)")
    }

    @Test func commentsBelongToTheirPartyExceptInTheMeeting() {
        let phase = Phase.assessment
        #expect(PhaseRules.editability(of: .leaderComment, in: phase, as: .leader) == .allowed)
        #expect(PhaseRules.editability(of: .leaderComment, in: phase, as: .contactPerson) == .ownedBy(.leader))
        #expect(PhaseRules.editability(of: .contactComment, in: phase, as: .leader) == .ownedBy(.contactPerson))
        #expect(PhaseRules.editability(of: .conditionsContactComment, in: phase, as: .leader) == .ownedBy(.contactPerson))
        #expect(PhaseRules.editability(of: .contactComment, in: phase, as: .contactPerson) == .allowed)
        #expect(PhaseRules.editability(of: .contactComment, in: phase, as: .leader, inMeeting: true) == .allowed)
        #expect(PhaseRules.editability(of: .measuresRating, in: phase, as: .contactPerson) == .allowed, "ratings are agreed: either party")
        #expect(PhaseRules.editability(of: .leaderComment, in: .followUp, as: .leader) == .notYet(.assessment), "the phase rule comes first")
    }

    @Test func theSummaryCountsRatingsAndFindsTheAreasBelow() {
        var a = Fixtures.agreement(phase: .assessment)
        a.goalAreas[0].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .belowAgreement)
        a.goalAreas[1].assessment = Assessment(measuresRating: .beyondAgreement, attainmentRating: .asAgreed)
        let summary = AssessmentSummary(a)
        #expect(summary.measures == [.asAgreed: 1, .beyondAgreement: 1])
        #expect(summary.attainment == [.belowAgreement: 1, .asAgreed: 1])
        #expect(summary.belowAgreement.map(\.id) == ["g1"])
        #expect(summary.rated == 2 && summary.total == 3)
    }
}

import AgreementKit
import TestSupport
import Testing

/// Progress of a phase, the deadlines and when the year's steps are done: what "behind" rests on.
@Suite("Overview facts: phase progress, deadlines, steps done")
struct OverviewFactsTests {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test(arguments: Phase.allCases)
    func progressCountsWhatTheGapsMiss(phase: Phase) {
        var random = SplitMix64(seed: 17)
        for _ in 0..<200 {
            var agreement = Fixtures.agreement(phase: phase)
            for a in agreement.goalAreas.indices {
                if random.next() % 5 == 0 { agreement.goalAreas[a].rows = [] }
                for r in agreement.goalAreas[a].rows.indices {
                    if random.next() % 3 == 0 { agreement.goalAreas[a].rows[r].target = "" }
                    if random.next() % 3 == 0 { agreement.goalAreas[a].rows[r].measures = [] }
                    if random.next() % 2 == 0 { agreement.goalAreas[a].rows[r].log = [] }
                }
                if random.next() % 2 == 0 { agreement.goalAreas[a].assessment.attainmentRating = .asAgreed }
                if random.next() % 2 == 0 { agreement.goalAreas[a].assessment.measuresRating = .belowAgreement }
            }
            if random.next() % 2 == 0 { agreement.checklist[0].status = .done }
            let progress = agreement.phaseProgress
            let missing = phase == .closed ? agreement.gaps(in: .assessment).count : agreement.gapsBeforeNextPhase.count
            #expect(progress.required - progress.done == missing, "\(progress) against \(missing) gaps")
            // The goal areas' own progress adds up to the agreement's, less what is not per area.
            let areas = agreement.goalAreas.map { $0.progress(in: phase) }
            switch phase {
            case .followUp:
                #expect(areas.map(\.done).reduce(0, +) == progress.done && areas.map(\.required).reduce(0, +) == progress.required)
            case .agreement:
                #expect(areas.map(\.required).reduce(0, +) + 1 == progress.required)
            case .assessment, .closed:
                #expect(areas.map(\.required).reduce(0, +) == 2 * agreement.goalAreas.count)
            }
        }
    }

    @Test func theFixtureHasKnownProgressInEachPhase() {
        #expect(Fixtures.agreement(phase: .agreement).phaseProgress == PhaseProgress(done: 9, required: 9))
        #expect(Fixtures.agreement(phase: .followUp).phaseProgress == PhaseProgress(done: 1, required: 4))
        #expect(Fixtures.agreement(phase: .assessment).phaseProgress == PhaseProgress(done: 0, required: 5))
    }

    @Test func theStandardDeadlinesAreFirstMarchEndOfJuneAndEndOfJanuaryNextYear() {
        let d = MilestoneDueDates.standard
        #expect(d.date(of: .agreementSigned, year: 2011) == date(2011, 3, 1))
        #expect(d.date(of: .midYearReview, year: 2011) == date(2011, 6, 30))
        #expect(d.date(of: .yearEndAssessment, year: 2011) == date(2012, 1, 31))
        #expect(d.schedule(year: 2011).map(\.milestone) == [.agreementSigned, .midYearReview, .yearEndAssessment])
        // A day past a month's end falls on its last day; the order follows the dates.
        let odd = MilestoneDueDates(agreementSigned: .init(month: 2, day: 30), midYearReview: .init(month: 1, day: 10), yearEndAssessment: .init(month: 12, day: 31))
        #expect(odd.date(of: .agreementSigned, year: 2011) == date(2011, 2, 28))
        #expect(odd.date(of: .agreementSigned, year: 2012) == date(2012, 2, 29))
        #expect(odd.schedule(year: 2011).map(\.milestone) == [.midYearReview, .agreementSigned, .yearEndAssessment])
    }

    @Test func anAgreementTranscribedInOppfolgingIsSignedButHasNoMidYearReview() {
        let agreement = Fixtures.agreement(phase: .followUp)
        #expect(agreement.milestonesDone == [.agreementSigned])
    }

    @Test func leavingInngaaelseWithGapsCountsOnlyWhenBothPartiesSigned() {
        var agreement = Fixtures.agreement(phase: .followUp)
        agreement.phaseChanges = [PhaseChange(from: .agreement, to: .followUp, date: date(2011, 3, 20), party: .contactPerson, gaps: ["Rad uten tiltak"])]
        #expect(!agreement.isDone(.agreementSigned))
        agreement.signOffs = [SignOff(phase: .agreement, party: .leader, name: "A", date: date(2011, 2, 1))]
        #expect(!agreement.isDone(.agreementSigned), "the leader alone is not both parties")
        agreement.signOffs.append(SignOff(phase: .agreement, party: .director, name: "B", date: date(2011, 2, 2)))
        #expect(agreement.isDone(.agreementSigned))
        // Moving on again later without gaps counts: the last move decides.
        agreement.signOffs = []
        agreement.phaseChanges.append(PhaseChange(from: .followUp, to: .agreement, date: date(2011, 4, 1), party: .leader, reason: "Feil"))
        agreement.phaseChanges.append(PhaseChange(from: .agreement, to: .followUp, date: date(2011, 4, 2), party: .leader))
        #expect(agreement.isDone(.agreementSigned))
        agreement.phase = .agreement
        #expect(!agreement.isDone(.agreementSigned), "back in Inngåelse, not done")
    }

    @Test func theMidYearReviewIsDoneWhenHeldOrWhenTheYearIsFurther() {
        var agreement = Fixtures.agreement(phase: .followUp)
        #expect(!agreement.isDone(.midYearReview))
        agreement.reviews = [Review(kind: .midYear, date: date(2011, 6, 20))]
        #expect(agreement.isDone(.midYearReview))
        agreement.reviews = [Review(kind: .yearEnd, date: date(2011, 12, 1))]
        #expect(!agreement.isDone(.midYearReview))
        agreement.phase = .assessment
        #expect(agreement.isDone(.midYearReview))
    }

    @Test func theYearEndIsDoneWhenClosedWithoutGapsOrSignedByBoth() {
        var agreement = Fixtures.agreement(phase: .assessment)
        #expect(!agreement.isDone(.yearEndAssessment))
        agreement.phase = .closed
        #expect(agreement.isDone(.yearEndAssessment), "closed, no move on record")
        agreement.phaseChanges = [PhaseChange(from: .assessment, to: .closed, date: date(2011, 12, 20), party: .contactPerson, gaps: ["Ikke vurdert"])]
        #expect(!agreement.isDone(.yearEndAssessment))
        agreement.signOffs = [SignOff(phase: .assessment, party: .leader, name: "A", date: date(2011, 12, 19)),
                              SignOff(phase: .assessment, party: .contactPerson, name: "C", date: date(2011, 12, 19))]
        #expect(agreement.isDone(.yearEndAssessment))
    }
}

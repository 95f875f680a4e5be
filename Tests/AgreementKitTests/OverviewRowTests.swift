import AgreementKit
import TestSupport
import Testing

/// The overview's line at a date: next deadline and behind, log entries of the last 30 days,
/// open improvement plans, ratings.
@Suite("An overview line on a date")
struct OverviewRowTests {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    private func row(_ agreement: Agreement, on day: LocalDate, deadlines: MilestoneDueDates = .standard, wheels: [AnnualWheel] = []) -> OverviewRow {
        let h = agreement.header
        return OverviewRow(id: agreement.id, municipality: h.municipality, unit: h.unit, serviceArea: h.serviceArea, leader: h.leader,
                           contactPerson: h.contactPerson, year: h.year, phase: agreement.phase, facts: OverviewFacts(agreement), on: day,
                           dates: StepDates(wheels: wheels, standard: deadlines))
    }

    @Test func behindIsTheNextDeadlinePassedAndNotDone() {
        let inAgreement = Fixtures.agreement(phase: .agreement)
        #expect(row(inAgreement, on: date(2011, 3, 1)).nextDeadline == date(2011, 3, 1))
        #expect(!row(inAgreement, on: date(2011, 3, 1)).isBehind, "the deadline day itself is still in time")
        #expect(row(inAgreement, on: date(2011, 3, 2)).isBehind)
        #expect(row(inAgreement, on: date(2011, 3, 2)).nextStep == .agreementSigned)

        var followUp = Fixtures.agreement(phase: .followUp)
        let july = row(followUp, on: date(2011, 7, 1))
        #expect(july.nextStep == .midYearReview && july.nextDeadline == date(2011, 6, 30) && july.isBehind)
        followUp.reviews = [Review(kind: .midYear, date: date(2011, 6, 15))]
        let held = row(followUp, on: date(2011, 7, 1))
        #expect(held.nextStep == .yearEndAssessment && held.nextDeadline == date(2012, 1, 31) && !held.isBehind)
        #expect(row(followUp, on: date(2012, 2, 1)).isBehind)

        var closed = Fixtures.agreement(phase: .closed)
        closed.reviews = [Review(kind: .midYear, date: date(2011, 6, 1))]
        let done = row(closed, on: date(2013, 1, 1))
        #expect(done.nextDeadline == nil && done.nextStep == nil && !done.isBehind)
    }

    @Test func otherDeadlinesMoveBehindWithThem() {
        let agreement = Fixtures.agreement(phase: .agreement)
        let late = MilestoneDueDates(agreementSigned: .init(month: 4, day: 15), midYearReview: .init(month: 8, day: 31), yearEndAssessment: .init(month: 2, day: 15, yearOffset: 1))
        #expect(!row(agreement, on: date(2011, 4, 1), deadlines: late).isBehind)
        #expect(row(agreement, on: date(2011, 4, 1)).isBehind)
    }

    @Test func theLogWindowIsThirtyDaysEndingOnTheDate() {
        var agreement = Fixtures.agreement(phase: .followUp)
        let dates = [date(2011, 8, 16), date(2011, 8, 17), date(2011, 9, 15), date(2011, 9, 15), date(2011, 9, 16), date(2011, 1, 3)]
        agreement.goalAreas[0].rows[0].log = dates.enumerated().map { LogEntry(id: ItemID("l\($0.offset)"), date: $0.element, text: "x") }
        // 15.09 − 29 days = 17.08: 17.08, 15.09 and 15.09 count; 16.08 is a day too early, 16.09 after the date.
        #expect(row(agreement, on: date(2011, 9, 15)).logEntries30d == 3)
        #expect(row(agreement, on: date(2011, 9, 16)).logEntries30d == 3)
        #expect(row(agreement, on: date(2011, 12, 31)).logEntries30d == 0)
    }

    @Test func anImprovementPlanIsOpenFromItsDayToItsLastFollowUp() {
        var agreement = Fixtures.agreement(phase: .closed)
        agreement.improvementPlans = [
            ImprovementPlan(id: "p1", goalAreaID: "g1", actions: "A", followUpDates: [date(2012, 1, 15), date(2012, 2, 15)], created: date(2011, 12, 10)),
            ImprovementPlan(id: "p2", goalAreaID: "g2", actions: "B", followUpDates: [], created: date(2011, 12, 12)),
        ]
        #expect(row(agreement, on: date(2011, 12, 1)).openImprovementPlans == 0)
        #expect(row(agreement, on: date(2011, 12, 11)).openImprovementPlans == 1)
        #expect(row(agreement, on: date(2012, 2, 15)).openImprovementPlans == 2)
        #expect(row(agreement, on: date(2012, 2, 16)).openImprovementPlans == 1, "a plan without follow-ups stays open")
    }

    @Test func ratingsRollUpGoalAttainmentOnTheFormsScale() {
        var agreement = Fixtures.agreement(phase: .closed)
        agreement.goalAreas[0].assessment = Assessment(measuresRating: .belowAgreement, attainmentRating: .beyondAgreement)
        agreement.goalAreas[1].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .belowAgreement)
        let ratings = row(agreement, on: date(2012, 1, 1)).ratings
        #expect(ratings == RatingCounts(beyond: 1, asAgreed: 0, below: 1, notRated: 1), "measures ratings are not counted")
        #expect(ratings[.beyondAgreement] == 1 && ratings.rated == 2)
        #expect(ratings + ratings == RatingCounts(beyond: 2, asAgreed: 0, below: 2, notRated: 2))
    }
}

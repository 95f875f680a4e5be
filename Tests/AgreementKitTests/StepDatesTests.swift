import AgreementKit
import TestSupport
import Testing

/// One truth about deadlines: the overview's «behind» and next deadline, the wheel's and the
/// header's dated steps all come from `StepDates` — the agreement's own dates, else a wheel
/// event tied to the step, else the standard ones — and so agree on every agreement and day.
@Suite("One truth about deadlines")
struct StepDatesTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func row(_ agreement: Agreement, on day: LocalDate, wheels: [AnnualWheel] = []) -> OverviewRow {
        let h = agreement.header
        return OverviewRow(id: agreement.id, municipality: h.municipality, unit: h.unit, serviceArea: h.serviceArea, leader: h.leader,
                           contactPerson: h.contactPerson, year: h.year, phase: agreement.phase, facts: OverviewFacts(agreement), on: day,
                           dates: StepDates(wheels: wheels))
    }

    /// A wheel for Trondheim whose mid-year conversation is on 20 June.
    private let trondheim = AnnualWheel(id: "trd", title: "Årshjul", municipalities: ["Trondheim"], events: [
        WheelEvent(id: "m", when: .fixed(day: 20, month: 6), title: "Leiarsamtale", who: [.leader, .director], kind: .meeting,
                   link: .milestone(.midYearReview)),
    ])

    /// The sample store's agreements, and the same with dates of their own, on the days that matter.
    private var cases: [Agreement] {
        OverviewFixtures.agreements + OverviewFixtures.agreements.map { agreement in
            var own = agreement
            own.schedule.phaseDeadlines[.agreement] = LocalDate(year: agreement.header.year, month: 4, day: 15)
            own.schedule.meetings[.midYear] = LocalDate(year: agreement.header.year, month: 9, day: 27)
            own.schedule.phaseDeadlines[.followUp] = LocalDate(year: agreement.header.year, month: 11, day: 30)
            return own
        }
    }

    @Test(arguments: ["2011-03-02", "2011-06-25", "2011-07-01", "2011-09-15", "2011-10-01", "2011-12-01", "2012-02-01", "2013-07-01"])
    func theOverviewAndTheWheelAgreeOnBehindAndTheNextDeadline(_ iso: String) {
        let day = date(iso)
        for wheels in [[], [trondheim], SampleCalendar.wheels] {
            for agreement in cases {
                let line = row(agreement, on: day, wheels: wheels)
                let deadlines = Deadlines(agreement, wheels: wheels)
                #expect(line.isBehind == deadlines.isBehind(on: day), "\(agreement.id) on \(iso)")
                let firstOpenStep = deadlines.entries.first { $0.status == .open && $0.concernsProgress }
                #expect(line.nextDeadline == firstOpenStep?.date, "\(agreement.id) on \(iso)")
            }
        }
    }

    @Test func onTheSampleStoreTheOverviewsBehindAreTheWheelsOverdueSteps() {
        let day = OverviewFixtures.asOf
        let behind = OverviewFixtures.agreements.filter { row($0, on: day, wheels: SampleCalendar.wheels).isBehind }.map(\.id)
        let overdue = OverviewFixtures.agreements.filter { !Deadlines($0, wheels: SampleCalendar.wheels).behind(on: day).isEmpty }.map(\.id)
        #expect(behind == overdue)
        #expect(behind.count == 7, "five demo units of 2011, Solsiden 2010 and Hoeggen without a mid-year review: \(behind)")
        #expect(behind.contains("hoeggen-skole-2011"))
    }

    @Test func hoeggenShowsItsStandardStepsThoughTheShippedWheelsNameOtherMunicipalities() throws {
        let hoeggen = try #require(OverviewFixtures.agreements.first { $0.id == "hoeggen-skole-2011" })
        #expect(SampleCalendar.wheels.allSatisfy { !$0.applies(to: hoeggen.header.municipality) })
        let deadlines = Deadlines(hoeggen, wheels: SampleCalendar.wheels)
        #expect(deadlines.entries.map(\.id) == ["phase-agreement", "meeting-midYear", "phase-assessment"])
        #expect(deadlines.entries.map(\.date) == [date("2011-03-01"), date("2011-06-30"), date("2012-01-31")])
        #expect(deadlines.entries.allSatisfy { $0.standard })
        #expect(deadlines.overdue(on: OverviewFixtures.asOf).map(\.id) == ["meeting-midYear"])
        #expect(deadlines.next(on: OverviewFixtures.asOf)?.id == "phase-assessment")
    }

    @Test func theAgreementsOwnDateOverridesTheWheelAndTheStandard() {
        var agreement = Fixtures.agreement(phase: .followUp)
        let july = date("2011-07-01")
        #expect(row(agreement, on: july).isBehind, "standard: the mid-year review by 30 June")
        #expect(row(agreement, on: july, wheels: [trondheim]).nextDeadline == date("2011-06-20"), "the wheel's conversation stands for the step")
        agreement.schedule.meetings[.midYear] = date("2011-09-27")
        let own = row(agreement, on: july, wheels: [trondheim])
        #expect(!own.isBehind && own.nextDeadline == date("2011-09-27") && own.nextStep == .midYearReview)
        let wheelEvent = Deadlines(agreement, wheels: [trondheim]).entries.first { $0.id == "wheel-trd-m" }
        #expect(wheelEvent?.status == .information, "shown, but the agreement's own date counts")
        #expect(row(agreement, on: date("2011-09-28"), wheels: [trondheim]).isBehind)
    }

    @Test func stepsWithoutAStandardDateCountOnlyWhenTheAgreementDatesThem() {
        var agreement = Fixtures.agreement(phase: .followUp)
        agreement.reviews = [Review(kind: .midYear, date: date("2011-06-01"))]
        #expect(row(agreement, on: date("2011-12-31")).nextStep == .yearEndAssessment)
        agreement.schedule.phaseDeadlines[.followUp] = date("2011-11-30")
        let line = row(agreement, on: date("2011-12-01"))
        #expect(line.nextStep == .followUpDone && line.isBehind)
    }
}

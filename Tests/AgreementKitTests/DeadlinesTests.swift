import AgreementKit
import TestSupport
import Testing

/// The dated things of an agreement's year: its own dates, the wheels that apply, follow-ups;
/// what is next, due, overdue and behind on a date.
@Suite("Deadlines of an agreement's year")
struct DeadlinesTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func agreement(phase: Phase = .followUp) -> Agreement {
        var agreement = Fixtures.agreement(phase: phase)
        agreement.schedule.meetings[.midYear] = date("2011-09-27")
        agreement.schedule.meetings[.yearEnd] = date("2011-12-05")
        agreement.schedule.phaseDeadlines[.agreement] = date("2011-01-31")
        agreement.schedule.phaseDeadlines[.followUp] = date("2011-11-30")
        return agreement
    }

    private let wheel = AnnualWheel(id: "skole", title: "Årshjul", municipalities: ["Trondheim"], events: [
        WheelEvent(id: "e1", when: .fixed(day: 15, month: 9), title: "Kartlegging presenteres", who: [.director, .leader], kind: .reporting),
        WheelEvent(id: "e2", when: .fixed(day: 30, month: 9), title: "Tilstandsrapport i utvalget", who: [.politicians], kind: .meeting),
        WheelEvent(id: "e3", when: .fixed(day: 31, month: 3), title: "Analyse av elevundersøkelsen", who: [.leader], kind: .deadline),
        WheelEvent(id: "e4", when: .fixed(day: 20, month: 6), title: "Leiarsamtale", who: [.leader, .director], kind: .meeting,
                   link: .milestone(.midYearReview)),
        WheelEvent(id: "e5", when: .fixed(day: 15, month: 12), title: "Nasjonale prøver", who: [.leader], kind: .deadline, link: .indicator("Lesing")),
    ])

    @Test func theAgreementsOwnDatesAreEntriesInDateOrderWithStableIDs() {
        let deadlines = Deadlines(agreement())
        #expect(deadlines.entries.map(\.id) == ["phase-agreement", "meeting-midYear", "phase-followUp", "meeting-yearEnd", "phase-assessment"])
        #expect(deadlines.entries.map(\.date) == [date("2011-01-31"), date("2011-09-27"), date("2011-11-30"), date("2011-12-05"), date("2012-01-31")])
        #expect(deadlines.entries.map(\.standard) == [false, false, false, false, true], "Resultatvurdering has no date of its own: the standard one")
        #expect(deadlines.entries[0].status == .done, "Inngåelse is behind an agreement in Oppfølging")
        #expect(deadlines.entries[1].status == .open)
        #expect(deadlines.entries[1].target == .meeting(.midYear))
        #expect(deadlines.entries[2].target == .phase(.followUp))
    }

    @Test func nextDueOverdueAndBehindAreReckonedFromTheReference() {
        let deadlines = Deadlines(agreement())
        let reference = date("2011-09-15")
        #expect(deadlines.next(on: reference)?.id == "meeting-midYear")
        #expect(reference.days(to: deadlines.next(on: reference)!.date) == 12)
        #expect(deadlines.due(within: 14, of: reference).map(\.id) == ["meeting-midYear"])
        #expect(deadlines.overdue(on: reference).isEmpty)
        #expect(!deadlines.isBehind(on: reference))
        let later = date("2011-10-01")
        #expect(deadlines.overdue(on: later).map(\.id) == ["meeting-midYear"])
        #expect(deadlines.overdueCount(on: later) == 1 && deadlines.overdueCount(on: reference) == 0)
        #expect(deadlines.isBehind(on: later))
        #expect(deadlines.due(within: 0, of: date("2011-09-27")).map(\.id) == ["meeting-midYear"], "the day itself is due, not overdue")
    }

    @Test func aMeetingHeldAndAPhaseLeftAreDone() {
        var held = agreement(phase: .assessment)
        held.reviews.append(Review(kind: .midYear, date: date("2011-09-28")))
        let deadlines = Deadlines(held)
        #expect(deadlines.entries.first { $0.id == "meeting-midYear" }?.status == .done)
        #expect(deadlines.entries.first { $0.id == "phase-followUp" }?.status == .done)
        #expect(!deadlines.isBehind(on: date("2011-12-01")))
        #expect(deadlines.isBehind(on: date("2011-12-06")), "the year-end meeting is not held yet")
    }

    @Test func aWheelAppliesToItsMunicipalityWithOrWithoutTheWordKommune() {
        #expect(wheel.applies(to: "Trondheim kommune"))
        #expect(wheel.applies(to: "trondheim"))
        #expect(!wheel.applies(to: "Bø kommune"))
        #expect(AnnualWheel(id: "alle", title: "Alle").applies(to: "Bø kommune"))
        var elsewhere = agreement()
        elsewhere.header.municipality = "Sula kommune"
        #expect(Deadlines(elsewhere, wheels: [wheel]).entries.allSatisfy { !$0.id.hasPrefix("wheel-") })
    }

    @Test func wheelEventsRecurInTheAgreementsYearAndOnlyTheUnitsOwnFallDue() {
        let deadlines = Deadlines(agreement(), wheels: [wheel])
        let events = deadlines.entries.filter { $0.id.hasPrefix("wheel-") }
        #expect(events.map(\.date) == [date("2011-03-31"), date("2011-06-20"), date("2011-09-15"), date("2011-09-30"), date("2011-12-15")])
        let committee = events.first { $0.id == "wheel-skole-e2" }
        #expect(committee?.status == .information, "a committee's meeting is not the unit's to do")
        #expect(committee?.isOverdue(on: date("2011-12-31")) == false)
        #expect(deadlines.overdue(on: date("2011-09-16")).map(\.id) == ["wheel-skole-e3", "wheel-skole-e1"])
        #expect(deadlines.overdueCount(on: date("2011-09-16")) == 2)
        #expect(events.first { $0.id == "wheel-skole-e4" }?.status == .information, "the agreement's own mid-year date stands for the step, not the wheel's")
        #expect(events.first { $0.id == "wheel-skole-e5" }?.target == .indicator("Lesing"))
        var nextYear = agreement()
        nextYear.header.year = 2012
        #expect(Deadlines(nextYear, wheels: [wheel]).entries.first { $0.id == "wheel-skole-e3" }?.date == date("2012-03-31"))
    }

    @Test func aWheelEventTiedToAMilestoneStandsForItAndIsBehindUntilItHappens() {
        var plain = agreement()
        plain.schedule = AgreementSchedule()
        let deadlines = Deadlines(plain, wheels: [wheel])
        let milestone = deadlines.entries.first { $0.id == "wheel-skole-e4" }
        #expect(milestone?.target == .meeting(.midYear))
        #expect(deadlines.behind(on: date("2011-07-01")).map(\.id) == ["wheel-skole-e4"])
        plain.reviews.append(Review(kind: .midYear, date: date("2011-06-20")))
        #expect(!Deadlines(plain, wheels: [wheel]).isBehind(on: date("2011-07-01")))
    }

    @Test func theUnitsMarksMakeWheelEventsDone() {
        var marked = agreement()
        marked.schedule.doneEvents.insert(DeadlineEntry.wheelKey(wheelID: "skole", eventID: "e3"))
        let deadlines = Deadlines(marked, wheels: [wheel])
        #expect(deadlines.entries.first { $0.id == "wheel-skole-e3" }?.status == .done)
        #expect(deadlines.entries.first { $0.id == "wheel-skole-e3" }?.wheelKey == "skole/e3")
    }

    @Test func followUpsOfTheConversationsAreDatedEntries() {
        let a = agreement()
        let conversation = Conversation(agreementID: a.id, date: date("2011-05-12"), guideID: "g", followUps: [
            FollowUpItem(id: "f1", what: "Plan", who: "Rektor", due: date("2011-06-01"), goalRowID: "r2"),
            FollowUpItem(id: "f2", what: "Teamtid", due: date("2011-10-01"), done: true),
            FollowUpItem(id: "f3", what: "Uten frist"),
        ])
        let other = Conversation(agreementID: "annen-2011", date: date("2011-05-12"), guideID: "g", followUps: [FollowUpItem(id: "x", what: "x", due: date("2011-06-01"))])
        let deadlines = Deadlines(a, conversations: [conversation, other])
        let followUps = deadlines.entries.filter { $0.id.hasPrefix("followup-") }
        #expect(followUps.map(\.id) == ["followup-f1", "followup-f2"])
        #expect(followUps[0].target == .goalRow("r2"))
        #expect(followUps[1].target == .conversation(date("2011-05-12")))
        #expect(followUps[1].status == .done)
        #expect(deadlines.overdue(on: date("2011-07-01")).map(\.id) == ["followup-f1"])
        #expect(!deadlines.isBehind(on: date("2011-07-01")), "an overdue follow-up is not the agreement's progress")
    }
}

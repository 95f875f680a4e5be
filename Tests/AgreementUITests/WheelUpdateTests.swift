import AgreementKit
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// The wheel view and the header's «Neste»: keys in, state and screen out.
@Suite("The annual wheel in the interface")
struct WheelUpdateTests {
    private func wheel(_ state: AppState) -> WheelState? { state.top.as(WheelState.self) }

    @Test func hOpensTheWheelOnTheNextOpenDateWithTheYearStripAndTheCounts() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("h"))
        let view = try #require(wheel(state))
        #expect(view.selected(state.core)?.date == CalendarTestState.today, "the Bø wheel's 15.09 event is today")
        let screen = SampleState.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Årshjul 2011 · Fra årshjulet: Årshjul og oppfølging skole"))
        #expect(screen.contains("jan") && screen.contains("des"))
        #expect(screen.contains("▲ i dag 15.09"))
        #expect(screen.contains("── i dag 15.09.2011"))
        #expect(screen.contains(" ! 20.05 revidering av skulanes"), "an overdue deadline of the unit's, marked")
        #expect(screen.contains(" · 30.09 tilstandsrapport"), "a committee's meeting, for information")
        #expect(screen.contains("9 forfalt · 1 innen 14 dager"),
                "seven of the Bø wheel's own before 15.09, the follow-up due 01.06 and the mid-year review by the standard 30.06")
        SampleState.press(&state, .escape)
        #expect(state.isOnBottomScreen)
    }

    /// The list, the strip and the detail are kept drawn while the cursor moves, and drawn
    /// again when the day turns or a mark changes the agreement.
    @Test func theKeptWheelFollowsTheDayAndTheMarks() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("h"), .down, .up)
        func matchesAFreshDrawing() throws -> Bool {
            var fresh = state
            fresh.stack[fresh.stack.count - 1] = Mode(try #require(wheel(state)).forgettingLayouts())
            return SampleState.render(fresh) == SampleState.render(state)
        }
        #expect(try matchesAFreshDrawing())
        _ = state.update(.dayChanged(LocalDate(year: 2011, month: 10, day: 3)!))
        let later = SampleState.render(state).text
        #expect(later.contains("▲ i dag 03.10") && later.contains("── i dag 03.10.2011"))
        #expect(try matchesAFreshDrawing())
        SampleState.press(&state, .character(" "))
        #expect(try matchesAFreshDrawing())
        _ = state.update(.resized(Size(width: 90, height: 30)))
        #expect(try matchesAFreshDrawing())
    }

    /// PgDn and PgUp move by the list's height less three lines of context, at each size, and stop
    /// at the ends of the list.
    @Test func pageKeysMoveByTheListsHeight() throws {
        var clamped = false, paged = false
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            var state = CalendarTestState.make()
            _ = state.update(.resized(size))
            SampleState.press(&state, .character("h"), .home)
            let count = try #require(wheel(state)).entries(state.core).count
            let page = WheelLayout(size, core: state.core).list.height - 3
            #expect(page > 1, "a page of more than one line at \(size)")
            SampleState.press(&state, .pageDown)
            let first = min(page, count - 1)
            #expect(try #require(wheel(state)).cursorIndex == first, "PgDn at \(size)")
            SampleState.press(&state, .pageDown, .pageUp)
            #expect(try #require(wheel(state)).cursorIndex == max(0, min(first + page, count - 1) - page), "PgDn, PgDn, PgUp at \(size)")
            if count > page { paged = true } else { clamped = true }
        }
        #expect(paged && clamped, "one size pages through the list, the other stops at its end")
    }

    @Test func datesAreSetInTheFormAndA31stOfFebruaryIsRefusedWithTheReason() throws {
        var state = CalendarTestState.make(wheels: [], earlier: false)
        SampleState.press(&state, .character("h"))
        let before = SampleState.render(state).lines.joined()
        #expect(before.contains("! 30.06 Midtveissamtale") && before.contains("Standardfrist (ikke satt i avtalen)"),
                "without dates of its own the agreement's steps stand on the standard dates, as in the overview")
        SampleState.press(&state, .character("d"))
        #expect(state.form?.kind == .schedule)
        SampleState.type(&state, "31.02")
        var effects = SampleState.press(&state, .enter)
        #expect(effects.isEmpty)
        #expect(state.statusText == "«31.02» er ikke en dato: februar 2011 har 28 dager, ikke 31")
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .midYearMeeting)
        SampleState.press(&state, .control("u"))
        SampleState.type(&state, "27.9")
        SampleState.press(&state, .tab, .tab, .tab, .tab)
        SampleState.type(&state, "31.1.12")
        effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(agreement.schedule == CalendarTestState.dates)
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(wheel(state)?.selected(state.core)?.id == "phase-assessment", "the cursor stays on its date, by id")
        let header = SampleState.render(state).line(0)
        #expect(header.contains("Neste: 27.09 midtveissamtale (om 12 dager)"), "«\(header)»")
        #expect(header.contains("per 15.09.2011") && header.hasSuffix(" O Oppfølging "))
    }

    @Test func theHeaderFitsItsRoomAndCutsOnlyWithAnEllipsis() {
        for width in [80, 100, 120] {
            let state = CalendarTestState.make(width, 24, wheels: [], earlier: false, schedule: CalendarTestState.dates)
            let header = SampleState.render(state).line(0)
            #expect(header.contains("Neste: 27.09 midtveissamtale"), "\(width): «\(header)»")
            #expect(header.contains("per 15.09") && header.hasSuffix(" O Oppfølging "), "\(width): «\(header)»")
        }
        // At the smallest size «Neste» gives way to the unit, the date and the phase, whole.
        let smallest = SampleState.render(CalendarTestState.make(64, 18, wheels: [], earlier: false, schedule: CalendarTestState.dates)).line(0)
        #expect(smallest.contains("Hoeggen skole 2011") && smallest.contains("per 15.09") && smallest.hasSuffix(" O Oppfølging "), "«\(smallest)»")
        let wide = SampleState.render(CalendarTestState.make(120, 40, wheels: [], earlier: false, schedule: CalendarTestState.dates)).line(0)
        #expect(wide.contains("Hoeggen skole 2011") && wide.contains("Neste: 27.09 midtveissamtale (om 12 dager)"), "«\(wide)»")
        let later = CalendarTestState.make(120, 40, today: LocalDate(year: 2011, month: 10, day: 3)!, wheels: [], earlier: false, schedule: CalendarTestState.dates)
        let overdue = SampleState.render(later).line(0)
        #expect(overdue.contains("! 1 forfalt"), "«\(overdue)»")
        #expect(overdue.contains("Neste: 31.01 frist for resultatvurderi… (om 120 dager)"), "«\(overdue)»")
    }

    @Test func spaceMarksTheUnitsOwnEventsAndSaysWhyOthersCannotBe() throws {
        var state = CalendarTestState.make(earlier: false, schedule: CalendarTestState.dates)
        SampleState.press(&state, .character("h"), .home)
        let first = try #require(wheel(state)?.selected(state.core))
        #expect(first.id == "wheel-bo-skule-k3av2w6f")
        let effects = SampleState.press(&state, .character(" "))
        let agreement = try #require(state.agreement)
        #expect(agreement.schedule.doneEvents == ["bo-skule/k3av2w6f"])
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(wheel(state)?.selected(state.core)?.status == .done)
        SampleState.press(&state, .down)
        #expect(wheel(state)?.selected(state.core)?.status == .information)
        #expect(SampleState.press(&state, .character(" ")).isEmpty)
        #expect(state.statusText?.hasPrefix("Bare enhetens egne hendelser") == true)
        while wheel(state)?.selected(state.core)?.id != "meeting-midYear" { SampleState.press(&state, .down) }
        #expect(SampleState.press(&state, .character(" ")).isEmpty)
        #expect(state.statusText == "Midtveissamtale blir gjort av året selv: når avtalen kommer dit")
    }

    @Test func enterGoesToTheMeetingTheRowAndThePhase() throws {
        var state = CalendarTestState.make(schedule: CalendarTestState.dates)
        SampleState.press(&state, .character("h"))
        while wheel(state)?.selected(state.core)?.id != "meeting-midYear" { SampleState.press(&state, .down) }
        SampleState.press(&state, .enter)
        #expect(state.top.as(MeetingState.self)?.kind == .midYear, "the mid-year review in Oppfølging")
        SampleState.press(&state, .escape)
        #expect(wheel(state) != nil, "Esc leaves meeting mode back to the wheel")
        SampleState.press(&state, .home)
        while wheel(state)?.selected(state.core)?.id != "followup-fu-plan" { SampleState.press(&state, .down) }
        SampleState.press(&state, .enter)
        #expect(state.isOnBottomScreen)
        let row = try #require(SampleCalendar.earlierConversation(for: SampleState.agreement).followUps[0].goalRowID)
        guard case .row(_, let selected) = state.selection else { Issue.record("no row selected: \(state.selection)"); return }
        #expect(selected.id == row)
        SampleState.press(&state, .character("h"))
        while wheel(state)?.selected(state.core)?.id != "phase-assessment" { SampleState.press(&state, .down) }
        SampleState.press(&state, .enter)
        #expect(state.phaseDialog != nil)
        var early = CalendarTestState.make(phase: .agreement, schedule: CalendarTestState.dates)
        SampleState.press(&early, .character("h"))
        while wheel(early)?.selected(early.core)?.id != "meeting-midYear" { SampleState.press(&early, .down) }
        SampleState.press(&early, .enter)
        #expect(wheel(early) != nil)
        #expect(early.statusText == "Midtveissamtale holdes i Oppfølging; avtalen er i Inngåelse")
    }

    @Test func anUnreadableWheelIsSaidAndAWheelOfAnotherMunicipalityNamed() {
        var state = CalendarTestState.make(wheels: SampleCalendar.wheels, earlier: false)
        state.core.companions.wheelProblems = ["/lager/wheels/x.json:3:7: forventet «,» eller «}»"]
        SampleState.press(&state, .character("h"))
        let screen = SampleState.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Ingen årshjul i lageret gjelder Trondheim kommune (lageret har: Bø,"), "\(screen)")
        #expect(screen.contains("Sula)."))
        #expect(screen.contains("Kan ikke lese et årshjul: /lager/wheels/x.json:3:7"))
    }
}

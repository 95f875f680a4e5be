import AgreementKit
import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Keys in, state out for the start of the year in the app: a new agreement from the picker,
/// next year's agreement from the phase dialog, last year's log of a carried row, and a measure
/// marked as carried out.
@Suite("Starting the year in the app")
struct YearStartUpdateTests {
    @Test func theLastRowOfThePickerMakesANewAgreementWithTheFilterAsItsUnit() throws {
        var state = SampleState.picker()
        SampleState.type(&state, "Åsveien skole")
        #expect(state.picker?.visibleEntries.isEmpty == true)
        #expect(state.picker?.isOnNewAgreementRow == true, "with nothing matching, the cursor is on «+ Ny avtale…»")
        SampleState.press(&state, .enter)
        let form = try #require(state.form)
        #expect(form.kind == .newAgreement(unit: "Åsveien skole", municipality: ""))
        #expect(form.text(.unit) == "Åsveien skole")
        #expect(Int(form.text(.year)) != nil, "this year is proposed")
        // The year must be a year.
        SampleState.press(&state, .tab, .control("u"))
        SampleState.type(&state, "tjue")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.form != nil)
        #expect(state.statusText?.contains("tjue") == true)
        SampleState.press(&state, .control("u"))
        SampleState.type(&state, "2011")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Trondheim kommune")
        let effects = SampleState.press(&state, .enter)
        let header = AgreementHeader(municipality: "Trondheim kommune", unit: "Åsveien skole", serviceArea: "", year: 2011)
        #expect(effects == [.createAgreement(header, template: nil)])
    }

    @Test func aNewAgreementIsListedOpenedAndItsTemplateNamed() {
        var state = SampleState.picker()
        let effects = state.update(.created("asveien-skole-2011", note: "med malen trondheim-2011"))
        #expect(effects == [.list(selecting: "asveien-skole-2011"), .open("asveien-skole-2011")])
        var agreement = SampleState.agreement
        agreement.id = "asveien-skole-2011"
        _ = state.update(.opened(Opened(agreement: agreement, stamp: nil, lock: .held)))
        #expect(state.browse != nil)
        #expect(state.statusText == "med malen trondheim-2011")
    }

    @Test func aRefusalIsShownAndTheFormStays() {
        var state = SampleState.picker()
        SampleState.type(&state, "Hoeggen")
        SampleState.press(&state, .down, .enter)
        #expect(state.form != nil)
        _ = state.update(.yearStartFailed("avtalen «hoeggen-skole-2011» finnes allerede"))
        #expect(state.form != nil)
        #expect(state.statusText == "avtalen «hoeggen-skole-2011» finnes allerede")
    }

    @Test func aRefusalOfTheNewAgreementFormIsReadableAt80x24() throws {
        var state = SampleState.picker(80, 24)
        SampleState.type(&state, "Hoeggen")
        SampleState.press(&state, .down, .enter)
        _ = state.update(.yearStartFailed("avtalen «hoeggen-skole-2011» finnes allerede"))
        let lines = SampleState.render(state).lines
        #expect(lines[22].contains("avtalen «hoeggen-skole-2011» finnes allerede"), "the form leaves the status line free: \(lines[22])")
        #expect(lines.dropLast(2).contains { $0.contains("Enter Lagre") }, "the form's own keys stay in its box")
    }

    @Test func nextYearIsOfferedFromThePhaseDialogAtYearEndOnly() {
        var early = SampleState.main(phase: .followUp)
        SampleState.press(&early, .character("p"))
        #expect(SampleState.press(&early, .character("N")) == [])
        #expect(early.core.status?.kind == .warning)
        var late = SampleState.main(phase: .assessment)
        SampleState.press(&late, .character("p"))
        #expect(SampleState.press(&late, .character("N")) == [.prepareNextYear(late.agreement ?? SampleState.agreement)])
    }

    @Test func theReviewKeepsOrDropsCarriedAreasAndMakesThePlan() throws {
        var state = SampleState.main(phase: .closed)
        let plan = Rollover(from: SampleState.agreement, year: 2012, template: nil)
        _ = state.update(.nextYearReady(plan))
        #expect(state.keyContext == .nextYear)
        let review = try #require(state.top.as(NextYearState.self))
        #expect(review.cursor == 0)
        SampleState.press(&state, .character(" "))
        #expect(state.core.status?.kind == .warning, "a common goal area is not the leader's to drop")
        let own = try #require(plan.areas.firstIndex { $0.section == .own })
        for _ in 0..<own { SampleState.press(&state, .down) }
        SampleState.press(&state, .character(" "))
        var expected = plan
        expected.drop(plan.areas[own].id)
        #expect(state.top.as(NextYearState.self)?.plan == expected)
        #expect(SampleState.press(&state, .enter) == [.createNextYear(expected)])
        SampleState.press(&state, .escape)
        #expect(state.isOnBottomScreen, "Esc leaves the review; nothing is made")
        #expect(state.agreement == { var a = SampleState.agreement; a.phase = .closed; return a }())
    }

    @Test func lastYearsLogOfACarriedRowIsReadOnlyAndClosesWithEsc() throws {
        var state = SampleState.main()
        #expect(SampleState.press(&state, .character("L")) == [])
        #expect(state.core.status?.kind == .warning, "a row not carried over has no log from last year")
        var agreement = SampleState.agreement
        let link = ItemLink(agreement: "hoeggen-skole-2010", item: ItemID("r1"))
        for a in agreement.goalAreas.indices {
            for r in agreement.goalAreas[a].rows.indices { agreement.goalAreas[a].rows[r].carriedFrom = link }
        }
        var carried = AppState(agreement: agreement, size: Size(width: 80, height: 24), today: SampleState.today)
        #expect(SampleState.press(&carried, .character("L")) == [.loadPreviousLog(link)])
        let log = PreviousLog(agreementID: "hoeggen-skole-2010", year: 2010, row: "1a",
                              entries: [.init(date: LocalDate(year: 2010, month: 5, day: 3)!, text: "Startet leseprosjektet", measure: nil)])
        _ = carried.update(.previousLog(log))
        #expect(carried.keyContext == .previousLog)
        let before = carried.agreement
        SampleState.press(&carried, .down, .character("x"), .character("d"))
        #expect(carried.agreement == before, "nothing in last year's log view changes the agreement")
        SampleState.press(&carried, .escape)
        #expect(carried.isOnBottomScreen)
    }

    @Test func xMarksTheMeasureAsCarriedOutAndUndoTakesItBack() throws {
        var state = SampleState.main()
        SampleState.press(&state, .tab)
        #expect(state.focus == .measures)
        SampleState.press(&state, .character("x"))
        let done = state.agreement?.allRows.flatMap(\.measures).filter { $0.done != nil } ?? []
        #expect(done.count == 1)
        #expect(done.first?.done == SampleState.today)
        SampleState.press(&state, .character("u"))
        #expect(state.agreement?.allRows.flatMap(\.measures).allSatisfy { $0.done == nil } == true)
    }
}

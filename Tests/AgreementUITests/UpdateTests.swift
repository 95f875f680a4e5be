import AgreementKit
@testable import AgreementUI
import Testing

@Suite("Update: keys in, exact state out")
struct UpdateTests {
    @Test func opensOnTheFirstGoalAreaOfSection21() {
        let state = SampleState.main()
        #expect(state.mode == .main)
        #expect(state.focus == .goals)
        guard case .goalArea(let area) = state.selection else { Issue.record("not on a goal area"); return }
        #expect(area.title == "Frivillighet")
        #expect(area.section == .common)
    }

    @Test func movingDownSelectsTheRowAndTheOtherPanesFollow() {
        var state = SampleState.main()
        SampleState.press(&state, .down)
        guard case .row(let area, let row) = state.selection else { Issue.record("not on a row"); return }
        #expect(area.title == "Frivillighet")
        #expect(row.measures.first?.text == state.measureItems[1].text)
        SampleState.press(&state, .character("j"))
        guard case .goalArea(let next) = state.selection else { Issue.record("not on a goal area"); return }
        #expect(next.title == "Redusert sykefravær")
        #expect(state.measureItems.contains { $0.text.contains("Oppfølging medarb.und. 2010") })
        SampleState.press(&state, .character("k"), .up)
        guard case .goalArea(let back) = state.selection else { Issue.record("not back"); return }
        #expect(back.title == "Frivillighet")
    }

    @Test func headingsAreSkippedAndEndsAreReached() {
        var state = SampleState.main()
        SampleState.press(&state, .up, .up)
        #expect(state.selection == .about)
        SampleState.press(&state, .up)
        #expect(state.selection == .about, "the heading above is not selectable")
        SampleState.press(&state, .end)
        #expect(state.selection == .personalGoals)
        SampleState.press(&state, .home)
        #expect(state.selection == .about)
        SampleState.press(&state, .pageDown)
        #expect(state.goalsCursor > 10)
        #expect(state.goalsScroll > 0, "the pane scrolls to keep the cursor visible")
    }

    @Test func tabCyclesThePanesAndEscReturnsToGoals() {
        var state = SampleState.main()
        SampleState.press(&state, .tab)
        #expect(state.focus == .measures)
        SampleState.press(&state, .tab)
        #expect(state.focus == .log)
        SampleState.press(&state, .tab)
        #expect(state.focus == .goals)
        SampleState.press(&state, .backTab)
        #expect(state.focus == .log)
        SampleState.press(&state, .escape)
        #expect(state.focus == .goals)
    }

    @Test func measuresCursorSkipsHeadingsAndResetsWhenTheRowChanges() {
        var state = SampleState.main()
        #expect(state.measuresCursor == 1, "the first measure, below the heading")
        SampleState.press(&state, .tab, .down, .down)
        #expect(state.measuresCursor == 3)
        SampleState.press(&state, .end)
        let last = state.measureItems.count - 1
        #expect(state.measuresCursor == last)
        SampleState.press(&state, .backTab, .down)
        #expect(state.measuresCursor == 1)
        #expect(state.measuresScroll == 0)
    }

    @Test func enterOpensEveryFieldAndEscCloses() {
        var state = SampleState.main()
        SampleState.press(&state, .enter)
        #expect(state.overlay == .detail(offset: 0, field: 0))
        #expect(state.keyContext == .detail)
        SampleState.press(&state, .down)
        #expect(state.overlay == .detail(offset: 0, field: 1), "the cursor moves to the next field")
        SampleState.press(&state, .escape)
        #expect(state.overlay == nil)
    }

    @Test func helpOpensAndClosesWithQuestionMarkOrEsc() {
        var state = SampleState.main()
        SampleState.press(&state, .character("?"))
        #expect(state.overlay == .help(offset: 0))
        SampleState.press(&state, .down)
        #expect(state.overlay == .help(offset: 1))
        SampleState.press(&state, .character("?"))
        #expect(state.overlay == nil)
        SampleState.press(&state, .character("?"), .escape)
        #expect(state.overlay == nil)
    }

    @Test func qQuits() {
        var state = SampleState.main()
        #expect(SampleState.press(&state, .character("q")) == [.quit])
    }

    @Test func eExportsInTheFormatAndScopeChosen() {
        var state = SampleState.main()
        SampleState.press(&state, .character("e"))
        guard case .dialog(let formats) = state.modal else { Issue.record("no format question"); return }
        #expect(formats.options.map(\.key) == ["m", "h", "c", "j"])
        SampleState.press(&state, .character("h"), .character("o"))
        guard case .edit(let form) = state.modal else { Issue.record("no file name asked"); return }
        #expect(form.fields[0].editor.text == "hoeggen-skole-2011-offentlig.html")
        #expect(SampleState.press(&state, .enter) == [.export(SampleState.agreement, format: "html", isPublic: true, path: "hoeggen-skole-2011-offentlig.html")])
        SampleState.press(&state, .character("e"), .character("c"))
        guard case .edit(let csv) = state.modal else { Issue.record("CSV needs no scope question"); return }
        #expect(csv.fields[0].editor.text == "hoeggen-skole-2011-offentlig.csv")
        SampleState.press(&state, .escape, .character("e"), .character("j"), .character("f"))
        guard case .edit(let full) = state.modal else { Issue.record("no file name for the full copy"); return }
        #expect(full.title.contains("med punkt 4"))
        #expect(full.fields[0].editor.text == "hoeggen-skole-2011.json")
    }

    @Test func resizeRelaysOutAndKeepsTheCursorVisible() {
        var state = SampleState.main(120, 40)
        SampleState.press(&state, .end)
        _ = state.update(.resized(Size(width: 80, height: 24)))
        #expect(state.size == Size(width: 80, height: 24))
        let visible = MainLayout.inner(MainLayout(state.size).goals).height
        #expect(state.goalsCursor >= state.goalsScroll && state.goalsCursor < state.goalsScroll + visible)
    }
}

@Suite("The picker: type to filter, as in fzf")
struct PickerTests {
    @Test func everyPrintableKeyGoesIntoTheFilter() {
        var state = SampleState.picker()
        SampleState.press(&state, .character("j"), .character("k"), .character("q"))
        #expect(state.filter == "jkq")
        #expect(state.visibleEntries.isEmpty)
        SampleState.press(&state, .backspace, .backspace, .backspace, .character("å"), .character("s"))
        #expect(state.visibleEntries.map(\.id) == ["asen-barnehage-2012"])
    }

    @Test func arrowsAndCtrlNPMoveEnterLoads() {
        var state = SampleState.picker()
        SampleState.press(&state, .down, .control("n"))
        #expect(state.pickerCursor == 2)
        SampleState.press(&state, .down)
        #expect(state.pickerCursor == 2)
        SampleState.press(&state, .control("p"))
        #expect(SampleState.press(&state, .enter) == [.load("eide-barneskole-2013")])
    }

    @Test func escClearsTheFilterThenQuits() {
        var state = SampleState.picker()
        SampleState.press(&state, .character("e"))
        #expect(SampleState.press(&state, .escape) == [])
        #expect(state.filter == "")
        #expect(SampleState.press(&state, .escape) == [.quit])
    }

    @Test func aLoadedAgreementOpensTheMainScreenAndAFailureIsShown() {
        var state = SampleState.picker()
        _ = state.update(.loadFailed("x.json:3:4: feil"))
        #expect(state.status == StatusMessage("x.json:3:4: feil", kind: .error))
        _ = state.update(.agreementLoaded(SampleState.agreement))
        #expect(state.mode == .main)
        #expect(state.status == nil)
    }
}

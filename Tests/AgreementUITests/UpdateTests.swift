import AgreementKit
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

@Suite("Update: keys in, exact state out")
struct UpdateTests {
    @Test func opensOnTheFirstGoalAreaOfSection21() {
        let state = SampleState.main()
        #expect(state.stack.count == 1 && state.browse != nil)
        #expect(state.focus == .goals)
        guard case .goalArea(let area) = state.selection else { Issue.record("not on a goal area"); return }
        #expect(area.title == "Frivillighet")
        #expect(area.section == .common)
    }

    @Test func movingDownSelectsTheRowAndTheOtherPanesFollow() throws {
        var state = SampleState.main()
        SampleState.press(&state, .down)
        guard case .row(let area, let row) = state.selection else { Issue.record("not on a row"); return }
        #expect(area.title == "Frivillighet")
        let browse = try #require(state.browse)
        #expect(row.measures.first?.text == browse.measures.entries[1].text)
        SampleState.press(&state, .character("j"))
        guard case .goalArea(let next) = state.selection else { Issue.record("not on a goal area"); return }
        #expect(next.title == "Redusert sykefravær")
        #expect(state.browse?.measures.entries.contains { $0.text.contains("Oppfølging medarb.und. 2010") } == true)
        SampleState.press(&state, .character("k"), .up)
        guard case .goalArea(let back) = state.selection else { Issue.record("not back"); return }
        #expect(back.title == "Frivillighet")
    }

    @Test func headingsAreSkippedAndEndsAreReached() throws {
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
        let browse = try #require(state.browse)
        #expect((browse.tree.position(of: browse.node) ?? 0) > 10)
        #expect(browse.goalsScroll > 0, "the pane scrolls to keep the cursor visible")
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

    @Test func measuresCursorSkipsHeadingsAndResetsWhenTheRowChanges() throws {
        var state = SampleState.main()
        #expect(state.browse?.measuresCursor == 1, "the first measure, below the heading")
        SampleState.press(&state, .tab, .down, .down)
        #expect(state.browse?.measuresCursor == 3)
        SampleState.press(&state, .end)
        let last = try #require(state.browse).measures.count - 1
        #expect(state.browse?.measuresCursor == last)
        SampleState.press(&state, .backTab, .down)
        #expect(state.browse?.measuresCursor == 1)
        #expect(state.browse?.measuresScroll == 0)
    }

    @Test func enterOpensEveryFieldAndEscCloses() {
        var state = SampleState.main()
        SampleState.press(&state, .enter)
        #expect(state.detail?.field == 0)
        #expect(state.keyContext == .detail)
        SampleState.press(&state, .down)
        #expect(state.detail?.field == 1, "the cursor moves to the next field")
        SampleState.press(&state, .escape)
        #expect(state.isOnBottomScreen)
    }

    @Test func helpOpensAndClosesWithQuestionMarkOrEsc() {
        var state = SampleState.main()
        SampleState.press(&state, .character("?"))
        #expect(state.help?.offset == 0)
        #expect(state.help?.context == .browse, "the keys of the screen help was asked on come first")
        SampleState.press(&state, .down)
        #expect(state.help?.offset == 1)
        SampleState.press(&state, .character("?"))
        #expect(state.isOnBottomScreen)
        SampleState.press(&state, .character("?"), .escape)
        #expect(state.isOnBottomScreen)
    }

    @Test func qQuits() {
        var state = SampleState.main()
        #expect(SampleState.press(&state, .character("q")) == [.quit])
    }

    @Test func eExportsInTheFormatAndScopeChosen() throws {
        var state = SampleState.main()
        SampleState.press(&state, .character("e"))
        #expect(state.dialog?.options.map(\.key) == ["m", "h", "c", "j"])
        SampleState.press(&state, .character("h"), .character("o"))
        #expect(state.form?.text(.path) == "hoeggen-skole-2011-offentlig.html")
        #expect(SampleState.press(&state, .enter) == [.export(SampleState.agreement, format: .html, isPublic: true, path: "hoeggen-skole-2011-offentlig.html", overwrite: false)])
        SampleState.press(&state, .character("e"), .character("c"))
        #expect(state.form?.text(.path) == "hoeggen-skole-2011-offentlig.csv", "CSV needs no scope question")
        SampleState.press(&state, .escape, .character("e"), .character("j"), .character("f"))
        let full = try #require(state.form)
        #expect(full.title.contains("med punkt 4"))
        #expect(full.text(.path) == "hoeggen-skole-2011.json")
    }

    @Test func resizeRelaysOutAndKeepsTheCursorVisible() throws {
        var state = SampleState.main(120, 40)
        SampleState.press(&state, .end)
        _ = state.update(.resized(Size(width: 80, height: 24)))
        #expect(state.core.size == Size(width: 80, height: 24))
        let visible = MainLayout.inner(MainLayout(state.core.size).goals).height
        let browse = try #require(state.browse)
        let cursor = try #require(browse.tree.position(of: browse.node))
        #expect(cursor >= browse.goalsScroll && cursor < browse.goalsScroll + visible)
    }
}

@Suite("The picker: type to filter, as in fzf")
struct PickerTests {
    @Test func everyPrintableKeyGoesIntoTheFilter() {
        var state = SampleState.picker()
        SampleState.press(&state, .character("j"), .character("k"), .character("q"))
        #expect(state.picker?.filter == "jkq")
        #expect(state.picker?.visibleEntries.isEmpty == true)
        SampleState.press(&state, .backspace, .backspace, .backspace, .character("å"), .character("s"))
        #expect(state.picker?.visibleEntries.map(\.id) == ["asen-barnehage-2012"])
        SampleState.press(&state, .backspace, .backspace)
        SampleState.type(&state, "avsl")
        #expect(state.picker?.visibleEntries.map(\.id) == ["asen-barnehage-2012"], "the phase's name filters too")
    }

    @Test func backspaceWidensToExactlyWhatTheShorterFilterShows() {
        // Random typing, pasting, Backspace and Ctrl-U: after every key the entries shown are those
        // the filter shows when typed afresh (narrowed as it grows, widened from the trail on Backspace).
        var random = SplitMix64(seed: 7)
        let keys: [Key] = [.character("s"), .character("e"), .character("a"), .character(" "), .character("2"), .character("å"),
                           .paste("ol"), .backspace, .backspace, .backspace, .control("u")]
        var state = SampleState.picker()
        for _ in 0..<300 {
            SampleState.press(&state, keys[Int(random.next() % UInt64(keys.count))])
            let filter = state.picker?.filter ?? ""
            var fresh = SampleState.picker()
            SampleState.press(&fresh, .paste(filter))
            #expect(state.picker?.visible == fresh.picker?.visible, "after typing to «\(filter)»")
            #expect(state.picker?.cursor == 0)
        }
    }

    @Test func arrowsAndCtrlNPMoveEnterOpens() {
        var state = SampleState.picker()
        SampleState.press(&state, .down, .control("n"))
        #expect(state.picker?.cursor == 2)
        SampleState.press(&state, .down)
        #expect(state.picker?.cursor == 3, "below the agreements is the row «+ Ny avtale…»")
        #expect(state.picker?.isOnNewAgreementRow == true)
        SampleState.press(&state, .down)
        #expect(state.picker?.cursor == 3)
        SampleState.press(&state, .control("p"), .control("p"))
        #expect(SampleState.press(&state, .enter) == [.open("eide-barneskole-2013")])
    }

    @Test func escClearsTheFilterThenQuits() {
        var state = SampleState.picker()
        SampleState.press(&state, .character("e"))
        #expect(SampleState.press(&state, .escape) == [])
        #expect(state.picker?.filter == "")
        #expect(SampleState.press(&state, .escape) == [.quit])
    }

    @Test func anOpenedAgreementGoesOverThePickerAndAFailureIsShown() {
        var state = SampleState.picker()
        _ = state.update(.openFailed("x.json:3:4: feil"))
        #expect(state.core.status == Status("x.json:3:4: feil", kind: .error))
        _ = state.update(.opened(Opened(agreement: SampleState.agreement, stamp: nil, lock: .held)))
        #expect(state.stack.count == 2 && state.browse != nil)
        #expect(state.core.status == nil)
    }
}

import AgreementKit
@testable import AgreementUI
import TestSupport
import Testing

/// The goal matrix through `update`: from the overview's shown rows, moving by unit and goal
/// area, Enter opening that unit's goal area, Esc in the agreement coming back to the cell.
@Suite("Goal matrix: keys in, state out")
struct MatrixUpdateTests {
    @Test func tabShowsTheOverviewsRowsAndTheirCommonGoals() throws {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(2), .tab)
        let matrix = try #require(state.matrix)
        #expect(matrix.matrix.rows.count == 5, "only the rows the overview shows")
        #expect(matrix.matrix.areas.map(\.title) == ["Frivillighet", "Redusert sykefravær", "Miljø"])
        #expect(matrix.matrix.serviceAreas == ["Helse og velferd", "Kultur og næring", "Oppvekst og utdanning"])
        #expect(matrix.selectedRow?.unit == "Hjemmetjenesten Vestbyen", "the cursor starts on the first unit, not a heading")
        SampleState.press(&state, .escape)
        #expect(state.overview != nil)
    }

    @Test func arrowsMoveOverUnitsAndAreasAndStopAtTheEnds() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .tab, .up, .left)
        #expect(state.matrix?.selectedRow?.id == "granli-helse-og-velferdssenter-2011" && state.matrix?.column == 0)
        SampleState.press(&state, .down, .character("l"), .right, .right, .right)
        #expect(state.matrix?.selectedRow?.id == "granli-helse-og-velferdssenter-2010" && state.matrix?.column == 2)
        SampleState.press(&state, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(state.matrix?.selectedRow?.id == "hoeggen-skole-2011", "a unit without a service area comes last")
        #expect(state.matrix?.selectedCell?.attainment == nil && state.matrix?.selectedCell?.progress != nil)
    }

    @Test func enterOpensTheUnitsGoalAreaAndEscReturnsToTheSameCell() throws {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .tab, .down, .right)
        let cell = state.matrix?.selectedCell
        #expect(state.matrix?.selectedRow?.id == "granli-helse-og-velferdssenter-2010" && cell?.title == "Redusert sykefravær")
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.open("granli-helse-og-velferdssenter-2010")])
        _ = state.update(OverviewFixtures.opened("granli-helse-og-velferdssenter-2010"))
        #expect(state.browse != nil && state.stack.count == 4)
        let area = try #require(cell.flatMap { state.agreement?.goalArea($0.id) })
        #expect(state.selection == .goalArea(area), "the goal area chosen in the matrix is selected")
        #expect(SampleState.press(&state, .escape) == [.releaseLock("granli-helse-og-velferdssenter-2010"), .loadOverview(on: OverviewFixtures.asOf)])
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        #expect(state.matrix?.selectedRow?.id == "granli-helse-og-velferdssenter-2010" && state.matrix?.selectedCell?.id == cell?.id)
    }

    @Test func aUnitWithoutTheAreaSaysSo() {
        var state = OverviewFixtures.overview()
        SampleState.type(&state, "oppvekst")
        SampleState.press(&state, .tab)
        #expect(state.matrix?.selectedRow?.unit == "Eide barneskole", "«Oppvekst» comes before «Oppvekst og utdanning»")
        #expect(state.matrix?.matrix.areas.first?.title == "Redusert sykefravær", "areas in the order they are first met")
        SampleState.press(&state, .right)
        #expect(state.matrix?.selectedArea?.title == "Frivillighet" && state.matrix?.selectedCell == nil)
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.statusText == "Enheten har ikke dette målområdet.")
    }
}

/// The grid's lines are laid out once per unit and first column shown, then copied in: moving the
/// cursor, scrolling the columns sideways and changing the terminal's width draw what laying every
/// line out afresh draws.
@Suite("Goal matrix: lines kept across frames")
struct MatrixLayoutTests {
    private func expectSameAsFresh(_ state: AppState, _ what: String) throws {
        let kept = Renderer.render(state, size: state.core.size)
        var fresh = state
        let matrix = try #require(state.matrix)
        fresh.stack[fresh.stack.count - 1] = Mode(matrix.forgettingLayouts())
        #expect(kept == Renderer.render(fresh, size: state.core.size), "\(what): the kept lines differ from lines laid out afresh")
    }

    @Test func keptLinesDrawWhatFreshOnesDrawWhenTheColumnsScroll() throws {
        // Every unit given six more goal areas than the samples share, so that not all fit.
        var data = OverviewFixtures.data()
        for r in data.rows.indices {
            guard let first = data.rows[r].commonGoals.first else { continue }
            for n in 1...6 {
                var extra = first
                extra.title = "Mål nr. \(n)"
                data.rows[r].commonGoals.append(extra)
            }
        }
        var state = OverviewFixtures.overview(64, 18)
        _ = state.update(.overviewLoaded(data))
        SampleState.press(&state, .tab)
        let matrix = try #require(state.matrix)
        #expect(matrix.matrix.areas.count > MatrixView.columnsShown(matrix, width: 64), "\(matrix.matrix.areas.count) areas, \(MatrixView.columnsShown(matrix, width: 64)) shown")
        try expectSameAsFresh(state, "first frame")
        SampleState.press(&state, .down, .right)
        try expectSameAsFresh(state, "the cursor moved")
        let shown = MatrixView.columnsShown(matrix, width: 64)
        for _ in 0..<shown { SampleState.press(&state, .right) }
        #expect(state.matrix?.firstColumn == 2, "the cursor past the last column shown scrolled the columns")
        try expectSameAsFresh(state, "the columns scrolled")
        for _ in 0..<(shown + 2) { SampleState.press(&state, .left) }
        #expect(state.matrix?.firstColumn == 0)
        try expectSameAsFresh(state, "scrolled back")
        _ = state.update(.resized(Size(width: 120, height: 40)))
        try expectSameAsFresh(state, "a wider terminal")
    }
}

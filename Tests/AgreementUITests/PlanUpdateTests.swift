import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Update tests for the action plan: linking rows from a filtered list, and the plan view.
@Suite("The action plan in the interface")
struct PlanUpdateTests {
    static let plans = (try? SampleCatalog.plans()) ?? []

    /// The Hoeggen sample on its first 2.2 row, with the detail open on the plan-link field.
    func onPlanLinksField(phase: Phase = .followUp) throws -> AppState {
        var state = SampleState.main(100, 30, phase: phase, seed: 9)
        for _ in 0..<20 {
            if case .row(let area, _) = state.selection, area.section == .serviceArea { break }
            SampleState.press(&state, .down)
        }
        guard case .row(let area, _) = state.selection, area.section == .serviceArea else {
            Issue.record("not on a 2.2 row: \(state.selection)")
            return state
        }
        SampleState.press(&state, .enter)
        while let detail = state.detail, detail.fieldRef.map({ if case .planLinks = $0 { false } else { true } }) ?? true {
            SampleState.press(&state, .down)
            if detail == state.detail { break }
        }
        return state
    }

    /// Enter on the field asks for the plans; the store's answer opens the chooser.
    func openChooser(_ state: inout AppState) throws -> PlanLinksState {
        guard case .planLinks(let row)? = state.detail?.fieldRef else { throw ChooserMissing() }
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.loadPlans(.links(row: row))])
        _ = state.update(.plansLoaded(PlansLoaded(request: .links(row: row), plans: Self.plans)))
        return try #require(state.top.as(PlanLinksState.self))
    }

    struct ChooserMissing: Error {}

    @Test func codesAreChosenFromAFilteredListAndSavedInInngaelse() throws {
        var state = try onPlanLinksField(phase: .agreement)
        let chooser = try openChooser(&state)
        #expect(chooser.entries.count == 36, "6 initiatives and 30 period goals")
        #expect(chooser.highlighted?.link.code == "1.a")
        SampleState.type(&state, "s.3")
        #expect(state.top.as(PlanLinksState.self)?.highlighted?.link == PlanLink(plan: "kuo-2018-2021", code: "S.3"))
        SampleState.press(&state, .tab)
        for _ in 0..<3 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "kunnskapsløft")
        #expect(state.top.as(PlanLinksState.self)?.highlighted?.link.code == "2.a", "found by the initiative's words")
        SampleState.press(&state, .tab)
        #expect(state.top.as(PlanLinksState.self)?.marked.map(\.code) == ["S.3", "2.a"])
        let effects = SampleState.press(&state, .enter)
        #expect(effects.count == 1)
        guard case .row(_, let row) = state.selection else { return }
        #expect(state.agreement?.row(row.id)?.planLinks.map(\.description) == ["kuo-2018-2021/S.3", "kuo-2018-2021/2.a"])
        #expect(state.detail != nil, "back on the detail")
        #expect(state.detail.map { $0.content(state.core).fields.first { $0.ref == .planLinks(row.id) }?.text } == "S.3, 2.a (kuo-2018-2021)")
    }

    @Test func anUnknownCodeIsRefusedWithTheNearestCodes() throws {
        var state = try onPlanLinksField(phase: .agreement)
        _ = try openChooser(&state)
        SampleState.type(&state, "S.13")
        SampleState.press(&state, .enter)
        #expect(state.top.as(PlanLinksState.self) != nil)
        #expect(state.statusText == "Ukjent kode «S.13» i handlingsplanen – mente du S.1, S.3, S.10?")
        SampleState.press(&state, .escape)
        #expect(state.top.as(PlanLinksState.self)?.filter == "", "Esc clears the filter first")
        SampleState.press(&state, .escape)
        #expect(state.detail != nil)
        #expect(state.agreement?.allRows.allSatisfy(\.planLinks.isEmpty) == true)
    }

    @Test func afterInngaelseLinkingIsAnAmendmentWithAReason() throws {
        var state = try onPlanLinksField()
        _ = try openChooser(&state)
        SampleState.type(&state, "S.1")
        SampleState.press(&state, .enter)
        let form = try #require(state.form)
        let row = try #require(state.screen(DetailState.self)?.subject.rowID)
        #expect(form.kind == .planLinks(row: row, links: [PlanLink(plan: "kuo-2018-2021", code: "S.1")]))
        SampleState.type(&state, "Kobler målet til handlingsplanen")
        SampleState.press(&state, .enter)
        #expect(state.detail != nil, "back on the detail")
        let amendment = try #require(state.agreement?.amendments.last)
        #expect(amendment.field.hasSuffix("– Handlingsplan") && amendment.oldValue == "" && amendment.newValue == "kuo-2018-2021/S.1")
    }

    @Test func withoutPlansTheStatusLineSaysHowToGetOne() throws {
        var state = try onPlanLinksField()
        guard case .planLinks(let row)? = state.detail?.fieldRef else { return }
        SampleState.press(&state, .enter)
        _ = state.update(.plansLoaded(PlansLoaded(request: .links(row: row), plans: [])))
        #expect(state.detail != nil)
        #expect(state.statusText?.hasPrefix("Ingen handlingsplan i lageret") == true)
    }

    @Test func thePlanViewMarksWhatNobodyServesAndJumpsThere() throws {
        var state = SampleState.main(100, 30)
        let effects = SampleState.press(&state, .character("H"))
        #expect(effects == [.loadPlans(.view)])
        let use = PlanUse(rowID: "r1", area: "2.2 1. Lesing", targetNumber: "1.1", excerpt: "", links: [PlanLink(plan: "kuo-2018-2021", code: "S.1")])
        _ = state.update(.plansLoaded(PlansLoaded(request: .view, plans: Self.plans,
                                                  participants: [PlanCoverage.Participant(id: "a-2019", unit: "Åsen skole", year: 2019, uses: [use])])))
        let plan = try #require(state.top.as(PlanState.self))
        let lines = plan.lines(state.core)
        #expect(lines[1].text == "29 av 30 periodemål har ingen enhet · 5 satsinger uten noe mål")
        let s1 = try #require(lines.firstIndex { $0.kind == .periodGoal(code: "S.1", unserved: false) })
        #expect(lines[s1 + 1].text == "Åsen skole 2019 · 2.2 1. Lesing, mål 1.1")
        SampleState.press(&state, .character("n"))
        #expect(lines[state.top.as(PlanState.self)?.cursor ?? 0].kind == .periodGoal(code: "S.2", unserved: true))
        SampleState.press(&state, .character("N"))
        #expect(lines[state.top.as(PlanState.self)?.cursor ?? 0].kind == .periodGoal(code: "P.6", unserved: true), "N wraps to the last")
        SampleState.press(&state, .escape)
        #expect(state.top.as(BrowseState.self) != nil)
    }

    /// The plan's lines are kept while the cursor moves, and worded again when the language changes.
    @Test func thePlanViewKeepsItsLinesAndRewordsThemInAnotherLanguage() throws {
        var state = SampleState.main(100, 30)
        SampleState.press(&state, .character("H"))
        _ = state.update(.plansLoaded(PlansLoaded(request: .view, plans: Self.plans)))
        SampleState.press(&state, .down, .down)
        #expect(SampleState.render(state).text.contains("30 av 30 periodemål har ingen enhet"))
        SampleState.press(&state, .control("l"))
        #expect(SampleState.render(state).text.contains("30 av 30 periodemål har inga eining"))
        SampleState.press(&state, .control("l"))
        #expect(SampleState.render(state).text.contains("30 of 30 period goals have no unit"))
        let plan = try #require(state.top.as(PlanState.self))
        #expect(plan.lines(state.core) == plan.forgettingLayouts().lines(state.core))
    }
}

extension DetailSubject {
    /// The row of a row's detail.
    var rowID: ItemID? {
        if case .node(.row(_, let row)) = self { return row }
        return nil
    }
}

import AgreementKit
import AgreementStore
@testable import AgreementUI
import TestSupport
import Testing

/// The scorecard, an indicator, its value form, the plan view and the link chooser as text and roles.
@Suite("Indicator and plan screens as text and roles, at 80×24 and 120×40")
struct IndicatorSnapshotTests {
    /// The Hoeggen sample with three quarters of sick leave, national averages and a second
    /// indicator, on the sick-leave row.
    static func measured(_ width: Int, _ height: Int, glyphs: Glyphs = .unicode) -> AppState {
        var agreement = SampleState.agreement
        let id: ItemID = "h3vd8mta"
        for (quarter, value) in [("2011-Q1", 6.1), ("2011-Q2", 5.6), ("2011-Q3", 5.0)] {
            agreement.setIndicatorValue(id, .result, IndicatorValue(period: Period(id: quarter)!, value: value, source: "Personalsystemet"))
        }
        agreement.setIndicatorValue(id, .baseline, IndicatorValue(period: Period(id: "2010")!, value: 5.2, source: "Sykefraværsanalysen 2010"))
        agreement.setIndicatorValue(id, .national, IndicatorValue(period: Period(id: "2011-Q3")!, value: 6.3, source: "SSB"))
        agreement.setIndicatorValue(id, .municipality, IndicatorValue(period: Period(id: "2011-Q3")!, value: 8.4, source: "Trondheim kommune"))
        let reading = Indicator(id: "lesing5t", name: "Elever under kritisk grense i lesing, 2. trinn", unit: .percent, better: .lower, perspective: .user,
                                baseline: IndicatorValue(period: Period(id: "2010")!, value: 14),
                                targets: [IndicatorValue(period: Period(id: "2011")!, value: 9)],
                                results: [IndicatorValue(period: Period(id: "2011-T1")!, value: 12), IndicatorValue(period: Period(id: "2011-T2")!, value: 13)])
        agreement.addIndicator(reading, to: agreement.goalAreas[3].rows[0].id)
        var state = AppState(agreement: agreement, size: Size(width: width, height: height), today: SampleState.today, seed: 5)
        state.core.session.glyphs = glyphs
        SampleState.press(&state, .down, .down, .down)
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func scorecard(width: Int, height: Int) {
        var state = Self.measured(width, height)
        SampleState.press(&state, .character("i"))
        Snapshot.assert(SampleState.render(state), named: "scorecard-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func indicator(width: Int, height: Int) {
        var state = Self.measured(width, height)
        SampleState.press(&state, .character("i"), .enter, .down, .down)
        Snapshot.assert(SampleState.render(state), named: "indicator-\(width)x\(height)")
    }

    @Test func indicatorInASCII() {
        var state = Self.measured(80, 24, glyphs: .ascii)
        SampleState.press(&state, .character("i"), .enter)
        let screen = SampleState.render(state)
        #expect(!screen.text.contains("█") && !screen.text.contains("┄") && !screen.text.contains("✓"))
        Snapshot.assert(screen, named: "indicator-ascii-80x24")
    }

    @Test func valueForm() {
        var state = Self.measured(80, 24)
        SampleState.press(&state, .character("v"))
        SampleState.type(&state, "4,8")
        Snapshot.assert(SampleState.render(state), named: "indicator-value-form-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func mainScreenOnAMeasuredRow(width: Int, height: Int) {
        Snapshot.assert(SampleState.render(Self.measured(width, height)), named: "main-measured-row-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func planView(width: Int, height: Int) throws {
        var state = SampleState.main(width, height)
        SampleState.press(&state, .character("H"))
        let uses = [PlanUse(rowID: "r1", area: "2.2 1a/1b. Økt læringsutbytte for elevene i grunnleggende ferdigheter og realfag", targetNumber: "1.1",
                            excerpt: "", links: [PlanLink(plan: "kuo-2018-2021", code: "S.1"), PlanLink(plan: "kuo-2018-2021", code: "1.b")])]
        _ = state.update(.plansLoaded(PlansLoaded(request: .view, plans: try SampleCatalog.plans(),
                                                  participants: [PlanCoverage.Participant(id: "hoeggen-skole-2019", unit: "Hoeggen skole", year: 2019, uses: uses)])))
        Snapshot.assert(SampleState.render(state), named: "plan-\(width)x\(height)")
    }

    @Test func planLinkChooser() throws {
        var state = SampleState.main(80, 24, phase: .agreement)
        let row = SampleState.agreement.goalAreas[3].rows[0].id
        _ = state.update(.plansLoaded(PlansLoaded(request: .links(row: row), plans: try SampleCatalog.plans())))
        SampleState.type(&state, "trygg")
        SampleState.press(&state, .tab)
        Snapshot.assert(SampleState.render(state), named: "plan-links-80x24")
    }
}

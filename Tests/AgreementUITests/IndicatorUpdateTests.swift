import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Update tests for measured indicators: keys in, the exact state out.
@Suite("Measured indicators in the interface")
struct IndicatorUpdateTests {
    /// The sick-leave indicator of the Hoeggen sample (target 5,2 % for 2011).
    static let sickLeave: ItemID = "h3vd8mta"
    static let sickLeaveRow: ItemID = "6dp43sfd"

    /// The sample on the sick-leave row.
    func onSickLeaveRow(phase: Phase = .followUp) -> AppState {
        var state = SampleState.main(100, 30, phase: phase, seed: 7)
        SampleState.press(&state, .down, .down, .down)
        return state
    }

    func indicator(_ state: AppState) -> Indicator? { state.agreement?.indicator(Self.sickLeave) }

    /// `v`, a value, Enter.
    func enter(_ value: String, _ state: inout AppState) {
        SampleState.press(&state, .character("v"))
        SampleState.type(&state, value)
        SampleState.press(&state, .enter)
    }

    @Test func threeQuarterlyValuesMoveTheSeriesAndFlipTheStatusWhenTheTargetIsMet() throws {
        var state = onSickLeaveRow()
        #expect(state.selection == .row(SampleState.agreement.goalAreas[1], SampleState.agreement.goalAreas[1].rows[0]))
        SampleState.press(&state, .character("v"))
        let form = try #require(state.form)
        #expect(form.kind == .indicatorValue(indicator: Self.sickLeave, kind: .result, period: nil))
        #expect(form.text(.period) == "2011-Q1", "the quarter of today in the agreement's year")
        #expect(form.fields.map(\.id) == [.period, .value, .source] && form.fields[form.focused].id == .value)
        #expect(form.fields.map(\.colour) == [.orange, .orange, .orange])
        SampleState.type(&state, "6,1")
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.save(try #require(state.agreement), expecting: nil)])
        #expect(state.form == nil)
        #expect(indicator(state)?.results == [IndicatorValue(period: Period(id: "2011-Q1")!, value: 6.1)])
        #expect(indicator(state)?.status == .notMet)
        #expect(state.statusText == "Sykefravær: resultat 1. kvartal 2011 = 6,1 % · lagrer …")
        SampleState.press(&state, .character("v"))
        #expect(state.form?.text(.period) == "2011-Q2", "the period after the last result")
        SampleState.type(&state, "5.6")
        SampleState.press(&state, .enter)
        #expect(indicator(state)?.trend == Trend(direction: .down, improving: true))
        #expect(indicator(state)?.status == .notMet)
        enter("5,2", &state)
        #expect(indicator(state)?.results.map(\.period.id) == ["2011-Q1", "2011-Q2", "2011-Q3"])
        #expect(indicator(state)?.status == .met)
        let detail = try #require(state.browse).detailSubject
        let line = DetailContent.of(detail, in: try #require(state.agreement), words: state.core.words).fields.first { $0.label == "Målte indikatorer" }?.text
        #expect(line == "Sykefravær █▄▁ ▼ · 5,2 % (3. kvartal 2011) · mål ≤ 5,2 % · ✓ mål nådd")
        SampleState.press(&state, .character("u"))
        #expect(indicator(state)?.status == .notMet, "undo takes the last value back")
    }

    @Test func wrongNumbersAndPeriodsGetAClearMessageAndTheFormStays() throws {
        var state = onSickLeaveRow()
        SampleState.press(&state, .character("v"))
        SampleState.type(&state, "14,5x")
        #expect(hint(state, .value) == "«14,5x» er ikke et tall (skriv f.eks. 14,5 eller 14.5)")
        SampleState.press(&state, .enter)
        #expect(state.form != nil && state.statusText == "«14,5x» er ikke et tall (skriv f.eks. 14,5 eller 14.5)")
        #expect(state.core.status?.kind == .error)
        for _ in 0..<5 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "120")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "120 % går ikke: en prosent er mellom 0 og 100")
        for _ in 0..<3 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "1,234.5")
        SampleState.press(&state, .enter)
        #expect(state.statusText?.hasPrefix("«1,234.5» har mer enn ett skilletegn") == true)
        for _ in 0..<7 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "14.5")
        SampleState.press(&state, .backTab)
        for _ in 0..<7 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "2011-Q5")
        #expect(hint(state, .period)?.hasPrefix("«2011-Q5» er ikke en periode") == true)
        SampleState.press(&state, .enter)
        #expect(state.form.map { $0.fields[$0.focused].id } == .period)
        for _ in 0..<2 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "Q2")
        #expect(hint(state, .period) == "Leses som: 2. kvartal 2011")
        SampleState.press(&state, .enter)
        #expect(state.form == nil)
        #expect(indicator(state)?.results == [IndicatorValue(period: Period(id: "2011-Q2")!, value: 14.5)])
    }

    @Test func aValueCannotBeEnteredBeforeOppfolgingAndATargetAfterInngaelseIsAnAmendment() throws {
        var state = onSickLeaveRow(phase: .agreement)
        SampleState.press(&state, .character("v"))
        #expect(state.form == nil && state.statusText == "Fylles ut i Oppfølging")
        state = onSickLeaveRow()
        SampleState.press(&state, .character("i"), .enter, .character("t"))
        let form = try #require(state.form)
        #expect(form.kind == .indicatorValue(indicator: Self.sickLeave, kind: .target, period: nil))
        #expect(form.fields.map(\.id) == [.period, .value, .source, .reason])
        #expect(form.text(.period) == "2011")
        SampleState.type(&state, "5")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "Skriv en begrunnelse for endringen av avtalen")
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .reason, "the cursor goes to the reason")
        SampleState.type(&state, "Nytt mål etter AMG-møtet")
        SampleState.press(&state, .enter)
        #expect(indicator(state)?.targets.map(\.value) == [5])
        let amendment = try #require(state.agreement?.amendments.last)
        #expect(amendment.field == "Indikator «Sykefravær»: mål 2011")
        #expect(amendment.oldValue == "5,2 %" && amendment.newValue == "5 %" && amendment.reason == "Nytt mål etter AMG-møtet")
    }

    @Test func aRowsFreeTextIndicatorBecomesAMeasuredOne() throws {
        // 2.1 3. Miljø's row, with a free-text indicator as many agreements have one.
        var agreement = SampleState.agreement
        agreement.phase = .agreement
        let miljø = try #require(agreement.goalAreas.firstIndex { $0.title == "Miljø" })
        agreement.goalAreas[miljø].rows[0].indicator = "Redusere strømutgifter"
        var state = AppState(agreement: agreement, size: Size(width: 100, height: 30), today: SampleState.today, seed: 3)
        let target = agreement.goalAreas[miljø].rows[0].id
        for _ in 0..<40 {
            if case .row(_, let r) = state.selection, r.id == target { break }
            SampleState.press(&state, .down)
        }
        guard case .row(_, let row) = state.selection else { Issue.record("not on a row"); return }
        #expect(row.indicator == "Redusere strømutgifter")
        SampleState.press(&state, .character("I"))
        let form = try #require(state.form)
        #expect(form.kind == .indicator(row: row.id, editing: nil))
        #expect(form.text(.name) == "Redusere strømutgifter" && form.text(.targetPeriod) == "2011")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "Ukjent enhet «» (skriv %, antall, poeng, dager eller kr)")
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .unit)
        SampleState.type(&state, "kr")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "sideveis")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "«sideveis»: skriv lavere eller høyere")
        for _ in 0..<8 { SampleState.press(&state, .backspace) }
        SampleState.type(&state, "lavere")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "økonomi")
        SampleState.press(&state, .tab, .tab, .tab)
        SampleState.type(&state, "48 000")
        SampleState.press(&state, .enter)
        #expect(state.form == nil)
        let created = try #require(state.agreement?.row(row.id)?.indicators.first)
        #expect(created.name == "Redusere strømutgifter" && created.unit == .kroner && created.better == .lower && created.perspective == .economy)
        #expect(created.targets == [IndicatorValue(period: Period(id: "2011")!, value: 48_000)])
        #expect(state.agreement?.row(row.id)?.indicator == "Redusere strømutgifter", "the free text stays")
        #expect(state.agreement?.amendments.isEmpty == true, "in Inngåelse no amendment")
    }

    @Test func theScorecardGroupsByPerspectiveAndKeepsItsCursorByID() throws {
        var state = onSickLeaveRow()
        SampleState.press(&state, .character("i"))
        let scorecard = try #require(state.top.as(ScorecardState.self))
        #expect(scorecard.lines == [.perspective(.employee), .goal(area: "2473d6q9", row: Self.sickLeaveRow), .indicator(Self.sickLeave, row: Self.sickLeaveRow)])
        #expect(scorecard.cursor == Self.sickLeave)
        SampleState.press(&state, .character("v"))
        SampleState.type(&state, "6")
        SampleState.press(&state, .enter)
        #expect(state.top.as(ScorecardState.self)?.cursor == Self.sickLeave)
        SampleState.press(&state, .enter)
        let detail = try #require(state.top.as(IndicatorState.self))
        #expect(detail.id == Self.sickLeave && detail.period == nil)
        SampleState.press(&state, .down)
        #expect(state.top.as(IndicatorState.self)?.period == Period(id: "2011-Q1"))
        SampleState.press(&state, .character("d"))
        #expect(state.dialog?.kind == .delete(.indicatorValue(indicator: Self.sickLeave, kind: .result, period: Period(id: "2011-Q1")!)))
        SampleState.press(&state, .character("j"))
        #expect(indicator(state)?.results.isEmpty == true)
        #expect(state.top.as(IndicatorState.self)?.period == Period(id: "2011"), "the cursor moves to the nearest period left")
        SampleState.press(&state, .escape, .escape)
        #expect(state.top.as(BrowseState.self) != nil)
    }

    @Test func keysOfTheNewScreensMeanOneThingEach() {
        for context in [KeyContext.scorecard, .indicator, .plan, .planLinks] {
            let keys = Keymap.bindings(in: context).flatMap(\.allKeys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
        #expect(Keymap.action(for: .character("i"), in: .browse) == .browse(.scorecard))
        #expect(Keymap.action(for: .character("H"), in: .browse) == .browse(.actionPlan))
        #expect(Keymap.action(for: .character("I"), in: .scorecard) == .scorecard(.addIndicator), "I adds an indicator in the scorecard as on the main screen")
        #expect(Keymap.action(for: .character("q"), in: .planLinks) == nil, "in the chooser every printable key filters")
    }

    /// The line under a field of the open form, by the field's name.
    private func hint(_ state: AppState, _ id: FormFieldID) -> String? {
        guard let form = state.form, let field = form.field(id) else { return nil }
        return FormView.hint(for: field, form, state.core)
    }
}

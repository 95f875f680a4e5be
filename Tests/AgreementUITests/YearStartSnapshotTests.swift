import AgreementKit
import AgreementUI
import TestSupport
import Testing

/// The start-of-year screens as text and roles: the new-agreement form, the review of next
/// year's agreement and last year's log of a carried row.
@Suite("Start-of-year screens at 80×24 and 120×40")
struct YearStartSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func newAgreementForm(width: Int, height: Int) {
        var state = SampleState.picker(width, height)
        SampleState.type(&state, "Åsveien skole")
        SampleState.press(&state, .enter)
        Snapshot.assert(SampleState.render(state), named: "new-agreement-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func nextYearReview(width: Int, height: Int) {
        var state = SampleState.main(width, height, phase: .closed)
        _ = state.update(.nextYearReady(Rollover(from: SampleState.agreement, year: 2012, template: nil)))
        SampleState.press(&state, .end)
        for _ in 0..<12 { SampleState.press(&state, .down) }
        SampleState.press(&state, .character(" "))
        Snapshot.assert(SampleState.render(state), named: "next-year-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func previousLog(width: Int, height: Int) {
        var state = SampleState.main(width, height)
        let day = { (d: Int, m: Int) in LocalDate(year: 2010, month: m, day: d) ?? SampleState.today }
        let log = PreviousLog(agreementID: "hoeggen-skole-2010", year: 2010, row: "Resultatmål 1a", entries: [
            .init(date: day(3, 5), text: "Startet leseprosjektet på 3. trinn; alle lærerne har fått opplæring i tilpasset leseopplæring.", measure: "Leseprosjekt"),
            .init(date: day(20, 11), text: "Kartleggingen viser framgang for de fleste elevene.", measure: nil),
        ])
        _ = state.update(.previousLog(log))
        Snapshot.assert(SampleState.render(state), named: "previous-log-\(width)x\(height)")
    }
}

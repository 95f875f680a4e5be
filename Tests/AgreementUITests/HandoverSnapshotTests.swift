import AgreementKit
import AgreementUI
import TestSupport
import Testing

/// The form of `P` (a new leader or contact person from a date) on a signed agreement, and
/// the record of who held the roles when in «Om avtalen», at 80×24 and 120×40.
@Suite("New leader or contact person: form and record at 80×24 and 120×40")
struct HandoverSnapshotTests {
    private func state(_ width: Int, _ height: Int) -> AppState {
        var agreement = SampleState.agreement
        agreement.header.leader = "Kari Hansen"
        agreement.header.contactPerson = "Per Berg"
        return AppState(agreement: agreement, size: Size(width: width, height: height), today: SampleState.today, party: .contactPerson)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func handOverForm(width: Int, height: Int) {
        var state = state(width, height)
        SampleState.press(&state, .character("P"), .control("u"))
        SampleState.type(&state, "Ola Nordmann")
        Snapshot.assert(SampleState.render(state), named: "hand-over-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func recordInTheAboutDetail(width: Int, height: Int) {
        var state = state(width, height)
        SampleState.press(&state, .character("P"), .control("u"))
        SampleState.type(&state, "Ola Nordmann")
        SampleState.press(&state, .tab, .tab, .control("u"))
        SampleState.type(&state, "15.8")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Kari Hansen har gått av med pensjon")
        SampleState.press(&state, .enter)
        // «Om avtalen» is the first line of the goals pane: up to it, then Enter for every field.
        SampleState.press(&state, .home, .enter)
        Snapshot.assert(SampleState.render(state), named: "hand-over-record-\(width)x\(height)")
    }
}

import AgreementKit
@testable import AgreementUI
import TestSupport
import Testing

@Suite("The derived stamp: new at every change of the agreement, no part of a core's value")
struct DerivedStampTests {
    @Test func aChangeToTheAgreementGivesANewStampAndAMoveDoesNot() {
        var state = SampleState.main()
        let opened = state.core.derived
        SampleState.press(&state, .down, .down, .up)
        #expect(state.core.derived.isSame(as: opened), "moving the cursor changes nothing the header shows")
        var changed = state.core
        changed.document?.apply({ $0.header.leader = "Kari Nordmann" }, note: "")
        #expect(!changed.derived.isSame(as: opened), "a new leader's name must reach the header")
        let unchanged = state.core
        #expect(unchanged.derived.isSame(as: opened), "a copy keeps its stamp")
    }

    @Test func companionsSetAgainWithTheSameDatesKeepTheStampAndNewDatesChangeIt() {
        var state = CalendarTestState.make()
        let opened = state.core.derived
        let companions = state.core.companions
        state.core.companions = companions
        #expect(state.core.derived.isSame(as: opened), "nothing dated changed (a conversation's step reached, say): the header is kept")
        let dated = state.core.deadlines
        state.core.companions = Companions(wheels: [], guides: companions.guides, conversations: companions.conversations)
        #expect(state.core.deadlines != dated, "without the wheel, fewer things are dated")
        #expect(!state.core.derived.isSame(as: opened), "the dated things changed, and so does the stamp")
    }

    @Test func twoCoresEqualInAllElseAreEqualWhateverTheirStamps() {
        let one = SampleState.main(), other = SampleState.main()
        #expect(!one.core.derived.isSame(as: other.core.derived))
        #expect(one.core == other.core)
    }

    @Test func theHeaderShowsANewLeaderAtOnce() {
        var state = SampleState.main()
        let before = HeaderView.line(state.core, width: 120)
        state.core.document?.apply({ $0.header.leader = "Kari Nordmann" }, note: "")
        let after = HeaderView.line(state.core, width: 120)
        #expect(before != after && after == HeaderView.freshLine(state.core, width: 120))
        #expect(after.map(\.text).joined().contains("Kari Nordmann"))
    }
}

import AgreementKit
import AgreementUI
import TestSupport
import Testing

/// The wheel view, the header's «Neste» and conversation mode as text and roles, at 80×24 and 120×40.
@Suite("The wheel and the conversation as text and roles")
struct CalendarSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func wheel(width: Int, height: Int) {
        var state = CalendarTestState.make(width, height, schedule: CalendarTestState.dates)
        SampleState.press(&state, .character("h"))
        Snapshot.assert(SampleState.render(state), named: "wheel-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func mainScreenWithTheNextDateInTheHeader(width: Int, height: Int) {
        let state = CalendarTestState.make(width, height, wheels: [], earlier: false, schedule: CalendarTestState.dates)
        Snapshot.assert(SampleState.render(state), named: "main-next-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func conversationAtAnArea(width: Int, height: Int) {
        var state = CalendarTestState.make(width, height)
        SampleState.press(&state, .character("s"), .character("n"), .character("n"), .character(" "), .down, .character(" "), .character("f"))
        SampleState.type(&state, "Plan for vurdering for læring")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Rektor")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "1.11")
        SampleState.press(&state, .enter)
        Snapshot.assert(SampleState.render(state), named: "conversation-area-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func conversationLastTimeAndAssessment(width: Int, height: Int) {
        var state = CalendarTestState.make(width, height)
        SampleState.press(&state, .character("s"))
        Snapshot.assert(SampleState.render(state), named: "conversation-last-time-\(width)x\(height)")
        for _ in 0..<8 { SampleState.press(&state, .character("n")) }
        SampleState.press(&state, .down, .enter)
        SampleState.type(&state, "2")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Flere innspill fra foreldrene enn før, men svarprosenten er lav")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "3")
        SampleState.press(&state, .enter)
        Snapshot.assert(SampleState.render(state), named: "conversation-assessment-\(width)x\(height)")
    }
}

import AgreementKit
@testable import AgreementUI
import TestSupport
import Testing

/// Stepping through a conversation by place gives what the list of steps gives.
@Suite("A conversation's next and previous step, found without the list")
struct ConversationStepOrderTests {
    @Test func everyStepMovedByAnyOffsetLandsWhereTheListSays() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"))
        let mode = try #require(state.top.as(ConversationState.self))
        let conversation = try #require(mode.conversation(state.core))
        let steps = ConversationState.steps(conversation, state.core)
        #expect(steps.count == 10, "last time, seven areas, the assessment, the minutes")
        let gone = ConversationStep.area(ItemID("not-in-the-guide"))
        for step in steps + [gone] {
            for offset in -11...11 {
                let i = steps.firstIndex(of: step) ?? 0
                let expected = steps[min(max(0, i + offset), steps.count - 1)]
                #expect(ConversationState.step(from: step, by: offset, conversation, state.core) == expected, "\(step) by \(offset)")
            }
        }
    }
}

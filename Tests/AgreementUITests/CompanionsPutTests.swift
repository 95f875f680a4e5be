import AgreementKit
@testable import AgreementUI
import Testing

/// `Companions.put`: one conversation a date, the list in date order, however it was before.
@Suite("A conversation put in replaces the one of its date and keeps the order")
struct CompanionsPutTests {
    private func conversation(_ day: Int, step: ConversationStep = .lastTime) -> Conversation {
        Conversation(agreementID: "a", date: LocalDate(year: 2011, month: 9, day: day)!, guideID: "g", step: step)
    }

    @Test func aChangedConversationKeepsItsPlace() {
        var companions = Companions(conversations: [conversation(1), conversation(5), conversation(9)])
        companions.put(conversation(5, step: .minutes))
        #expect(companions.conversations.map(\.date.day) == [1, 5, 9])
        #expect(companions.conversations[1].step == .minutes)
    }

    @Test func aNewDateGoesInItsPlace() {
        var companions = Companions(conversations: [conversation(1), conversation(9)])
        companions.put(conversation(5))
        #expect(companions.conversations.map(\.date.day) == [1, 5, 9])
    }

    @Test func aListOutOfOrderOrWithTwoOfADateIsPutRight() {
        var companions = Companions(conversations: [conversation(9), conversation(5), conversation(1), conversation(5)])
        companions.put(conversation(5, step: .minutes))
        #expect(companions.conversations.map(\.date.day) == [1, 5, 9])
        #expect(companions.conversations[1].step == .minutes)
    }
}

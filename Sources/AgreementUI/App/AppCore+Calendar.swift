import AgreementKit
import Catalogue

extension AppCore {
    /// Keeps a changed conversation and asks for it to be saved — unless it is blank and was
    /// blank before: a conversation only browsed leaves no file.
    /// `stepOnly`: nothing but the step reached changed (`.rememberConversationStep`).
    mutating func store(_ conversation: Conversation, stepOnly: Bool = false) -> [Effect] {
        let before = companions.conversation(on: conversation.date)
        companions.put(conversation)
        guard !conversation.isBlank || !(before?.isBlank ?? true) else { return [] }
        return [stepOnly ? .rememberConversationStep(conversation) : .saveConversation(conversation)]
    }

    /// Says why nothing may change and returns false, or returns true when the session may write
    /// (conversations and dates: anything but a closed agreement in a session that holds the lock).
    mutating func mayWriteCalendar() -> Bool {
        if session.isReadOnly {
            status = Status(refusal(.readOnly), kind: .warning)
            return false
        }
        if agreement?.phase == .closed {
            status = Status(refusal(.closed), kind: .warning)
            return false
        }
        return agreement != nil
    }
}

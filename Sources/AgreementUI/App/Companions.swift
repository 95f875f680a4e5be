import AgreementKit

/// What surrounds the open agreement in the store: the annual wheels and conversation guides,
/// and the agreement's leader conversations — with the files that could not be read, worded
/// (file:line:column), so the views can say so while the rest of the app works.
public struct Companions: Equatable, Sendable {
    /// Every wheel of the store that could be read; `Deadlines` uses those that apply.
    public var wheels: [AnnualWheel]
    public var guides: [ConversationGuide]
    /// The agreement's leader conversations, in date order.
    public var conversations: [Conversation]
    public var wheelProblems: [String]
    public var guideProblems: [String]
    public var conversationProblems: [String]

    public init(wheels: [AnnualWheel] = [], guides: [ConversationGuide] = [], conversations: [Conversation] = [],
                wheelProblems: [String] = [], guideProblems: [String] = [], conversationProblems: [String] = []) {
        self.wheels = wheels
        self.guides = guides
        self.conversations = conversations
        self.wheelProblems = wheelProblems
        self.guideProblems = guideProblems
        self.conversationProblems = conversationProblems
    }

    /// The conversation of a date, if there is one.
    public func conversation(on date: LocalDate) -> Conversation? {
        conversations.first { $0.date == date }
    }

    /// Puts a conversation in, replacing the one of its date; the list stays in date order.
    public mutating func put(_ conversation: Conversation) {
        conversations.removeAll { $0.date == conversation.date }
        conversations.append(conversation)
        conversations.sort { $0.date < $1.date }
    }

    /// A guide by id, if the store has it.
    public func guide(_ id: String) -> ConversationGuide? {
        guides.first { $0.id == id }
    }
}

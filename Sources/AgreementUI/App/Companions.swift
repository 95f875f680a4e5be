import AgreementKit

/// What surrounds the open agreement in the store: the annual wheels and conversation guides,
/// and the agreement's leader conversations — with the files that could not be read, worded
/// (file:line:column), so the views can say so while the rest of the app works. Wheels and
/// guides are kept as their files have them and shown in the session's language (`speak`).
public struct Companions: Equatable, Sendable {
    /// Every wheel of the store that could be read, with the texts of the language spoken where
    /// it has variants; `Deadlines` uses those that apply.
    public var wheels: [AnnualWheel] {
        get { shownWheels }
        set { originalWheels = newValue; shownWheels = newValue.map { $0.inLanguage(language) } }
    }
    /// Every guide that could be read, in the language spoken as far as it has variants.
    public var guides: [ConversationGuide] {
        get { shownGuides }
        set { originalGuides = newValue; shownGuides = newValue.map { $0.inLanguage(language) } }
    }
    /// The wheels and guides as their files have them, and as shown.
    private var originalWheels: [AnnualWheel]
    private var originalGuides: [ConversationGuide]
    private var shownWheels: [AnnualWheel]
    private var shownGuides: [ConversationGuide]
    /// The language id the wheels and guides are shown in; nil shows them as written.
    public private(set) var language: String?
    /// The agreement's leader conversations, in date order.
    public var conversations: [Conversation]
    public var wheelProblems: [String]
    public var guideProblems: [String]
    public var conversationProblems: [String]

    public init(wheels: [AnnualWheel] = [], guides: [ConversationGuide] = [], conversations: [Conversation] = [],
                wheelProblems: [String] = [], guideProblems: [String] = [], conversationProblems: [String] = [], language: String? = nil) {
        originalWheels = wheels
        originalGuides = guides
        shownWheels = wheels
        shownGuides = guides
        self.conversations = conversations
        self.wheelProblems = wheelProblems
        self.guideProblems = guideProblems
        self.conversationProblems = conversationProblems
        speak(language)
    }

    /// Shows the wheels and guides in a language: its variants where they have them, else as
    /// written (nil: as written). Setting `wheels` or `guides` takes them as written.
    public mutating func speak(_ language: String?) {
        self.language = language
        shownWheels = originalWheels.map { $0.inLanguage(language) }
        shownGuides = originalGuides.map { $0.inLanguage(language) }
    }

    /// The conversation of a date, if there is one.
    public func conversation(on date: LocalDate) -> Conversation? {
        conversations.first { $0.date == date }
    }

    /// Puts a conversation in, replacing the one of its date; the list stays in date order.
    public mutating func put(_ conversation: Conversation) {
        // Nearly every put changes a conversation already held (a step, a question ticked): in a
        // list in strict date order it keeps its place, replaced where it lies.
        if let i = conversations.firstIndex(where: { $0.date == conversation.date }),
           conversations.indices.dropFirst().allSatisfy({ conversations[$0 - 1].date < conversations[$0].date }) {
            conversations[i] = conversation
            return
        }
        conversations.removeAll { $0.date == conversation.date }
        conversations.append(conversation)
        conversations.sort { $0.date < $1.date }
    }

    /// A guide by id, if the store has it.
    public func guide(_ id: String) -> ConversationGuide? {
        guides.first { $0.id == id }
    }
}

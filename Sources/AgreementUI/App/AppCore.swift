import AgreementKit
import Catalogue

/// What every screen shares and may change: the open agreement with its undo history, the
/// session's facts, the status line and the terminal's size.
public struct AppCore: Equatable, Sendable {
    /// The open agreement; nil in the picker before one is chosen.
    public var document: Document? {
        didSet { dateDeadlines() }
    }
    public var session: Session
    public var status: Status?
    public var size: Size
    /// The store's wheels and guides and the open agreement's leader conversations; the wheels
    /// and guides always shown in the session's language (their variants, else as written).
    public var companions = Companions() {
        didSet {
            if companions.language != session.language.rawValue { companions.speak(session.language.rawValue) }
            // Only what dates things dates them anew: not the step or the notes of a conversation,
            // which change at every move through it. Other wheels, or wheels that cannot be read,
            // change the wheel view's notes.
            let wheelsChanged = companions.wheels != oldValue.wheels || companions.wheelProblems != oldValue.wheelProblems
            if wheelsChanged || !Self.dateAlike(companions.conversations, oldValue.conversations) {
                dateDeadlines(agreementChanged: wheelsChanged)
            }
        }
    }
    /// The open agreement's dated things (`deadlines`), made again only when the agreement or its
    /// companions change — not for every frame that shows «Neste» or the wheel.
    public private(set) var deadlines: Deadlines?
    /// Changes whenever the agreement, its dated things or the store's wheels change: a view that
    /// keeps a line laid out from them compares this number, not the agreement (`HeaderView`, the
    /// wheel's list). A change of the companions that dates nothing anew (the step a conversation
    /// reached) leaves it.
    public private(set) var derived = DerivedStamp()

    public init(document: Document? = nil, session: Session, status: Status? = nil, size: Size) {
        self.document = document
        self.session = session
        self.status = status
        self.size = size
        dateDeadlines()
    }

    /// Dates the things of the open agreement's year into `deadlines`: its own dates, the wheels
    /// that apply, the follow-ups of its conversations.
    private mutating func dateDeadlines(agreementChanged: Bool = true) {
        let before = deadlines
        deadlines = agreement.map { Deadlines($0, wheels: companions.wheels, conversations: companions.conversations) }
        if agreementChanged || deadlines != before { derived = DerivedStamp() }
    }

    /// Whether two lists of conversations date the same things: the follow-ups agreed, each on
    /// its conversation's date (what `Deadlines` reads of them).
    private static func dateAlike(_ a: [Conversation], _ b: [Conversation]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.agreementID == $1.agreementID && $0.date == $1.date && $0.followUps == $1.followUps }
    }

    /// Every user-visible text in the session's language.
    public var words: any Wording { session.language.words }

    /// The open agreement.
    public var agreement: Agreement? { document?.agreement }

    /// Whether an agreement is open. Asked on every frame (header, footer): a pattern match reads
    /// the optional in place, where `document != nil` copied the document for the comparison.
    public var hasDocument: Bool {
        if case .some = document { true } else { false }
    }

    /// The conflict a merge recorded on a field of the open agreement, looked up where the
    /// agreement lies (the detail asks on every key; `agreement?.conflict(on:)` copied it first).
    public func conflict(on field: FieldRef) -> FieldConflict? {
        document?.agreement.conflict(on: field)
    }

    /// Whether a field of this kind may change now, for this party, in this session.
    public func editability(_ kind: FieldKind, inMeeting: Bool = false) -> Editability {
        if session.isReadOnly { return .readOnly }
        return document?.agreement.editability(of: kind, as: session.party, inMeeting: inMeeting) ?? .closed
    }

    /// Why a change is refused, for the status line: with the lock's holder when read-only.
    public func refusal(_ editability: Editability) -> String {
        if editability == .readOnly, case .heldElsewhere(_, let described) = session.lock {
            return words.interface(.readOnlyBecause(described))
        }
        return words.refusal(editability) ?? ""
    }

    /// Sets the status line.
    public mutating func say(_ text: InterfaceText, _ kind: Status.Kind = .info) {
        status = Status(words.interface(text), kind: kind)
    }

    /// Says why a change is refused and returns false, or returns true when it is allowed.
    /// With `amending`, a blue change after Inngåelse is allowed (as an amendment).
    public mutating func allows(_ kind: FieldKind, amending: Bool = false, inMeeting: Bool = false) -> Bool {
        guard agreement != nil else { return false }
        let editability = editability(kind, inMeeting: inMeeting)
        if amending && editability == .needsAmendment { return true }
        if !editability.isAllowed { status = Status(refusal(editability), kind: .warning) }
        return editability.isAllowed
    }
}

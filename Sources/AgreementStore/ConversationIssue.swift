import AgreementKit

/// What can be wrong in a leader conversation record beyond its syntax and types.
public enum ConversationIssue: Equatable, Sendable {
    /// A follow-up's or area's id is empty or has white space.
    case invalidID(String)
    /// The same follow-up id twice; the first is at `firstAt`.
    case duplicateID(String, firstAt: String)
    /// A follow-up without a text for what is to be done.
    case followUpWithoutText
    /// The guide the record follows is not in the store (a warning: the notes are still shown).
    case unknownGuide(String)
}

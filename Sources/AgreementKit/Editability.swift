/// Whether a field may be changed now, and if not, why (the catalogue words the reason).
public enum Editability: Equatable, Sendable {
    case allowed
    /// A blue field after Inngåelse: changing it is an amendment with a reason.
    case needsAmendment
    /// The field's phase has not come yet.
    case notYet(Phase)
    /// The agreement is closed: read-only.
    case closed
    /// The field belongs to the other party; shown read-only.
    case ownedBy(Party)
    /// The whole agreement is read-only in this session (open in another one, say).
    case readOnly

    public var isAllowed: Bool { self == .allowed }

    /// Whether the field may change now, as it is or as an amendment.
    public var allowsChange: Bool {
        switch self {
        case .allowed, .needsAmendment: true
        case .notYet, .closed, .ownedBy, .readOnly: false
        }
    }
}

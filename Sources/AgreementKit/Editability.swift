/// Whether a field may be changed now, and if not, why (shown in the status line).
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
    /// The whole agreement is read-only in this session (open in another one, say); the reason.
    case readOnly(String)

    public var isAllowed: Bool { self == .allowed }

    /// The reason in the user's language; nil when allowed.
    public var reason: String? {
        switch self {
        case .allowed: nil
        case .needsAmendment: "Avtalt i Inngåelse – endring krever begrunnelse"
        case .notYet(let phase): "Fylles ut i \(phase.title)"
        case .closed: "Avtalen er avsluttet – skrivebeskyttet"
        case .ownedBy(let party): "Feltet skrives av \(party.title.lowercased()) – bare lesing for deg"
        case .readOnly(let reason): reason.prefix(1).uppercased() + reason.dropFirst()
        }
    }
}

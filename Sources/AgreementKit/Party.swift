/// Who is at the keyboard: the unit leader or the contact person (`--as leder|kontaktperson`).
public enum Party: String, Codable, CaseIterable, Sendable {
    case leader
    case contactPerson
    /// The director or chief executive signing for the municipality.
    case director

    /// The Norwegian name of the role.
    public var title: String {
        switch self {
        case .leader: "Enhetsleder"
        case .contactPerson: "Kontaktperson"
        case .director: "Kommunaldirektør"
        }
    }

    /// The value of `--as`: leder, kontaktperson, direktor.
    public var argument: String {
        switch self {
        case .leader: "leder"
        case .contactPerson: "kontaktperson"
        case .director: "direktor"
        }
    }
}

/// Who is at the keyboard: the unit leader or the contact person (`--as leder|kontaktperson`).
public enum Party: String, Codable, CaseIterable, Sendable {
    case leader
    case contactPerson
    /// The director or chief executive signing for the municipality.
    case director

}

/// The form's colour code: blue fields at the agreement, orange all year, green at assessment.
public enum PhaseColour: String, Codable, CaseIterable, Sendable {
    case blue
    case orange
    case green

    /// The phase in which fields of this colour are filled in.
    public var phase: Phase {
        switch self {
        case .blue: .agreement
        case .orange: .followUp
        case .green: .assessment
        }
    }

    /// A letter that carries the colour's meaning without colour: B(lå), O(ransje), G(rønn).
    public var letter: Character {
        switch self {
        case .blue: "B"
        case .orange: "O"
        case .green: "G"
        }
    }
}

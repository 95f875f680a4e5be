/// The three-point scale of the result assessment.
public enum Rating: String, Codable, CaseIterable, Sendable {
    case beyondAgreement
    case asAgreed
    case belowAgreement

    /// A short non-colour mark for lists: ▲ beyond, ● as agreed, ▼ below.
    public var glyph: Character {
        switch self {
        case .beyondAgreement: "▲"
        case .asAgreed: "●"
        case .belowAgreement: "▼"
        }
    }
}

/// The three-point scale of the result assessment.
public enum Rating: String, Codable, CaseIterable, Sendable {
    case beyondAgreement
    case asAgreed
    case belowAgreement

    /// The wording of the form.
    public var title: String {
        switch self {
        case .beyondAgreement: "Ut over avtalen"
        case .asAgreed: "I tråd med avtalen"
        case .belowAgreement: "Mindre enn avtalen"
        }
    }

    /// A short non-colour mark for lists: ▲ beyond, ● as agreed, ▼ below.
    public var glyph: Character {
        switch self {
        case .beyondAgreement: "▲"
        case .asAgreed: "●"
        case .belowAgreement: "▼"
        }
    }
}

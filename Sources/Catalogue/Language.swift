/// The languages lederavtale speaks. Bokmål is the default; nynorsk and English come as translations.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nb

    /// The catalogue of every user-visible text in this language.
    public var words: any Wording {
        switch self {
        case .nb: Bokmal()
        }
    }
}

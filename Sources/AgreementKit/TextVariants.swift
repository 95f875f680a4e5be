/// The texts of a template, wheel or guide in other languages: per language id (`nb`, `nn`,
/// `en`), the text of a place in the file, named `title` for the file's own title and
/// `<item id>.<field>` for an item's (`ztr29j7d.title`, `z77gru4f.purpose`). A place without a
/// variant keeps its original text; the user's own text is never among them.
public struct TextVariants: Equatable, Sendable, Codable {
    /// Language id → place → text.
    public var texts: [String: [String: String]]

    public init(_ texts: [String: [String: String]] = [:]) {
        self.texts = texts
    }

    public init(from decoder: Decoder) throws {
        texts = try decoder.singleValueContainer().decode([String: [String: String]].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(texts)
    }

    /// True when no language has a variant.
    public var isEmpty: Bool { texts.values.allSatisfy(\.isEmpty) }

    /// The languages that have variants, sorted.
    public var languages: [String] { texts.keys.filter { !(texts[$0]?.isEmpty ?? true) }.sorted() }

    /// The variant of a place in a language, or nil when there is none (or it is blank).
    public func variant(_ place: String, in language: String) -> String? {
        guard let text = texts[language]?[place], !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// The text to show at a place: the language's variant, else the original.
    public func text(_ original: String, at place: String, in language: String?) -> String {
        guard let language else { return original }
        return variant(place, in: language) ?? original
    }

    /// The place of an item's field: `<id>.<field>`.
    public static func place(_ id: ItemID, _ field: String) -> String { "\(id.rawValue).\(field)" }

    /// The language ids the interface knows; a variant in any other is never shown.
    public static let languages: Set<String> = ["nb", "nn", "en"]

    /// What is wrong with the variants against a file's places, as (path from the variants,
    /// language, place): a language the interface does not know (place nil), or a place the
    /// file does not have.
    public func faults(known: Set<String>) -> [(path: [PathComponent], language: String, place: String?)] {
        let unknownLanguages = texts.keys.sorted().filter { !Self.languages.contains($0) }
        return unknownLanguages.map { (["variants", .key($0)], $0, nil) }
            + unknownPlaces(known: known).filter { Self.languages.contains($0.language) }.map { (["variants", .key($0.language), .key($0.place)], $0.language, $0.place) }
    }

    /// The variants' places in every language that `known` does not list, as (language, place),
    /// sorted — a variant nothing shows (a mistyped id, an item since removed).
    public func unknownPlaces(known: Set<String>) -> [(language: String, place: String)] {
        texts.keys.sorted().flatMap { language in
            (texts[language] ?? [:]).keys.sorted().filter { !known.contains($0) }.map { (language, $0) }
        }
    }
}

/// A municipality's yearly calendar of the management dialogue (årshjul): quarter themes and recurring events.
public struct AnnualWheel: Identifiable, Equatable, Sendable, Codable {
    /// A readable ASCII slug, unique among the wheels, e.g. `bo-skule`; also the file's name.
    public var id: String
    public var title: String
    /// The municipalities the wheel applies to, as written; empty means every municipality.
    public var municipalities: [String]
    /// What each quarter is about; a theme spans its quarter and is not a deadline.
    public var themes: [QuarterTheme]
    public var events: [WheelEvent]
    /// The title, themes and event titles in other languages (see `inLanguage`).
    public var variants: TextVariants

    public init(id: String, title: String, municipalities: [String] = [], themes: [QuarterTheme] = [], events: [WheelEvent] = [],
                variants: TextVariants = TextVariants()) {
        self.id = id
        self.title = title
        self.municipalities = municipalities
        self.themes = themes
        self.events = events
        self.variants = variants
    }

    /// True if the wheel applies to `municipality`: it names none, or names this one, compared
    /// without regard to case and to a trailing "kommune" (`Bø` applies to «Bø kommune»).
    public func applies(to municipality: String) -> Bool {
        municipalities.isEmpty || municipalities.contains { Self.plainName($0) == Self.plainName(municipality) }
    }

    /// A municipality's name without case, surrounding space or the word for municipality after it.
    static func plainName(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: \.isWhitespace)
        // The word is data here, not a word for people: the name as municipalities write it.
        if words.count > 1, words.last == "kommune" { words.removeLast() }
        return words.joined(separator: " ")
    }
}

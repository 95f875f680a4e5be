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
        guard !municipalities.isEmpty else { return true }
        let wanted = Self.plainName(municipality)
        return municipalities.contains { Self.plainName($0) == wanted }
    }

    /// A municipality's name without case, surrounding space or the word for municipality after it.
    /// The wheel's screens ask on every frame, so a name of Latin letters (every scalar below
    /// U+0300, each its own character but CR LF, whose two halves are both white space) is split
    /// by its scalars; any other name by its characters (`plainNameByCharacters`; the same words,
    /// `WheelMunicipalityTests`).
    static func plainName(_ name: String) -> String {
        let lower = TextCase.lowercased(name)
        var words: [Substring] = []
        var start: String.Index?
        let scalars = lower.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard value < 0x300 else { return plainNameByCharacters(name) }
            // The white space below U+0300: tab to carriage return, space, next line, no-break space.
            if (0x09...0x0D).contains(value) || value == 0x20 || value == 0x85 || value == 0xA0 {
                if let first = start { words.append(lower[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            scalars.formIndex(after: &index)
        }
        if let first = start { words.append(lower[first...]) }
        return joined(words)
    }

    /// `plainName` character by character, for any text.
    static func plainNameByCharacters(_ name: String) -> String {
        joined(name.lowercased().split(whereSeparator: \.isWhitespace))
    }

    private static func joined(_ split: [Substring]) -> String {
        var words = split
        // The word is data here, not a word for people: the name as municipalities write it.
        if words.count > 1, words.last == "kommune" { words.removeLast() }
        return words.joined(separator: " ")
    }
}

/// The field separator of a CSV export: `;` by default (what Excel expects in Norway).
public struct CSVSeparator: Equatable, Sendable, CustomStringConvertible {
    public let character: Character

    public static let semicolon = CSVSeparator(checked: ";")
    public static let comma = CSVSeparator(checked: ",")
    public static let tab = CSVSeparator(checked: "\t")

    private init(checked character: Character) { self.character = character }

    /// Parses `--separator`: one character such as `;` or `,`, or a tab written as a real tab,
    /// `\t` or `tab`. Quotes, line breaks, letters and digits cannot separate fields.
    public init?(argument: String) {
        let character: Character
        switch argument {
        case "\\t", "tab", "TAB", "\t": character = "\t"
        default:
            guard argument.count == 1, let only = argument.first else { return nil }
            character = only
        }
        guard character != "\"", !character.isNewline, !character.isLetter, !character.isNumber,
              character.unicodeScalars.count == 1 else { return nil }
        self.character = character
    }

    /// The separator as the CSV library wants it.
    var scalar: Unicode.Scalar { character.unicodeScalars.first ?? ";" }

    public var description: String { character == "\t" ? "\\t" : String(character) }
}

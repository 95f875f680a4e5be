/// How a role is drawn: colours as 256-colour indices (nil = terminal default) and attributes.
public struct Style: Equatable, Sendable, Codable {
    public var foreground: Int?
    public var background: Int?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Int? = nil, background: Int? = nil, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// The same style without any colour (for NO_COLOR): attributes stay.
    public var withoutColour: Style {
        Style(foreground: nil, background: nil, bold: bold, underline: underline, reverse: reverse)
    }
}

import Foundation

/// A colour theme: every role mapped to a style. Themes are data files in `themes/`.
public struct Theme: Equatable, Sendable {
    public var name: String
    /// Colours the theme needs from the terminal (0, 8 or 256).
    public var colours: Int
    /// The theme to use instead on a terminal with fewer colours, if any.
    public var fallback: String?
    public var styles: [Role: Style]

    public init(name: String, colours: Int, fallback: String? = nil, styles: [Role: Style]) {
        self.name = name
        self.colours = colours
        self.fallback = fallback
        self.styles = styles
    }

    /// The style of a role; every role has one in a validated theme.
    public func style(_ role: Role) -> Style { styles[role] ?? .plain }

    /// The same theme with colour removed (NO_COLOR): attributes carry the distinctions.
    public var withoutColour: Theme {
        Theme(name: name, colours: 0, fallback: nil, styles: styles.mapValues(\.withoutColour))
    }
}

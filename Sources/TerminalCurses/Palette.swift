import AgreementUI
import CNcursesw

/// The curses rendition of every role: a colour pair (0 when colour is off) and attributes.
struct Palette {
    struct Rendition {
        var pair: Int16
        var attributes: attr_t
    }

    /// Every role's rendition, by `Role.ordinal`.
    private(set) var renditions: [Rendition] = []
    /// Colours in use: 0 when drawing with attributes only.
    private(set) var colourCount = 0

    func rendition(_ role: Role) -> Rendition {
        let index = role.ordinal
        return index < renditions.count ? renditions[index] : Rendition(pair: 0, attributes: cn_a_normal())
    }

    /// Sets up colour (or not) on the current screen and returns the palette for `theme`.
    /// With colour wanted and available: start_color, use_default_colors, one pair per role;
    /// a terminal with fewer colours than the theme needs gets the theme's fallback if it has one.
    static func make(theme requested: Theme, colour: Bool) -> Palette {
        var palette = Palette()
        var theme = requested.withoutColour
        if colour, has_colors(), start_color() == OK, cn_colors() >= 8,
           Int(cn_color_pairs()) > Role.allCases.count {
            theme = fitted(requested, colours: Int(cn_colors()))
        }
        let colourful = theme.colours > 0
        let defaultsWork = colourful && use_default_colors() == OK
        if colourful { palette.colourCount = min(theme.colours, Int(cn_colors())) }
        for (index, role) in Role.allCases.enumerated() {
            let style = theme.style(role)
            var pair: Int16 = 0
            if colourful {
                pair = Int16(index + 1)
                _ = init_pair(pair, colourIndex(style.foreground, defaultsWork: defaultsWork, otherwise: COLOR_WHITE),
                              colourIndex(style.background, defaultsWork: defaultsWork, otherwise: COLOR_BLACK))
            }
            var attributes = cn_a_normal()
            if style.bold { attributes |= cn_a_bold() }
            if style.underline { attributes |= cn_a_underline() }
            if style.reverse { attributes |= cn_a_reverse() }
            palette.renditions.append(Rendition(pair: pair, attributes: attributes))
        }
        return palette
    }

    /// The theme, or its fallback chain, until one needs no more colours than the terminal has.
    private static func fitted(_ theme: Theme, colours: Int) -> Theme {
        var current = theme
        var steps = 0
        while current.colours > colours, let name = current.fallback, steps < 4,
              let next = try? ThemeLoader.bundled(name) {
            current = next
            steps += 1
        }
        return current
    }

    /// A theme colour as a curses colour number: -1 (terminal default) for none or one the terminal lacks.
    private static func colourIndex(_ index: Int?, defaultsWork: Bool, otherwise: Int32) -> Int16 {
        guard let index, index < Int(cn_colors()) else { return defaultsWork ? -1 : Int16(otherwise) }
        return Int16(index)
    }
}

import AgreementUI
import CNcursesw

/// The rendition of every role on this terminal, as the escape sequences that switch to it
/// (terminfo's `sgr0`, `bold`, `smul`, `rev`, `setaf`, `setab`): colours when wanted and
/// available, attributes only otherwise.
struct Palette {
    /// Per `Role.ordinal`: the bytes that switch to the role's rendition from any other.
    private(set) var renditions: [[UInt8]] = []
    /// Attributes (and colours) off.
    private(set) var reset: [UInt8] = []
    /// Colours in use: 0 when drawing with attributes only.
    private(set) var colourCount = 0

    /// Sets up colour (or not) on the current screen and returns the palette for `theme`.
    /// With colour wanted and available: start_color and use_default_colors (a role without a
    /// colour keeps the terminal's own); a terminal with fewer colours than the theme needs gets
    /// the theme's fallback if it has one.
    static func make(theme requested: Theme, colour: Bool) -> Palette {
        var palette = Palette()
        var theme = requested.withoutColour
        let foreground = Terminfo.string("setaf"), background = Terminfo.string("setab")
        if colour, has_colors(), foreground != nil, background != nil, start_color() == OK, cn_colors() >= 8 {
            theme = fitted(requested, colours: Int(cn_colors()))
        }
        let colourful = theme.colours > 0
        let defaultsWork = colourful && use_default_colors() == OK
        if colourful { palette.colourCount = min(theme.colours, Int(cn_colors())) }
        palette.reset = Terminfo.string("sgr0") ?? []
        // Where sgr0 does not reset the colours (no ANSI `ESC [ m` in it), `op` does.
        if colourful, !palette.reset.containsANSIReset, let original = Terminfo.string("op") { palette.reset += original }
        let bold = Terminfo.string("bold") ?? [], underline = Terminfo.string("smul") ?? [], reverse = Terminfo.string("rev") ?? []
        for role in Role.allCases {
            let style = theme.style(role)
            var bytes = palette.reset
            if style.bold { bytes += bold }
            if style.underline { bytes += underline }
            if style.reverse { bytes += reverse }
            if colourful, let foreground, let background {
                let fg = colourIndex(style.foreground, defaultsWork: defaultsWork, otherwise: Int(COLOR_WHITE))
                let bg = colourIndex(style.background, defaultsWork: defaultsWork, otherwise: Int(COLOR_BLACK))
                if fg >= 0 { bytes += Terminfo.format(foreground, fg) }
                if bg >= 0 { bytes += Terminfo.format(background, bg) }
            }
            palette.renditions.append(bytes)
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

    /// A theme colour as a terminal colour number: -1 (terminal default) for none or one the terminal lacks.
    private static func colourIndex(_ index: Int?, defaultsWork: Bool, otherwise: Int) -> Int {
        guard let index, index < Int(cn_colors()) else { return defaultsWork ? -1 : otherwise }
        return index
    }
}

private extension [UInt8] {
    /// Whether the bytes hold `ESC [ m` or `ESC [ 0 m` / `ESC [ 0 ;` — an ANSI reset, colours included.
    var containsANSIReset: Bool {
        guard count >= 3 else { return false }
        for i in 0..<(count - 2) where self[i] == 0x1B && self[i + 1] == 0x5B {
            if self[i + 2] == 0x6D { return true }
            if i + 3 < count, self[i + 2] == 0x30, self[i + 3] == 0x6D || self[i + 3] == 0x3B { return true }
        }
        return false
    }
}

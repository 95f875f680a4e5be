/// The binding table: the one source of the key handling, the footer hints, the `?` help
/// screen and the README's key list.
public enum Keymap {
    public static let bindings: [Binding] = [
        Binding([.up, .character("k")], "↑/k", .moveUp, "Opp", .main, footer: true),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Ned", .main, footer: true),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .main),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .main),
        Binding([.home], "Home", .moveFirst, "Til første", .main),
        Binding([.end], "End", .moveLast, "Til siste", .main),
        Binding([.tab], "Tab", .nextPane, "Neste rute", .main, footer: true),
        Binding([.backTab], "Shift-Tab", .previousPane, "Forrige rute", .main),
        Binding([.enter], "Enter", .open, "Vis alle feltene", .main, footer: true),
        Binding([.escape], "Esc", .back, "Tilbake til målruten", .main),
        Binding([.character("?")], "?", .help, "Hjelp", .main, footer: true),
        Binding([.character("q")], "q", .quit, "Avslutt", .main, footer: true),

        Binding([.up, .character("k")], "↑/k", .moveUp, "Rull opp", .detail, footer: true),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Rull ned", .detail, footer: true),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .detail, footer: true),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .detail, footer: true),
        Binding([.home], "Home", .moveFirst, "Til toppen", .detail),
        Binding([.end], "End", .moveLast, "Til bunnen", .detail),
        Binding([.escape, .enter], "Esc", .back, "Tilbake", .detail, footer: true),
        Binding([.character("?")], "?", .help, "Hjelp", .detail),
        Binding([.character("q")], "q", .quit, "Avslutt", .detail),

        Binding([.up, .control("p")], "↑/Ctrl-P", .moveUp, "Opp", .picker, footer: true),
        Binding([.down, .control("n")], "↓/Ctrl-N", .moveDown, "Ned", .picker, footer: true),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .picker),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .picker),
        Binding([.enter], "Enter", .pickerOpen, "Åpne avtalen", .picker, footer: true),
        Binding([.escape], "Esc", .pickerClear, "Tøm filteret; avslutt når det er tomt", .picker, footer: true),

        Binding([.up, .character("k")], "↑/k", .moveUp, "Rull opp", .help, footer: true),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Rull ned", .help, footer: true),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .help),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .help),
        Binding([.escape, .character("?")], "Esc/?", .closeHelp, "Lukk hjelpen", .help, footer: true),
        Binding([.character("q")], "q", .quit, "Avslutt", .help),
    ]

    /// The command a key gives in a context, if any.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.command
    }

    /// The bindings of a context, in table order.
    public static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// Typing in the picker: every printable character goes to the filter (as in fzf).
    public static let pickerTypingNote = "Alle andre taster skrives i filteret (også j, k og q)."
}

/// The binding table: the one source of the key handling, the footer hints, the `?` help
/// screen and the README's key list.
public enum Keymap {
    public static let bindings: [Binding] = [
        Binding([.up, .character("k")], "↑/k", .moveUp, "Opp", .main),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Ned", .main),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .main),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .main),
        Binding([.home], "Home", .moveFirst, "Til første", .main),
        Binding([.end], "End", .moveLast, "Til siste", .main),
        Binding([.tab], "Tab", .nextPane, "Neste rute", .main, footer: "Rute"),
        Binding([.backTab], "Shift-Tab", .previousPane, "Forrige rute", .main),
        Binding([.enter], "Enter", .open, "Vis alle feltene", .main, footer: "Åpne"),
        Binding([.escape], "Esc", .back, "Tilbake til målruten", .main),
        Binding([.character("l")], "l", .addLogEntry, "Ny loggføring med dagens dato", .main, footer: "Logg"),
        Binding([.character("a")], "a", .add, "Legg til (rad, tiltak, støtte, logg, oppgave)", .main),
        Binding([.character("A")], "A", .addGoalArea, "Nytt målområde i samme del", .main),
        Binding([.character("d")], "d", .delete, "Slett (spør først)", .main),
        Binding([.character("K")], "K", .moveItemUp, "Flytt opp", .main),
        Binding([.character("J")], "J", .moveItemDown, "Flytt ned", .main),
        Binding([.character("u")], "u", .undo, "Angre", .main, footer: "Angre"),
        Binding([.control("r")], "Ctrl-R", .redo, "Gjør om", .main),
        Binding([.character("/")], "/", .search, "Søk", .main, footer: "Søk"),
        Binding([.character("n")], "n", .nextHit, "Neste treff", .main),
        Binding([.character("N")], "N", .previousHit, "Forrige treff", .main),
        Binding([.control("s")], "Ctrl-S", .saveNow, "Lagre nå (prøv igjen etter en feil)", .main),
        Binding([.character("m")], "m", .startMeeting, "Møtemodus: midtveissamtale eller resultatvurdering", .main, footer: "Møte"),
        Binding([.character("e")], "e", .export, "Eksporter: Markdown, HTML, CSV eller JSON, offentlig eller full", .main),
        Binding([.character("p")], "p", .phaseDialog, "Fase: mangler, signering, neste fase, gjenåpning", .main, footer: "Fase"),
        Binding([.character("?")], "?", .help, "Hjelp", .main, footer: "Hjelp"),
        Binding([.character("q"), .control("c")], "q", .quit, "Avslutt", .main, footer: "Avslutt"),

        Binding([.up, .character("k")], "↑/k", .moveUp, "Forrige felt", .detail, footer: "Forrige"),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Neste felt", .detail, footer: "Neste"),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .detail),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .detail),
        Binding([.home], "Home", .moveFirst, "Første felt", .detail),
        Binding([.end], "End", .moveLast, "Siste felt", .detail),
        Binding([.enter], "Enter", .editField, "Rediger feltet", .detail, footer: "Rediger"),
        Binding([.escape], "Esc", .back, "Tilbake", .detail, footer: "Tilbake"),
        Binding([.character("a")], "a", .add, "Ny oppgave i sjekklisten / nytt utviklingsmål", .detail),
        Binding([.character("d")], "d", .delete, "Slett oppgaven eller utviklingsmålet (spør først)", .detail),
        Binding([.character("u")], "u", .undo, "Angre", .detail, footer: "Angre"),
        Binding([.control("r")], "Ctrl-R", .redo, "Gjør om", .detail),
        Binding([.character("?")], "?", .help, "Hjelp", .detail),
        Binding([.character("q"), .control("c")], "q", .quit, "Avslutt", .detail),

        Binding([.up, .control("p")], "↑/Ctrl-P", .moveUp, "Opp", .picker, footer: "Opp"),
        Binding([.down, .control("n")], "↓/Ctrl-N", .moveDown, "Ned", .picker, footer: "Ned"),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .picker),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .picker),
        Binding([.enter], "Enter", .pickerOpen, "Åpne avtalen", .picker, footer: "Åpne"),
        Binding([.escape], "Esc", .pickerClear, "Tøm filteret; avslutt når det er tomt", .picker, footer: "Tøm/avslutt"),

        Binding([.up, .character("k")], "↑/k", .moveUp, "Rull opp", .help, footer: "Opp"),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Rull ned", .help, footer: "Ned"),
        Binding([.pageUp], "PgUp", .pageUp, "En side opp", .help),
        Binding([.pageDown], "PgDn", .pageDown, "En side ned", .help),
        Binding([.escape, .character("?")], "Esc/?", .closeHelp, "Lukk hjelpen", .help, footer: "Lukk"),
        Binding([.character("q")], "q", .quit, "Avslutt", .help),

        Binding([.character("j")], "j", .nextPhase, "Gå til neste fase (manglene registreres)", .phase, footer: "Ja, neste fase"),
        Binding([.character("n"), .escape], "n/Esc", .stayInPhase, "Bli i fasen", .phase, footer: "Nei"),
        Binding([.character("s")], "s", .signOff, "Signer fasen (navn og dato)", .phase, footer: "Signer"),
        Binding([.character("r")], "r", .reopenPhase, "Gjenåpne forrige fase (med begrunnelse)", .phase, footer: "Gjenåpne"),
        Binding([.up, .character("k")], "↑/k", .moveUp, "Rull opp", .phase),
        Binding([.down], "↓", .moveDown, "Rull ned", .phase),

        Binding([.character("1")], "1", .rateBeyond, "Ut over avtalen (og videre)", .meeting, footer: "Ut over"),
        Binding([.character("2")], "2", .rateAsAgreed, "I tråd med avtalen (og videre)", .meeting, footer: "I tråd"),
        Binding([.character("3")], "3", .rateBelow, "Mindre enn avtalen (og videre)", .meeting, footer: "Mindre"),
        Binding([.character("u")], "u", .markDone, "Sjekkliste: utført (og videre)", .meeting),
        Binding([.character("i")], "i", .markNotDone, "Sjekkliste: ikke utført (og videre)", .meeting),
        Binding([.right, .character("n"), .pageDown], "→/n/PgDn", .nextStep, "Neste målområde", .meeting, footer: "Neste"),
        Binding([.left, .character("p"), .pageUp], "←/p/PgUp", .previousStep, "Forrige målområde", .meeting, footer: "Forrige"),
        Binding([.up, .character("k")], "↑/k", .moveUp, "Rull venstre side opp", .meeting),
        Binding([.down, .character("j")], "↓/j", .moveDown, "Rull venstre side ned", .meeting),
        Binding([.character("c")], "c", .comment, "Kommentar (midtveis: notat for oppfølgingen)", .meeting, footer: "Kommentar"),
        Binding([.backspace], "Backspace", .stepBack, "Angre siste verdi og gå tilbake", .meeting),
        Binding([.character("f")], "f", .improvementPlan, "Forbedringsplan for et mål under avtalen (oppsummeringen)", .meeting),
        Binding([.character("w")], "w", .writeMinutes, "Skriv referat (Markdown) til fil", .meeting, footer: "Referat"),
        Binding([.escape], "Esc", .leaveMeeting, "Forlat møtemodus (alt er lagret)", .meeting, footer: "Ut"),

        Binding([.enter], "Enter", .confirm, "Lagre", .editor, footer: "Lagre"),
        Binding([.lineFeed, .altEnter], "Ctrl-J", .insertNewline, "Ny linje (i felt med flere linjer)", .editor, footer: "Ny linje"),
        Binding([.escape], "Esc", .cancel, "Avbryt; den gamle teksten beholdes", .editor, footer: "Avbryt"),
        Binding([.tab], "Tab", .nextField, "Neste felt i skjemaet", .editor),
        Binding([.backTab], "Shift-Tab", .previousField, "Forrige felt i skjemaet", .editor),
        Binding([.control("c")], "Ctrl-C", .discard, "Forkast skrevet tekst (spør først)", .editor),

        Binding([.escape], "Esc", .cancel, "Avbryt (samme som nei)", .dialog, footer: "Avbryt"),
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

    /// Editing keys handled by the field editor itself.
    public static let editorNote = "Piltaster, Home/End, Ctrl-A/Ctrl-E linjestart/-slutt, Alt-B/Alt-F ord tilbake/fram, Ctrl-K/Ctrl-U slett til linjeslutt/-start, Ctrl-W slett ord; innliming virker."

    /// The keys of a dialog are the answers it shows.
    public static let dialogNote = "Svar med bokstaven eller sifferet dialogen viser; j = ja, n = nei."
}

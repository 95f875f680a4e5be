/// Why the interactive interface cannot start here, as one Norwegian line for standard error (exit code 2).
public struct TerminalRefusal: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    static let notATerminal = TerminalRefusal("lederavtale: trenger en terminal (standard inn og ut må være en terminal)")
    static let noTerm = TerminalRefusal("lederavtale: TERM er ikke satt, så terminaltypen er ukjent")
    static func unknownTerm(_ term: String) -> TerminalRefusal {
        TerminalRefusal("lederavtale: terminaltypen «\(term)» er ukjent (ingen terminfo-beskrivelse)")
    }
    static func cannotAddressCursor(_ term: String) -> TerminalRefusal {
        TerminalRefusal("lederavtale: terminaltypen «\(term)» kan ikke flytte markøren; bruk en fullskjermterminal")
    }
    static let startFailed = TerminalRefusal("lederavtale: kunne ikke starte terminalen (newterm feilet)")
}

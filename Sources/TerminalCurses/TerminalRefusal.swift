/// Why the interactive interface cannot start here (exit code 2); the catalogue words it.
public struct TerminalRefusal: Error, Equatable, Sendable {
    /// What is missing.
    public enum Reason: Equatable, Sendable {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// TERM is unset or empty.
        case noTerm
        /// No terminfo entry for TERM.
        case unknownTerm(String)
        /// The terminal cannot address the cursor (`TERM=dumb`).
        case cannotAddressCursor(String)
        /// newterm failed.
        case startFailed
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    static let notATerminal = TerminalRefusal(.notATerminal)
    static let noTerm = TerminalRefusal(.noTerm)
    static func unknownTerm(_ term: String) -> TerminalRefusal { TerminalRefusal(.unknownTerm(term)) }
    static func cannotAddressCursor(_ term: String) -> TerminalRefusal { TerminalRefusal(.cannotAddressCursor(term)) }
    static let startFailed = TerminalRefusal(.startFailed)
}

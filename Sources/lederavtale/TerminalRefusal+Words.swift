import Catalogue
import TerminalCurses

// The refusal printed as one line for standard error, in the run's language.
extension TerminalRefusal: CustomStringConvertible {
    public var description: String {
        let reason: TerminalRefusalReason = switch self.reason {
        case .notATerminal: .notATerminal
        case .noTerm: .noTerm
        case .unknownTerm(let term): .unknownTerm(term)
        case .cannotAddressCursor(let term): .cannotAddressCursor(term)
        case .startFailed: .startFailed
        }
        return "lederavtale: " + Say.words.terminalRefusal(reason)
    }
}

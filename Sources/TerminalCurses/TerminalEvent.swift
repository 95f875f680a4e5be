import AgreementUI

/// One thing that happened at the terminal: a key, a new size, or a quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT).
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    /// A quit signal arrived; the number is the signal's (2, 15, 1 or 3). Keep the draft, close the
    /// terminal and exit with 128 + the number.
    case signal(Int32)
}

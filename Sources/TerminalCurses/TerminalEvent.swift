import AgreementUI

/// One thing that happened at the terminal: a key, a new size, or a quit signal (SIGINT, SIGTERM, SIGHUP).
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    /// A quit signal arrived; the number is the signal's (2, 15 or 1). Close the terminal and exit.
    case signal(Int32)
}

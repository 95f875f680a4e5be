/// Which screen is showing.
public enum Mode: Equatable, Sendable {
    /// Choosing an agreement (several in the store).
    case picker
    /// The agreement's main screen with its panes.
    case main
}

/// A full-screen layer over the current screen.
public enum Overlay: Equatable, Sendable {
    /// The help screen, scrolled by `offset` lines.
    case help(offset: Int)
    /// Every field of the selection, scrolled by `offset` lines, with field `field` focused.
    case detail(offset: Int, field: Int)
    /// The phase dialog: what is missing, signatures, history; scrolled by `offset` lines.
    case phase(offset: Int)
}

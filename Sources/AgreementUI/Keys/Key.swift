/// A key press as the interface sees it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, given in lower case: `.control("r")` is Ctrl-R.
    case control(Character)
    /// Alt (Meta) plus a key, as terminals send it (Esc then the key).
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab
    /// Enter / Return (13, or KEY_ENTER).
    case enter
    /// Ctrl-J (10): a line break in multi-line fields.
    case lineFeed
    case altEnter
    case escape
    case backspace, delete, insert
    case function(Int)
    /// A bracketed paste, delivered whole.
    case paste(String)
}

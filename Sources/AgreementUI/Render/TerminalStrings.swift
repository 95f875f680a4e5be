/// What `FrameEncoder` needs to know of a terminal: the escape sequences of its terminfo entry,
/// already formatted where they take no position (one rendition per role), and how wide it
/// draws a character. The terminal layer fills it from terminfo; tests give xterm's strings.
public struct TerminalStrings: Sendable {
    /// How the cursor is moved to a cell.
    public enum CursorAddressing: Sendable {
        /// `ESC [ row ; column H`, counted from 1 (xterm, tmux, screen, the Linux console, …):
        /// formatted here without terminfo's interpreter.
        case ansi
        /// Anything else: the terminal layer formats terminfo's `cup` (row, column from 0).
        case formatted(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
    }

    public var addressing: CursorAddressing
    /// Per `Role.ordinal`: the bytes that switch to that role's rendition from any other
    /// (attributes off, then its attributes and colours).
    public var renditions: [[UInt8]]
    /// Attributes and colours off (`sgr0`, and `op` where `sgr0` leaves the colours).
    public var reset: [UInt8]
    /// Clears the screen and homes the cursor (`clear`).
    public var clear: [UInt8]
    public var showCursor: [UInt8]
    public var hideCursor: [UInt8]
    /// False when a character in the bottom-right cell would scroll the screen (automatic
    /// margins without the xterm newline glitch): that cell is then left alone.
    public var writesLastCell: Bool
    /// Columns the terminal gives a character (the C library's `wcwidth`: 0, 1, 2, or -1).
    public var width: @Sendable (UInt32) -> Int
    /// True when the terminal erases characters as ANSI's `ESC [ n X` (terminfo `ech`): blanks
    /// in a role drawn with `reset` alone are then erased as a stretch rather than written.
    public var erasesCharacters: Bool

    public init(addressing: CursorAddressing, renditions: [[UInt8]], reset: [UInt8], clear: [UInt8],
                showCursor: [UInt8], hideCursor: [UInt8], writesLastCell: Bool, erasesCharacters: Bool = false,
                width: @escaping @Sendable (UInt32) -> Int) {
        self.addressing = addressing
        self.renditions = renditions
        self.reset = reset
        self.clear = clear
        self.showCursor = showCursor
        self.hideCursor = hideCursor
        self.writesLastCell = writesLastCell
        self.erasesCharacters = erasesCharacters
        self.width = width
    }

    /// The bytes without terminfo's padding (`$<5>`, `$<2*/>`): delays for hardware terminals,
    /// which `tputs` turns into waits and a terminal would show as text.
    public static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<") {
                var end = i + 2
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"),
                      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) || [UInt8(ascii: "."), UInt8(ascii: "*"), UInt8(ascii: "/")].contains(bytes[end]) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ">"), end > i + 2 {
                    i = end + 1
                    continue
                }
            }
            result.append(bytes[i])
            i += 1
        }
        return result
    }
}

import AgreementUI
import CNcursesw

/// The terminal through ncursesw: opens it (or refuses), draws a `Screen`, reads events, restores it on close.
public final class CursesTerminal {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var painter: CellPainter
    private var cursorVisible = false
    /// The last screen drawn; cells equal to it are not painted again.
    private var previous: Screen?
    private var closed = false

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
        self.screenPointer = screen
        self.window = window
        self.palette = palette
        self.painter = CellPainter(window: window)
    }

    deinit { close() }

    /// Starts curses on standard input/output, or explains why it cannot (never exits, never hangs).
    /// Colour: none when `colour` is false or the terminal has none; the theme's fallback when
    /// the terminal has fewer colours than the theme needs. Raw mode: Ctrl-C, Ctrl-S and Ctrl-Z
    /// arrive as keys; SIGINT, SIGTERM and SIGHUP from outside arrive as `.signal`.
    public static func open(theme: Theme, colour: Bool) throws(TerminalRefusal) -> CursesTerminal {
        _ = cn_setup_locale()
        switch cn_check_terminal() {
        case Int32(CN_TERMINAL_OK): break
        case Int32(CN_TERMINAL_NOT_A_TTY): throw .notATerminal
        case Int32(CN_TERMINAL_NO_TERM): throw .noTerm
        case Int32(CN_TERMINAL_NO_CURSOR): throw .cannotAddressCursor(String(cString: cn_term_name()))
        default: throw .unknownTerm(String(cString: cn_term_name()))
        }
        // Installed before newterm, so ncurses keeps its own SIGINT/SIGTERM handlers out.
        cn_install_quit_handlers()
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()), let window = cn_stdscr() else {
            cn_uninstall_quit_handlers()
            throw .startFailed
        }
        cn_set_curses_active(1)
        cn_install_crash_handlers()
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = meta(window, true)
        _ = keypad(window, true)
        EventReader.definePasteKeys()
        _ = cn_set_escdelay(25)
        _ = curs_set(0)
        let palette = Palette.make(theme: theme, colour: colour)
        cn_bracketed_paste(1)
        return CursesTerminal(screen: screen, window: window, palette: palette)
    }

    /// The terminal's size in cells.
    public var size: Size {
        guard !closed else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Colours in use (0 when drawing with attributes only).
    public var colourCount: Int { palette.colourCount }

    /// Paints the cells of `screen` that differ from the last one drawn (`CellDiff`) and refreshes.
    public func draw(_ screen: Screen) {
        guard !closed else { return }
        let rows = Int(getmaxy(window)), columns = Int(getmaxx(window))
        let runs = CellDiff.runs(from: previous, to: screen)
        let full = previous == nil || previous?.width != screen.width || previous?.height != screen.height
        previous = screen
        for run in runs where run.y < rows {
            for x in run.x..<min(run.x + run.count, columns) {
                let cell = screen[x, run.y]
                if cell.isContinuation { continue }
                let wide = x + 1 < screen.width && screen[x + 1, run.y].isContinuation
                painter.paint(cell.text, x: x, y: run.y, wide: wide, fits: x + 1 < columns,
                              rendition: palette.rendition(cell.role))
            }
        }
        if full {
            if screen.width < columns {
                for y in 0..<min(rows, screen.height) {
                    _ = wmove(window, Int32(y), Int32(screen.width))
                    _ = wclrtoeol(window)
                }
            }
            if screen.height < rows {
                _ = wmove(window, Int32(screen.height), 0)
                _ = wclrtobot(window)
            }
        }
        placeCursor(screen.cursor, rows: rows, columns: columns)
        _ = wrefresh(window)
    }

    /// Forgets what is on the terminal, so the next `draw` paints every cell (after the
    /// terminal's contents were lost: a resume from suspension, another program's output).
    public func invalidate() {
        previous = nil
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, rows: Int, columns: Int) {
        if let cursor, (0..<columns).contains(cursor.x), (0..<rows).contains(cursor.y) {
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { _ = curs_set(1) }
            cursorVisible = true
        } else {
            if cursorVisible { _ = curs_set(0) }
            cursorVisible = false
        }
    }

    /// The next event, blocking: a key, a resize, or a quit signal; nil at end of input.
    /// Call it on the thread that opened the terminal (quit signals are forwarded to that thread).
    public func readKey() -> TerminalEvent? {
        guard !closed else { return nil }
        return EventReader(window: window).next { self.size }
    }

    /// Restores the terminal: bracketed paste off, endwin, signal handlers as before. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        cn_set_curses_active(0)
        _ = endwin()
        cn_bracketed_paste(0)
        cn_uninstall_crash_handlers()
        cn_uninstall_quit_handlers()
        delscreen(screenPointer)
    }
}

import AgreementUI
import CNcursesw

/// The terminal through ncursesw: opens it (or refuses), draws a `Screen`, reads events, restores it on close.
public final class CursesTerminal {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var encoder: FrameEncoder
    /// The keys, read from standard input directly.
    private var input: InputReader
    /// The last screen drawn; cells equal to it are not sent again.
    private var previous: Screen?
    /// The terminal's size in cells, read again at each resize (curses' own screens stay at one cell).
    private var cells: Size
    private var closed = false
    /// Ctrl-Z suspends the program as in a shell (raw mode delivers it as a key, so the terminal
    /// does it here); set it to false to receive `.control("z")` as a key and call `suspend()` yourself.
    public var suspendsOnControlZ = true

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
        self.screenPointer = screen
        self.window = window
        self.palette = palette
        self.encoder = FrameEncoder(strings: Terminfo.strings(palette: palette))
        self.input = InputReader(decoder: KeyDecoder(terminalKeys: Terminfo.keyStrings()),
                                 escapeDelay: cn_escape_delay(InputReader.defaultEscapeDelay))
        self.cells = Self.measuredSize()
    }

    /// The size the terminal reports (see `cn_terminal_size`).
    private static func measuredSize() -> Size {
        var rows: Int32 = 0, columns: Int32 = 0
        cn_terminal_size(&rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    deinit { close() }

    /// Starts curses on standard input/output, or explains why it cannot (never exits, never hangs).
    /// Colour: none when `colour` is false or the terminal has none; the theme's fallback when
    /// the terminal has fewer colours than the theme needs. Raw mode: Ctrl-C, Ctrl-S and Ctrl-Z
    /// arrive as keys; SIGINT, SIGTERM, SIGHUP and SIGQUIT from outside arrive as `.signal`;
    /// SIGTSTP from outside suspends like Ctrl-Z, and after SIGCONT every mode is restored.
    public static func open(theme: Theme, colour: Bool) throws(TerminalRefusal) -> CursesTerminal {
        _ = cn_setup_locale()
        switch cn_check_terminal() {
        case Int32(CN_TERMINAL_OK): break
        case Int32(CN_TERMINAL_NOT_A_TTY): throw .notATerminal
        case Int32(CN_TERMINAL_NO_TERM): throw .noTerm
        case Int32(CN_TERMINAL_NO_CURSOR): throw .cannotAddressCursor(String(cString: cn_term_name()))
        default: throw .unknownTerm(String(cString: cn_term_name()))
        }
        // Installed before newterm, so ncurses keeps its own SIGINT/SIGTERM/SIGTSTP/SIGWINCH handlers
        // out. Its screens stay at one cell: the frames are written by `FrameEncoder`, and three
        // screens of the terminal's size (28 bytes a cell) were 0.4 MB of memory at 120×40 and
        // 1 MB at 200×60 that nothing read.
        cn_install_quit_handlers()
        cn_install_job_control()
        cn_install_resize_handler()
        _ = cn_open_wake_pipe()
        guard let screen = cn_newterm_one_cell(), let window = cn_stdscr() else {
            cn_close_wake_pipe()
            cn_uninstall_resize_handler()
            cn_uninstall_job_control()
            cn_uninstall_quit_handlers()
            throw .startFailed
        }
        // ncurses 6.4 flushes its output at every cursor move until the screen has once been
        // left and taken back (`_endwin` stays "initial" until then): a frame became a dozen
        // write(2)s. One endwin and refresh now, before anything is drawn, make every later
        // write one (its screens kept at one cell: after endwin curses measures the terminal).
        _ = endwin()
        _ = cn_refresh_one_cell(window)
        cn_prepare_leave_sequence()
        cn_set_curses_active(1)
        cn_install_crash_handlers()
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = meta(window, true)
        // Keypad transmit (smkx): the cursor keys send what terminfo says (the reader knows both modes).
        _ = keypad(window, true)
        cn_raw_output()
        _ = curs_set(0)
        let palette = Palette.make(theme: theme, colour: colour)
        cn_bracketed_paste(1)
        // What curses still holds in its output buffer (start_color's `op`) goes out before the first frame.
        _ = cn_refresh_one_cell(window)
        return CursesTerminal(screen: screen, window: window, palette: palette)
    }

    /// The terminal's size in cells.
    public var size: Size {
        closed ? Size(width: 0, height: 0) : cells
    }

    /// A resize came: the size is read again, and the next `draw` paints every cell (the
    /// terminal may have reflowed or cleared what it showed).
    private func resized() -> Size {
        cells = Self.measuredSize()
        forget()
        return size
    }

    /// Colours in use (0 when drawing with attributes only).
    public var colourCount: Int { palette.colourCount }

    /// Brings the terminal from the last screen drawn to `screen`: the cells that differ
    /// (`CellDiff`), encoded by `FrameEncoder` and sent in one write. Curses keeps the terminal's
    /// modes, the keys and the resizes; it does not see the frames (its own screen update
    /// compared every changed row again and formatted every colour change — most of a key's
    /// time), so when it has something to redraw itself (a resize) it does that first and the
    /// whole frame follows.
    public func draw(_ screen: Screen) {
        guard !closed else { return }
        if is_wintouched(window) {
            _ = wrefresh(window)
            forget()
        }
        let rows = cells.height, columns = cells.width
        encoder.encode(from: previous, to: screen, rows: rows, columns: columns)
        previous = screen
        let written = encoder.withOutput { bytes in
            bytes.baseAddress.map { cn_write_out($0, bytes.count) == 0 } ?? true
        }
        if !written {
            // The terminal took only part of the frame: draw it whole next time.
            forget()
        }
    }

    /// True when input is waiting to be read (keys typed ahead): the caller may take them before
    /// drawing, as curses' own update gave up a frame when keys were waiting.
    public var hasInputWaiting: Bool {
        !closed && (input.hasBufferedInput || cn_input_waiting() == 1)
    }

    /// Forgets what is on the terminal, so the next `draw` clears it and paints every cell
    /// (after the terminal's contents were lost: a resume from suspension, another program's output).
    public func invalidate() {
        forget()
    }

    private func forget() {
        previous = nil
        encoder.forget()
    }

    /// Attributes off, written before curses leaves the screen: it never saw the frames, so it
    /// does not know the rendition the terminal was left in.
    private func resetRendition() {
        encoder.strings.reset.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { _ = cn_write_out(base, bytes.count) }
        }
    }

    /// The next event, blocking: a key, a resize, or a quit signal; nil at end of input.
    /// Call it on the thread that opened the terminal (quit signals are forwarded to that thread).
    /// A suspension (Ctrl-Z, SIGTSTP) happens inside; after the program is resumed (and after a
    /// SIGCONT from outside) every mode is restored and a `.resize` asks for a full redraw.
    public func readKey() -> TerminalEvent? {
        guard !closed else { return nil }
        switch input.next() {
        case .key(.control("z"))? where suspendsOnControlZ, .suspendRequested?:
            suspend()
            return .resize(resized())
        case .resumed?:
            restoreModes()
            return .resize(resized())
        case .resized?: return .resize(resized())
        case .key(let key)?: return .key(key)
        case .signal(let number)?: return .signal(number)
        case .timedOut?, nil: return nil
        }
    }

    /// What a read with a time limit gives.
    public enum TimedEvent: Sendable, Equatable {
        case event(TerminalEvent)
        /// Nothing happened within the time: a moment to look at the lock or the file.
        case timedOut
        /// End of input (the terminal is gone).
        case endOfInput
    }

    /// The next event, waiting at most `milliseconds`: a read-only session uses it to watch
    /// the lock and the file between keys (see `AgreementLock.status`).
    public func readKey(waitingAtMost milliseconds: Int) -> TimedEvent {
        guard !closed else { return .endOfInput }
        switch input.next(timeout: Int32(clamping: max(0, milliseconds))) {
        case .timedOut?: return .timedOut
        case .key(.control("z"))? where suspendsOnControlZ, .suspendRequested?:
            suspend()
            return .event(.resize(resized()))
        case .resumed?:
            restoreModes()
            return .event(.resize(resized()))
        case .resized?: return .event(.resize(resized()))
        case .key(let key)?: return .event(.key(key))
        case .signal(let number)?: return .event(.signal(number))
        case nil: return .endOfInput
        }
    }

    /// Suspends the program as a shell's Ctrl-Z does: the terminal is given back as endwin would
    /// (`cn_leave_screen`, bracketed paste off), the process stops with SIGTSTP, and when it is
    /// continued (`fg`) it takes the terminal back with every mode (raw, keypad, bracketed paste)
    /// and the next `draw` repaints the whole screen. Not endwin itself: after it curses measures
    /// the terminal at its next refresh, which would make its screens the terminal's size, and
    /// keeping them at one cell then means changing the environment while a sync's thread may read it.
    public func suspend() {
        guard !closed else { return }
        resetRendition()
        cn_leave_screen()
        cn_bracketed_paste(0)
        cn_stop_self()
        restoreModes()
    }

    /// Takes the terminal back after it was left or disturbed (a resume): curses' modes, keypad
    /// transmit, bracketed paste, and a full repaint on the next `draw`.
    private func restoreModes() {
        cn_enter_screen()
        _ = raw()
        _ = noecho()
        _ = nonl()
        cn_raw_output()
        _ = keypad(window, false)
        _ = keypad(window, true)
        cn_bracketed_paste(1)
        forget()
    }

    /// Restores the terminal: bracketed paste off, endwin, signal handlers as before; a terminal
    /// without an alternate screen (`TERM=linux`, `vt100`) is cleared, so the shell's prompt does
    /// not land on the last frame. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        cn_set_curses_active(0)
        resetRendition()
        _ = endwin()
        cn_bracketed_paste(0)
        if cn_has_alternate_screen() == 0 { cn_clear_screen_after_endwin() }
        cn_uninstall_crash_handlers()
        cn_uninstall_resize_handler()
        cn_uninstall_job_control()
        cn_uninstall_quit_handlers()
        cn_close_wake_pipe()
        delscreen(screenPointer)
    }
}

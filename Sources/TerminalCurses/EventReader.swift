import AgreementUI
import CNcursesw

/// Turns ncurses input into terminal events: Esc/Alt combinations, bracketed paste, resize, quit signals.
struct EventReader {
    /// Key codes of our own for the bracketed-paste markers ESC[200~ and ESC[201~ (ncurses stores codes as 16 bits).
    static let pasteStart: Int32 = 0x7E00
    static let pasteEnd: Int32 = 0x7E01
    /// The most text one paste delivers, in UTF-8 bytes; the rest is read and dropped.
    static let pasteLimit = 1 << 20

    let window: UnsafeMutablePointer<WINDOW>

    /// Teaches ncurses the paste markers (call after keypad is on).
    static func definePasteKeys() {
        _ = define_key("\u{1B}[200~", pasteStart)
        _ = define_key("\u{1B}[201~", pasteEnd)
    }

    /// What the reader saw: an event for the session, or a job-control signal for the terminal.
    enum Event: Equatable {
        case key(Key)
        case resize(Size)
        case signal(Int32)
        case suspendRequested
        case resumed
        /// Nothing arrived within the time asked for.
        case timedOut

        var `public`: TerminalEvent? {
            switch self {
            case .key(let key): .key(key)
            case .resize(let size): .resize(size)
            case .signal(let number): .signal(number)
            case .suspendRequested, .resumed, .timedOut: nil
            }
        }
    }

    /// The next event, waiting at most `timeout` milliseconds (-1: as long as it takes); nil at end of input.
    /// `size` reads the terminal's size after a resize (and makes the next frame whole).
    func next(timeout: Int32 = -1, size: () -> Size) -> Event? {
        while true {
            let taken = cn_take_signal()
            if taken != 0 { return .signal(taken) }
            if cn_take_suspend() != 0 { return .suspendRequested }
            if cn_take_resume() != 0 { return .resumed }
            if cn_take_resize() != 0 { return .resize(size()) }
            let input = RawInput.read(from: window, timeout: timeout)
            // ncurses reports a read a signal interrupted as ERR, not always with errno EINTR.
            if input == .endOfInput || input == .interrupted, cn_take_resize() != 0 {
                RawInput.dropInterruptedRead(from: window)
                return .resize(size())
            }
            switch input {
            case .endOfInput where timeout >= 0 && !RawInput.inputHungUp():
                return .timedOut
            case .endOfInput:
                // A hangup often shows as end of input first; report the signal if it came.
                let late = cn_take_signal()
                return late != 0 ? .signal(late) : nil
            case .interrupted: continue
            case .character(27): return .key(afterEscape())
            case .character(let value):
                if let key = KeyMapping.key(character: value) { return .key(key) }
            case .keyCode(KEY_RESIZE): return .resize(size())
            case .keyCode(Self.pasteStart): return paste()
            case .keyCode(let code):
                if let key = KeyMapping.key(code: code) { return .key(key) }
            }
        }
    }

    /// Esc alone, or Alt plus what ncurses already holds after it (it waited ESCDELAY for it).
    private func afterEscape() -> Key {
        let following = RawInput.read(from: window, timeout: 0)
        switch following {
        case .character(13): return .altEnter
        case .character(let value):
            if let character = KeyMapping.printable(value) { return .alt(character) }
        default: break
        }
        RawInput.unread(following)
        return .escape
    }

    /// Collects a bracketed paste up to its end marker; CR and CRLF become "\n". A resize during
    /// the paste stays recorded, to be the next event.
    private func paste() -> Event? {
        var text = ""
        var bytes = 0
        var afterCarriageReturn = false
        while true {
            let input = RawInput.read(from: window)
            var scalar: Unicode.Scalar?
            switch input {
            case .keyCode(Self.pasteEnd), .endOfInput: return .key(.paste(text))
            case .interrupted:
                let taken = cn_take_signal()
                if taken != 0 { return .signal(taken) }
            case .keyCode(KEY_ENTER), .character(13): scalar = "\n"
            case .keyCode: break
            case .character(10) where afterCarriageReturn: break
            case .character(let value): scalar = Unicode.Scalar(value)
            }
            afterCarriageReturn = input == .character(13) || input == .keyCode(KEY_ENTER)
            guard let scalar else { continue }
            bytes += UTF8.width(scalar)
            if bytes <= Self.pasteLimit { text.unicodeScalars.append(scalar) }
        }
    }
}

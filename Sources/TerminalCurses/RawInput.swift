import CNcursesw

/// One result of `wget_wch`: a character, a key code, an interrupted read, or nothing more to read.
enum RawInput: Equatable {
    case character(UInt32)
    case keyCode(Int32)
    /// ERR with errno EINTR: a signal arrived while waiting.
    case interrupted
    /// ERR otherwise: end of input (or, with a timeout, nothing arrived in time).
    case endOfInput

    /// Reads once from `window`, waiting `timeout` milliseconds (-1 = block, 0 = only what is buffered).
    static func read(from window: UnsafeMutablePointer<WINDOW>, timeout: Int32 = -1) -> RawInput {
        wtimeout(window, timeout)
        defer { if timeout != -1 { wtimeout(window, -1) } }
        var value: wint_t = 0
        cn_clear_errno()  // a stale EINTR must not turn end of input into an endless loop
        switch wget_wch(window, &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
        default: return cn_errno() == cn_eintr() ? .interrupted : .endOfInput
        }
    }

    /// True when standard input is at its end or its terminal is gone (after a read timed out,
    /// to tell a quiet terminal from a lost one).
    static func inputHungUp() -> Bool {
        cn_input_hung_up() != 0
    }

    /// Takes out the ERR a read interrupted by a signal leaves in ncurses' input queue, which the
    /// next read would take for end of input. What is queued before it (keys typed meanwhile)
    /// goes back in its order.
    static func dropInterruptedRead(from window: UnsafeMutablePointer<WINDOW>) {
        var before: [RawInput] = []
        taking: while before.count < 64 {
            let queued = read(from: window, timeout: 0)
            switch queued {
            case .character, .keyCode: before.append(queued)
            case .interrupted, .endOfInput: break taking
            }
        }
        // ungetch puts back in front: the last one first.
        for input in before.reversed() { unread(input) }
    }

    /// Gives the input back to ncurses, to be read again next.
    static func unread(_ input: RawInput) {
        switch input {
        case .character(let value): _ = unget_wch(wchar_t(bitPattern: value))
        case .keyCode(let code): _ = ungetch(code)
        case .interrupted, .endOfInput: break
        }
    }
}

import AgreementUI
import CNcursesw

/// Reads the keys from standard input itself (not through curses' `wget_wch`, which read an
/// arrow key a byte at a time: three reads and two polls): what is waiting comes in one read
/// and `KeyDecoder` tells the keys in it; Esc waits `escapeDelay` for the rest of a sequence;
/// a bracketed paste is collected whole (`PasteCollector`). Signals wake it through the wake
/// pipe (`cn_read_input`): quit signals, suspend and resume, and resizes come out as events.
struct InputReader {
    /// How long a lone Esc (or a sequence cut short) waits for the bytes that would complete it,
    /// in milliseconds, unless `ESCDELAY` says otherwise (as it does for curses): a slow link may
    /// want more, so an arrow's bytes arriving apart are still an arrow.
    static let defaultEscapeDelay: Int32 = 25
    static let capacity = 4096

    /// What the reader saw: an event for the session, or a job-control signal for the terminal.
    enum Event: Equatable {
        case key(Key)
        /// The terminal's size changed: read it again.
        case resized
        case signal(Int32)
        case suspendRequested
        case resumed
        /// Nothing arrived within the time asked for.
        case timedOut
    }

    private let decoder: KeyDecoder
    private let escapeDelay: Int32
    /// Bytes read and not yet decoded: `buffer[start..<end]`.
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0

    init(decoder: KeyDecoder, escapeDelay: Int32 = defaultEscapeDelay) {
        self.decoder = decoder
        self.escapeDelay = escapeDelay
        self.buffer = [UInt8](repeating: 0, count: Self.capacity)
    }

    /// True when bytes already read wait to be decoded (keys that came in one read).
    var hasBufferedInput: Bool { start < end }

    /// The next event, waiting at most `timeout` milliseconds (-1: as long as it takes); nil at end of input.
    mutating func next(timeout: Int32 = -1) -> Event? {
        while true {
            if let event = Self.takeSignal() { return event }
            if start < end {
                var step = decode(atEnd: false)
                if step == .incomplete {
                    // A lone Esc, or a sequence whose rest has not come: wait the Esc delay for it.
                    switch fill(timeout: escapeDelay) {
                    case .read, .woken: continue
                    case .timedOut, .endOfInput: step = decode(atEnd: true)
                    }
                }
                if let event = take(step) { return event }
                continue
            }
            switch fill(timeout: timeout) {
            case .read, .woken: continue
            case .timedOut: return .timedOut
            case .endOfInput:
                // A hangup often shows as end of input first; report the signal if it came.
                let late = cn_take_signal()
                return late != 0 ? .signal(late) : nil
            }
        }
    }

    /// A signal recorded since the last look, as an event.
    private static func takeSignal() -> Event? {
        let taken = cn_take_signal()
        if taken != 0 { return .signal(taken) }
        if cn_take_suspend() != 0 { return .suspendRequested }
        if cn_take_resume() != 0 { return .resumed }
        if cn_take_resize() != 0 { return .resized }
        return nil
    }

    private func decode(atEnd: Bool) -> KeyDecoder.Step {
        buffer.withUnsafeBufferPointer { all in
            decoder.step(UnsafeBufferPointer(rebasing: all[start..<end]), atEnd: atEnd)
        }
    }

    /// Takes the bytes `step` covers: the event they make, or nil for bytes that are no key.
    private mutating func take(_ step: KeyDecoder.Step) -> Event? {
        switch step {
        case .key(let key, let length):
            start += length
            return .key(key)
        case .skip(let length):
            start += length
            return nil
        case .pasteStart(let length):
            start += length
            return paste()
        case .incomplete:
            // Only asked at the end of what came, where the decoder always decides; never loop on it.
            start = end
            return nil
        }
    }

    private enum Fill { case read, timedOut, woken, endOfInput }

    /// One read of what is waiting, appended to the buffer.
    private mutating func fill(timeout: Int32) -> Fill {
        if start == end {
            start = 0
            end = 0
        } else if end == buffer.count {
            buffer.withUnsafeMutableBufferPointer { all in
                guard let base = all.baseAddress else { return }
                base.update(from: base + start, count: end - start)
            }
            end -= start
            start = 0
        }
        let room = buffer.count - end
        let got = buffer.withUnsafeMutableBufferPointer { all in
            cn_read_input(all.baseAddress! + end, Int32(room), timeout)
        }
        switch got {
        case CN_READ_TIMED_OUT: return .timedOut
        case CN_READ_WOKEN: return .woken
        case ...0: return .endOfInput
        default:
            end += Int(got)
            return .read
        }
    }

    /// Collects a bracketed paste up to its end marker. A quit signal during the paste ends it;
    /// a resize or a suspension stays recorded, to be the next event.
    private mutating func paste() -> Event? {
        var collector = PasteCollector()
        while true {
            if start < end {
                let taken = buffer.withUnsafeBufferPointer { all in
                    collector.take(UnsafeBufferPointer(rebasing: all[start..<end]))
                }
                start += taken
                if collector.ended { return .key(.paste(collector.text)) }
            }
            switch fill(timeout: -1) {
            case .read, .timedOut: continue
            case .woken:
                let taken = cn_take_signal()
                if taken != 0 { return .signal(taken) }
            case .endOfInput: return .key(.paste(collector.text))
            }
        }
    }
}

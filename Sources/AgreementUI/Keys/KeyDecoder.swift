/// Turns the bytes a terminal sends into keys: UTF-8 characters, control keys, Alt as Esc plus a
/// key, the escape sequences of the cursor and function keys (xterm's in both cursor modes, the
/// VT220 and rxvt forms, and the terminal's own from terminfo), and the start of a bracketed paste.
/// Sequences no key here has (Ctrl-arrows, focus reports) are read whole and dropped, not typed
/// into a field as "[1;5A". Pure: the terminal layer reads the bytes and asks, one step at a time.
public struct KeyDecoder: Sendable {
    /// What the bytes at the front of the input are.
    public enum Step: Equatable, Sendable {
        /// A key, from the first `length` bytes.
        case key(Key, length: Int)
        /// `length` bytes that are no key (an unknown sequence, a byte that is not UTF-8).
        case skip(length: Int)
        /// The bracketed-paste start marker `ESC [ 200 ~`, `length` bytes: the text follows
        /// (see `PasteCollector`).
        case pasteStart(length: Int)
        /// The bytes are the start of a sequence that is not complete: read more, or (when no
        /// more came within the Esc delay) ask again with `atEnd`.
        case incomplete
    }

    /// A key string of at most 8 bytes, packed for a lookup without allocation.
    struct KeyString: Hashable {
        var bits: UInt64
        var length: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>, length: Int) {
            var bits: UInt64 = 0
            for index in 0..<length { bits |= UInt64(bytes[index]) << (8 * UInt64(index)) }
            self.bits = bits
            self.length = length
        }
    }

    /// The longest key string kept (longer ones in terminfo are left out).
    static let longestKeyString = 8
    /// A CSI sequence longer than this is garbage: it is dropped rather than waited for.
    static let longestControlSequence = 64
    static let escape: UInt8 = 0x1B

    private var keys: [KeyString: Key] = [:]
    /// Every proper prefix of a key string: such input waits for the rest.
    private var prefixes: Set<KeyString> = []
    /// The lengths of the key strings, longest first.
    private var lengths: [Int] = []

    /// The standard key strings, then `terminalKeys` (from the terminal's terminfo, which win
    /// where they differ). Strings not starting with Esc, or longer than 8 bytes, are left out:
    /// single bytes are read as characters and control keys anyway.
    public init(terminalKeys: [(bytes: [UInt8], key: Key)] = []) {
        for (bytes, key) in Self.standardKeys + terminalKeys { add(bytes, key) }
        lengths = Set(keys.keys.map(\.length)).sorted(by: >)
    }

    private mutating func add(_ bytes: [UInt8], _ key: Key) {
        guard bytes.count >= 2, bytes.count <= Self.longestKeyString, bytes[0] == Self.escape else { return }
        bytes.withUnsafeBufferPointer { pointer in
            keys[KeyString(pointer, length: bytes.count)] = key
            for length in 1..<bytes.count { prefixes.insert(KeyString(pointer, length: length)) }
        }
    }

    /// The key strings terminals send whatever their terminfo says: xterm's cursor keys in normal
    /// (CSI) and application (SS3) mode, the VT220 editing keys, rxvt's Home and End, F1–F12.
    static let standardKeys: [(bytes: [UInt8], key: Key)] = {
        var table: [(String, Key)] = [
            ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
            ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
            ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),
            ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
            ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
            ("[Z", .backTab), ("OM", .enter),
            ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
        ]
        let functionCodes = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
        for (index, code) in functionCodes.enumerated() { table.append(("[\(code)~", .function(index + 1))) }
        // The numeric keypad in application mode (curses' keypad transmit turns it on): ESC O p
        // is 0 … ESC O y is 9, and its signs; read as the characters they are.
        for (final, character) in zip("pqrstuvwxyjklmnoX", "0123456789*+,-./=") { table.append(("O\(final)", .character(character))) }
        return table.map { (text, key) in ([escape] + Array(text.utf8), key) }
    }()

    /// What the first bytes of `bytes` (not empty) are. `atEnd`: nothing more is coming soon
    /// (the Esc delay passed), so a lone Esc is Esc and a sequence cut short is dropped.
    public func step(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Step {
        guard let first = bytes.first else { return .incomplete }
        if first == Self.escape { return afterEscape(bytes, atEnd: atEnd) }
        if first < 0x80 {
            return Self.controlOrASCII(first).map { .key($0, length: 1) } ?? .skip(length: 1)
        }
        switch Self.scalar(in: bytes, from: 0) {
        case .scalar(let value, let length):
            return Self.printable(value).map { .key(.character($0), length: length) } ?? .skip(length: length)
        case .invalid: return .skip(length: 1)
        case .cutShort: return atEnd ? .skip(length: bytes.count) : .incomplete
        }
    }

    private func afterEscape(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Step {
        let count = bytes.count
        guard count > 1 else { return atEnd ? .key(.escape, length: 1) : .incomplete }
        for length in lengths where length <= count {
            if let key = keys[KeyString(bytes, length: length)] { return .key(key, length: length) }
        }
        if !atEnd, count < Self.longestKeyString, prefixes.contains(KeyString(bytes, length: count)) {
            return .incomplete
        }
        let second = bytes[1]
        switch second {
        case UInt8(ascii: "["), UInt8(ascii: "O"):
            return controlKeyString(bytes, atEnd: atEnd)
        case Self.escape:
            return .key(.escape, length: 1)
        case 13:
            return .key(.altEnter, length: 2)
        case 0x20..<0x7F:
            return .key(.alt(Character(Unicode.Scalar(second))), length: 2)
        case 0x80...:
            switch Self.scalar(in: bytes, from: 1) {
            case .scalar(let value, let length):
                guard let character = Self.printable(value) else { return .key(.escape, length: 1) }
                return .key(.alt(character), length: 1 + length)
            case .invalid: return .key(.escape, length: 1)
            case .cutShort: return atEnd ? .key(.escape, length: 1) : .incomplete
            }
        default:
            return .key(.escape, length: 1)
        }
    }

    /// `ESC [` (CSI: parameters, intermediates, a final byte) or `ESC O` (SS3: parameters, a final
    /// byte) that is no key in the table: the paste marker, or read whole and dropped.
    private func controlKeyString(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Step {
        let introducer = bytes[1]
        var index = 2
        while index < bytes.count, index < Self.longestControlSequence {
            let byte = bytes[index]
            let parameter = byte >= 0x30 && byte <= 0x3F
            let intermediate = byte >= 0x20 && byte <= 0x2F && introducer == UInt8(ascii: "[")
            switch byte {
            case _ where parameter || intermediate:
                index += 1
            case 0x40...0x7E:
                let length = index + 1
                if length == 6, Self.matches(bytes, "[200~") { return .pasteStart(length: length) }
                return .skip(length: length)
            default:
                // Not a sequence after all: what came so far is dropped, the byte is read anew.
                return index == 2 ? .key(.alt(Character(Unicode.Scalar(introducer))), length: 2) : .skip(length: index)
            }
        }
        if index >= Self.longestControlSequence { return .skip(length: index) }
        if !atEnd { return .incomplete }
        // Esc and "[" or "O" alone: Alt with that key; anything longer is a sequence cut short.
        return index == 2 ? .key(.alt(Character(Unicode.Scalar(introducer))), length: 2) : .skip(length: index)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ tail: StaticString) -> Bool {
        let count = tail.utf8CodeUnitCount
        guard bytes.count > count else { return false }
        let text = tail.utf8Start
        for index in 0..<count where bytes[index + 1] != text[index] { return false }
        return true
    }

    /// A byte below 0x80 that is not Esc: Tab, Enter, Ctrl-J, Backspace (BS or DEL), Ctrl plus a
    /// letter, or a printable character; nil for the rest (NUL, Ctrl-\ … Ctrl-_).
    static func controlOrASCII(_ byte: UInt8) -> Key? {
        switch byte {
        case 9: .tab
        case 13: .enter
        case 10: .lineFeed
        case 8, 127: .backspace
        case 1...26: .control(Character(Unicode.Scalar(0x60 + byte)))  // 1 → "a"
        case 0x20..<0x7F: .character(Character(Unicode.Scalar(byte)))
        default: nil
        }
    }

    /// The character for a printable code point: not a C0/C1 control, DEL or a surrogate.
    public static func printable(_ value: UInt32) -> Character? {
        guard value >= 32, value != 127, !(0x80...0x9F).contains(value),
              let scalar = Unicode.Scalar(value) else { return nil }
        return Character(scalar)
    }

    enum Decoded: Equatable {
        case scalar(UInt32, length: Int)
        /// Not UTF-8 (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF).
        case invalid
        /// A lead byte whose continuation bytes have not all arrived.
        case cutShort
    }

    /// The UTF-8 scalar at `start`.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Decoded {
        let lead = bytes[start]
        let length: Int, minimum: UInt32
        var value: UInt32
        switch lead {
        case 0..<0x80: return .scalar(UInt32(lead), length: 1)
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return .invalid
        }
        for offset in 1..<length {
            guard start + offset < bytes.count else { return .cutShort }
            let byte = bytes[start + offset]
            guard byte & 0xC0 == 0x80 else { return .invalid }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, Unicode.Scalar(value) != nil else { return .invalid }
        return .scalar(value, length: length)
    }
}

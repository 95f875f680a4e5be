import AgreementUI
import CNcursesw

/// The current terminal's terminfo entry, read once when the terminal opens, as the strings
/// `FrameEncoder` writes frames with.
enum Terminfo {
    /// A string capability's bytes, or nil when the terminal has none.
    static func string(_ name: String) -> [UInt8]? {
        guard let value = cn_tigetstr(name) else { return nil }
        return bytes(of: value)
    }

    /// The bytes of a C string, without its terminating zero.
    static func bytes(of text: UnsafePointer<CChar>) -> [UInt8] {
        var bytes: [UInt8] = []
        var next = text
        while next.pointee != 0 {
            bytes.append(UInt8(bitPattern: next.pointee))
            next += 1
        }
        return TerminalStrings.withoutPadding(bytes)
    }

    /// A capability with one number formatted (`setaf`, `setab`).
    static func format(_ capability: [UInt8], _ number: Int) -> [UInt8] {
        bytes(capability) { cn_tiparm1($0, Int32(clamping: number)) }
    }

    private static func bytes(_ capability: [UInt8], _ apply: (UnsafePointer<CChar>) -> UnsafePointer<CChar>?) -> [UInt8] {
        let text = capability.map { CChar(bitPattern: $0) } + [0]
        return text.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress, let result = apply(base) else { return [] }
            return bytes(of: result)
        }
    }

    /// The terminal's key strings (for `KeyDecoder`): cursor and editing keys, F1–F63, and the
    /// suspend key. Where the terminal has none, the decoder's standard strings still apply.
    static func keyStrings() -> [(bytes: [UInt8], key: Key)] {
        var names: [(String, Key)] = [
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right),
            ("khome", .home), ("kend", .end), ("kfnd", .home), ("kslt", .end),
            ("kpp", .pageUp), ("knp", .pageDown), ("kcbt", .backTab),
            ("kdch1", .delete), ("kich1", .insert), ("kent", .enter),
            // The Linux console names Ctrl-Z its suspend key (kspd=^Z): Ctrl-Z all the same.
            ("kspd", .control("z")),
        ]
        for number in 1...63 { names.append(("kf\(number)", .function(number))) }
        return names.compactMap { name, key in string(name).map { ($0, key) } }
    }

    /// What the encoder needs, with `palette`'s renditions. Cursor addressing as ANSI when the
    /// terminal's `cup` is exactly xterm's, else through terminfo's formatter per move.
    static func strings(palette: Palette) -> TerminalStrings {
        let cup = string("cup") ?? []
        let addressing: TerminalStrings.CursorAddressing
        if cup == Array("\u{1B}[%i%p1%d;%p2%dH".utf8) {
            addressing = .ansi
        } else {
            let text = cup.map { CChar(bitPattern: $0) } + [0]
            addressing = .formatted { row, column in
                text.withUnsafeBufferPointer { pointer in
                    guard let base = pointer.baseAddress, let result = cn_tiparm2(base, Int32(clamping: row), Int32(clamping: column)) else { return [] }
                    return bytes(of: result)
                }
            }
        }
        // With automatic margins and without xterm's newline glitch, a character in the
        // bottom-right cell scrolls the screen.
        let lastCellScrolls = cn_tigetflag("am") == 1 && cn_tigetflag("xenl") == 0
        return TerminalStrings(
            addressing: addressing, renditions: palette.renditions, reset: palette.reset,
            clear: string("clear") ?? [], showCursor: string("cnorm") ?? [], hideCursor: string("civis") ?? [],
            writesLastCell: !lastCellScrolls, erasesCharacters: string("ech") == Array("\u{1B}[%p1%dX".utf8), width: { Int(cn_wcwidth(wchar_t(bitPattern: $0))) })
    }
}

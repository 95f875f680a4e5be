import AgreementUI
import CNcursesw

/// Maps what `get_wch` returns (a character or a key code) to a `Key`; nil for input with no meaning here.
enum KeyMapping {
    /// A character (`get_wch` returned OK). Esc (27) is handled by the reader, not here.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 13: return .enter
        case 10: return .lineFeed
        case 8, 127: return .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(0x60 + value) else { return nil }  // 1 → "a"
            return .control(Character(letter))
        default:
            return printable(value).map(Key.character)
        }
    }

    /// A key code (`get_wch` returned KEY_CODE_YES).
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        // Terminals whose terminfo names Ctrl-Z their suspend key (`kspd=^Z`: the Linux console)
        // deliver it as KEY_SUSPEND with the keypad on: it is Ctrl-Z all the same.
        case KEY_SUSPEND: return .control("z")
        case cn_key_f(1)...cn_key_f(63): return .function(Int(code - cn_key_f(0)))
        default: return nil
        }
    }

    /// The character for a printable code point: not a C0/C1 control, DEL or a surrogate.
    static func printable(_ value: UInt32) -> Character? {
        guard value >= 32, value != 127, !(0x80...0x9F).contains(value),
              let scalar = Unicode.Scalar(value) else { return nil }
        return Character(scalar)
    }
}

/// Makes text safe to draw: control characters, escape sequences and bidirectional
/// overrides become visible placeholders and never reach the terminal.
public enum Inert {
    /// The placeholder for a grapheme that must not be sent to the terminal, or nil if it is safe.
    public static func placeholder(for character: Character) -> Character? {
        for scalar in character.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x00...0x1F: return Character(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟, ␛ for ESC
            case 0x7F: return "␡"
            case 0x80...0x9F: return "�"
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return "⇄"
            case 0x2028, 0x2029: return "↵"
            default: continue
            }
        }
        return nil
    }

    /// The string with every unsafe grapheme replaced by its placeholder.
    public static func text(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for character in string {
            out.append(placeholder(for: character) ?? character)
        }
        return out
    }
}

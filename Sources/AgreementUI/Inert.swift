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

    /// Whether a scalar may reach the terminal as it is (what `placeholder(for:)` lets through).
    public static func isSafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029: false
        default: true
        }
    }

    /// The string with every unsafe grapheme replaced by its placeholder. Text without an unsafe
    /// scalar (nearly all) comes back as it is, checked byte by byte for ASCII and scalar by scalar
    /// otherwise, without breaking it into graphemes.
    public static func text(_ string: String) -> String {
        // Printable ASCII, nearly every text, checked through its bytes in place.
        let printable = string.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
            ?? string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if printable || string.unicodeScalars.allSatisfy({ isSafe($0.value) }) {
            return string
        }
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for character in string {
            out.append(placeholder(for: character) ?? character)
        }
        return out
    }
}

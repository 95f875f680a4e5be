import Foundation

/// Norwegian alphabetical order: … x, y, z, æ, ø, å (Unicode order puts å before æ).
public enum NorwegianOrder {
    /// A key that sorts by Norwegian rules, ignoring case.
    public static func key(_ text: String) -> String {
        latinKey(text) ?? graphemeKey(text)
    }

    /// The keys of `texts`, one made per distinct text (names repeat across thousands of lines).
    public static func keys(_ texts: [String]) -> [String] {
        var keyOf: [String: String] = [:]
        return texts.map { text in
            if let known = keyOf[text] { return known }
            let made = key(text)
            keyOf[text] = made
            return made
        }
    }

    /// The key of text made only of ASCII and æ ø å ä ö (either case) — nearly every name —
    /// scalar by scalar, without lowercasing or breaking the text into graphemes first; nil for
    /// any other text. The same key as `graphemeKey` (none of these scalars joins a grapheme).
    static func latinKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: bytes.append(UInt8(scalar.value + 0x20))
            case 0x00...0x7F: bytes.append(UInt8(scalar.value))
            case 0xE6, 0xC6, 0xE4, 0xC4: bytes.append(UInt8(ascii: "{"))
            case 0xF8, 0xD8, 0xF6, 0xD6: bytes.append(UInt8(ascii: "|"))
            case 0xE5, 0xC5: bytes.append(UInt8(ascii: "}"))
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key of any text, grapheme by grapheme.
    static func graphemeKey(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            // "{", "|", "}" follow "z" in ASCII.
            case "æ", "ä": out += "{"
            case "ø", "ö": out += "|"
            case "å": out += "}"
            case _ where character.isASCII:
                out.append(character)
            default:
                // Other accented letters sort with their base letter: é with e.
                let decomposed = String(character).decomposedStringWithCanonicalMapping
                out += decomposed.unicodeScalars.first.map { String($0) } ?? ""
            }
        }
        return out
    }

    /// True if `a` comes before `b` in Norwegian order.
    public static func less(_ a: String, _ b: String) -> Bool {
        let (ka, kb) = (key(a), key(b))
        return ka == kb ? a < b : ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars)
    }
}

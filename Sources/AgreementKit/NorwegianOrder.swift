import Foundation

/// Norwegian alphabetical order: … x, y, z, æ, ø, å (Unicode order puts å before æ).
public enum NorwegianOrder {
    /// A key that sorts by Norwegian rules, ignoring case.
    public static func key(_ text: String) -> String {
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

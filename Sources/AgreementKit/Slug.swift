import Foundation

/// Readable ASCII ids for agreements: `hoeggen-skole-2011` (æ→ae, ø→o, å→a).
public enum Slug {
    /// The id for a unit's agreement of a year.
    public static func make(unit: String, year: Int) -> String {
        let base = ascii(unit)
        return base.isEmpty ? "avtale-\(year)" : "\(base)-\(year)"
    }

    /// Lower-case ASCII letters and digits joined by single hyphens.
    public static func ascii(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            let mapped: String
            switch character {
            case "æ": mapped = "ae"
            case "ø": mapped = "o"
            case "å": mapped = "a"
            case "ß": mapped = "ss"
            default:
                let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init)
                if let base, base.isASCII, base.isLetter || base.isNumber { mapped = String(base) } else { mapped = "" }
            }
            if mapped.isEmpty {
                pendingHyphen = !out.isEmpty
            } else {
                if pendingHyphen { out += "-" }
                out += mapped
                pendingHyphen = false
            }
        }
        return out
    }

    /// True if `id` is a valid agreement id.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 120 && !id.hasPrefix("-") && !id.hasSuffix("-")
            && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

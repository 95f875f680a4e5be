import Foundation

/// The shape of a theme file, decoded strictly: unknown keys are errors, not ignored.
/// (JSONDecoder rather than JSONSerialization: it keeps CoreFoundation out of start-up.)
struct ThemeFile: Decodable {
    var name: String?
    var colours: Int?
    var fallback: String?
    var inherits: String?
    var roles: [String: StyleFile]?

    struct StyleFile: Decodable {
        var fg: ColourValue?
        var bg: ColourValue?
        var bold: Bool?
        var underline: Bool?
        var reverse: Bool?

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            try AnyKey.refuseUnknown(c, known: ["fg", "bg", "bold", "underline", "reverse"])
            fg = try c.decodeIfPresent(ColourValue.self, forKey: AnyKey("fg"))
            bg = try c.decodeIfPresent(ColourValue.self, forKey: AnyKey("bg"))
            bold = try c.decodeIfPresent(Bool.self, forKey: AnyKey("bold"))
            underline = try c.decodeIfPresent(Bool.self, forKey: AnyKey("underline"))
            reverse = try c.decodeIfPresent(Bool.self, forKey: AnyKey("reverse"))
        }
    }

    /// A colour as a theme file writes it: an index, a basic colour name or "#RRGGBB".
    enum ColourValue: Decodable {
        case index(Int)
        case text(String)

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .index(n) } else { self = .text(try c.decode(String.self)) }
        }

        var raw: Any {
            switch self {
            case .index(let n): n
            case .text(let s): s
            }
        }
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        try AnyKey.refuseUnknown(c, known: ["name", "description", "colours", "fallback", "inherits", "roles"])
        name = try c.decodeIfPresent(String.self, forKey: AnyKey("name"))
        colours = try c.decodeIfPresent(Int.self, forKey: AnyKey("colours"))
        fallback = try c.decodeIfPresent(String.self, forKey: AnyKey("fallback"))
        inherits = try c.decodeIfPresent(String.self, forKey: AnyKey("inherits"))
        roles = try c.decodeIfPresent([String: StyleFile].self, forKey: AnyKey("roles"))
    }

    /// Any string key, for containers whose keys are checked by hand.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }

        static func refuseUnknown(_ c: KeyedDecodingContainer<AnyKey>, known: Set<String>) throws {
            if let extra = c.allKeys.first(where: { !known.contains($0.stringValue) }) {
                throw UnknownKey(key: extra.stringValue)
            }
        }
    }

    struct UnknownKey: Error {
        var key: String
    }
}

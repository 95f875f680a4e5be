/// A stable id of an item inside an agreement: a short random string that never changes
/// when the item moves; display numbers are separate fields.
public struct ItemID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A new random id of 8 characters from an unambiguous alphabet.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> ItemID {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var s = ""
        for _ in 0..<8 { s.append(alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))]) }
        return ItemID(s)
    }

    public static func random() -> ItemID {
        var g = SystemRandomNumberGenerator()
        return random(using: &g)
    }

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

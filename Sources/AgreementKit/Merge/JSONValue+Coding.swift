import Foundation

extension JSONValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The tree of any encodable value, as its JSON would read: what JSONEncoder's bytes decode
    /// to, taken from the value's `EncodingTree` without writing and parsing the bytes (the
    /// history's diff of every save and the merge of every sync make these). A value JSONEncoder
    /// writes its own way (data, a URL, a decimal) goes through the bytes.
    public static func of<T: Encodable>(_ value: T) throws -> JSONValue {
        do { return JSONValue(tree: try EncodingTree.of(value)) } catch is EncodingTree.NeedsFoundation {
            return try roundTrip(value)
        }
    }

    /// The tree of a value through JSONEncoder's bytes and JSONDecoder: what `of` gives.
    public static func roundTrip<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// The value of an encoded tree, as `init(from:)` reads the JSON it is written as.
    init(tree node: EncodingTree.Node) {
        switch node {
        case .unset:
            self = .object([:])
        case .string(let text):
            self = .string(text)
        case .raw(let text):
            self = JSONValue(leaf: text)
        case .object(let box):
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(box.members.count)
            // A key given twice keeps its last value, as in the bytes JSONEncoder writes.
            for member in box.members { members[member.key] = JSONValue(tree: member.node) }
            self = .object(members)
        case .array(let box):
            self = .array(box.elements.map { JSONValue(tree: $0) })
        }
    }

    /// A leaf written as `null`, `true`, `false` or a number, read as `init(from:)` reads it:
    /// a whole number that fits is an integer, any other a double. A number with an exponent
    /// (1e+21) is read by JSONDecoder itself, which decides whether it fits an integer.
    private init(leaf text: String) {
        switch text {
        case "null": self = .null
        case "true": self = .bool(true)
        case "false": self = .bool(false)
        default:
            if let integer = Int(text) {
                self = .integer(integer)
            } else if !text.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }), let number = Double(text) {
                self = .number(number)
            } else {
                self = (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .number(Double(text) ?? 0)
            }
        }
    }

    /// The tree decoded as a value of type `T`.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(self))
    }

    /// Compact JSON with sorted keys: one text per value, for ordering and stable ids.
    public var canonicalText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The value for people: a string as it is, a number or truth as written, anything else as
    /// its compact JSON; "" for null.
    public var displayText: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        case .array(let values) where values.allSatisfy({ $0.string != nil }):
            values.compactMap(\.string).joined(separator: "\n")
        case .array, .object: canonicalText
        }
    }
}

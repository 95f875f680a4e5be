import AgreementKit
import Foundation

/// A small JSON parser that remembers where every value starts, so that any fault —
/// bad syntax, a wrong type, a missing key, a bad id — can be reported as line and column.
/// It runs only when something is wrong (or in `check`), never on the hot path.
struct JSONLocator {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    struct SyntaxError: Error, Equatable {
        var position: Position
        var message: String
    }

    indirect enum Node {
        case object([(key: String, keyPosition: Position, value: Node)], Position)
        case array([Node], Position)
        case string(Position)
        case number(Position)
        case bool(Position)
        case null(Position)

        var position: Position {
            switch self {
            case .object(_, let p), .array(_, let p), .string(let p), .number(let p), .bool(let p), .null(let p): p
            }
        }

        /// What kind of value this is, in words for messages.
        var kindName: String {
            switch self {
            case .object: "et objekt"
            case .array: "en liste"
            case .string: "tekst"
            case .number: "et tall"
            case .bool: "true/false"
            case .null: "null"
            }
        }
    }

    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    /// Duplicate keys found while parsing (JSON allows them; we treat them as errors in `check`).
    private(set) var duplicateKeys: [(key: String, position: Position)] = []

    private init(_ data: Data) { bytes = [UInt8](data) }

    /// The tree of the document, or where and why it is not valid JSON.
    static func parse(_ data: Data) -> (root: Node?, error: SyntaxError?, duplicates: [(key: String, position: Position)]) {
        var parser = JSONLocator(data)
        do {
            if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                throw SyntaxError(position: Position(line: 1, column: 1), message: "filen starter med et byte-order-merke (BOM); lagre den som UTF-8 uten BOM")
            }
            if String(validating: parser.bytes, as: UTF8.self) == nil {
                throw parser.invalidUTF8()
            }
            parser.skipWhitespace()
            let root = try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.bytes.count {
                throw parser.error("uventet tekst etter slutten av JSON-dokumentet")
            }
            return (root, nil, parser.duplicateKeys)
        } catch let error as SyntaxError {
            return (nil, error, parser.duplicateKeys)
        } catch {
            return (nil, SyntaxError(position: parser.here, message: "\(error)"), parser.duplicateKeys)
        }
    }

    /// The position of the deepest value along `path` that exists.
    static func position(of path: [PathComponent], in root: Node) -> Position {
        var node = root
        for component in path {
            switch (component, node) {
            case (.key(let key), .object(let members, _)):
                guard let member = members.last(where: { $0.key == key }) else { return node.position }
                node = member.value
            case (.index(let i), .array(let items, _)):
                guard items.indices.contains(i) else { return node.position }
                node = items[i]
            default:
                return node.position
            }
        }
        return node.position
    }

    /// The node at `path`, if every step exists.
    static func node(at path: [PathComponent], in root: Node) -> Node? {
        var node = root
        for component in path {
            switch (component, node) {
            case (.key(let key), .object(let members, _)):
                guard let member = members.last(where: { $0.key == key }) else { return nil }
                node = member.value
            case (.index(let i), .array(let items, _)):
                guard items.indices.contains(i) else { return nil }
                node = items[i]
            default:
                return nil
            }
        }
        return node
    }

    private var here: Position { Position(line: line, column: column) }

    private func error(_ message: String) -> SyntaxError { SyntaxError(position: here, message: message) }

    private func invalidUTF8() -> SyntaxError {
        var l = 1, c = 1, i = 0
        while i < bytes.count {
            let length = Self.sequenceLength(bytes, at: i)
            if length == 0 { break }
            if bytes[i] == 0x0A { l += 1; c = 1 } else { c += 1 }
            i += length
        }
        return SyntaxError(position: Position(line: l, column: c), message: "ugyldig UTF-8 (byte 0x\(String(format: "%02X", bytes[min(i, bytes.count - 1)])))")
    }

    /// The length of a valid UTF-8 sequence at `i`, or 0 if it is invalid.
    private static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, i + length <= b.count else { return 0 }
        return String(validating: b[i..<i + length], as: UTF8.self) == nil ? 0 : length
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { advance() }
    }

    private mutating func value(depth: Int) throws -> Node {
        guard depth < Self.maximumDepth else { throw error("for dyp nesting (over \(Self.maximumDepth) nivåer)") }
        guard let b = current else { throw error("filen slutter midt i et JSON-dokument") }
        let start = here
        switch b {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""):
            _ = try string()
            return .string(start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(start)
        case UInt8(ascii: "n"): try literal("null"); return .null(start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            return .number(start)
        default:
            throw error("uventet tegn «\(printable(b))»")
        }
    }

    private mutating func object(depth: Int) throws -> Node {
        let start = here
        advance()
        var members: [(key: String, keyPosition: Position, value: Node)] = []
        var seen = Set<String>()
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object([], start) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw current == nil ? error("filen slutter midt i et objekt") : error("forventet en nøkkel i anførselstegn")
            }
            let keyPosition = here
            let key = try string()
            if !seen.insert(key).inserted { duplicateKeys.append((key, keyPosition)) }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("forventet «:» etter nøkkelen «\(key)»") }
            advance()
            skipWhitespace()
            members.append((key, keyPosition, try value(depth: depth + 1)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"): advance(); return .object(members, start)
            case nil: throw error("filen slutter midt i et objekt")
            default: throw error("forventet «,» eller «}»")
            }
        }
    }

    private mutating func array(depth: Int) throws -> Node {
        let start = here
        advance()
        var items: [Node] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array([], start) }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"): advance(); return .array(items, start)
            case nil: throw error("filen slutter midt i en liste")
            default: throw error("forventet «,» eller «]»")
            }
        }
    }

    private mutating func string() throws -> String {
        advance()
        var raw: [UInt8] = []
        while let b = current {
            switch b {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: raw, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                guard let e = current else { throw error("filen slutter midt i en tekst") }
                switch e {
                case UInt8(ascii: "u"):
                    advance()
                    for _ in 0..<4 {
                        guard let h = current, (h >= 0x30 && h <= 0x39) || (h | 0x20 >= 0x61 && h | 0x20 <= 0x66) else {
                            throw error("ugyldig \\u-sekvens")
                        }
                        advance()
                    }
                    raw.append(UInt8(ascii: "?"))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    raw.append(e)
                    advance()
                default:
                    throw error("ugyldig escape-sekvens «\\\(printable(e))»")
                }
            case 0x00..<0x20:
                throw error(b == 0x0A ? "linjeskift inne i en tekst (mangler et avsluttende anførselstegn?)" : "kontrolltegn 0x\(String(format: "%02X", b)) inne i en tekst")
            default:
                raw.append(b)
                advance()
            }
        }
        throw error("filen slutter midt i en tekst (mangler et avsluttende anførselstegn)")
    }

    private mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard current == expected else { throw error("uventet tegn; mente du «\(word)»?") }
            advance()
        }
    }

    private mutating func number() throws {
        if current == UInt8(ascii: "-") { advance() }
        var digits = 0
        while let b = current, b >= 0x30 && b <= 0x39 { advance(); digits += 1 }
        guard digits > 0 else { throw error("ugyldig tall") }
        if current == UInt8(ascii: ".") {
            advance()
            var fraction = 0
            while let b = current, b >= 0x30 && b <= 0x39 { advance(); fraction += 1 }
            guard fraction > 0 else { throw error("ugyldig tall") }
        }
        if let b = current, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            advance()
            if let s = current, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { advance() }
            var exponent = 0
            while let b = current, b >= 0x30 && b <= 0x39 { advance(); exponent += 1 }
            guard exponent > 0 else { throw error("ugyldig tall") }
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : String(format: "0x%02X", byte)
    }
}

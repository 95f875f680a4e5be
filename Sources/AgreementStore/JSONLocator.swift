import AgreementKit
import Foundation

/// The one strict JSON parser of the store. Every reader (load, list, check) runs it first, so
/// they all give the same verdict: strict UTF-8 JSON, no byte-order mark, no trailing comma, no
/// duplicate key, no number beyond what a field can hold. With `tree` it also remembers where
/// every value starts, so any later fault — a wrong type, a missing key, a bad id — can be
/// reported as line and column.
struct JSONLocator {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    struct SyntaxError: Error, Equatable {
        var position: Position
        var problem: JSONSyntaxProblem
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

        /// What kind of value this is.
        var kind: JSONValueKind {
            switch self {
            case .object: .object
            case .array: .array
            case .string: .string
            case .number: .number
            case .bool: .bool
            case .null: .null
            }
        }
    }

    static let maximumDepth = 256

    let bytes: [UInt8]
    private let buildsTree: Bool
    var index = 0
    var line = 1
    var column = 1
    /// Duplicate keys found while parsing: JSON allows them, the store refuses them (a save would
    /// silently keep one value).
    private(set) var duplicateKeys: [(key: String, position: Position)] = []

    private init(_ data: Data, tree: Bool) {
        bytes = [UInt8](data)
        buildsTree = tree
    }

    /// The result of a parse: the tree (when asked for and valid), the first syntax error, and
    /// every duplicate key.
    struct Parsed {
        var root: Node?
        var error: SyntaxError?
        var duplicates: [(key: String, position: Position)]

        /// The verdict every reader gives: the syntax error, else the first duplicate key.
        var strictProblem: (position: Position, problem: StoreError.Problem)? {
            if let error { return (error.position, .syntax(error.problem)) }
            if let first = duplicates.first { return (first.position, .duplicateKey(first.key)) }
            return nil
        }
    }

    /// Parses strictly; with `tree` the document's tree is kept for locating later faults.
    static func parse(_ data: Data, tree: Bool = true) -> Parsed {
        var parser = JSONLocator(data, tree: tree)
        do {
            if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                throw SyntaxError(position: Position(line: 1, column: 1), problem: .byteOrderMark)
            }
            // Validated in place: a String of the whole document is not made for it.
            if (try? UTF8Span(validating: parser.bytes.span)) == nil {
                throw parser.invalidUTF8()
            }
            parser.skipWhitespace()
            let root = try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.bytes.count {
                throw parser.error(.textAfterDocument)
            }
            return Parsed(root: tree ? root : nil, error: nil, duplicates: parser.duplicateKeys)
        } catch let error as SyntaxError {
            return Parsed(root: nil, error: error, duplicates: parser.duplicateKeys)
        } catch {
            return Parsed(root: nil, error: SyntaxError(position: parser.here, problem: .invalidNumber), duplicates: parser.duplicateKeys)
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

    var here: Position { Position(line: line, column: column) }

    func error(_ problem: JSONSyntaxProblem) -> SyntaxError { SyntaxError(position: here, problem: problem) }

    private func invalidUTF8() -> SyntaxError {
        var l = 1, c = 1, i = 0
        while i < bytes.count {
            let length = Self.sequenceLength(bytes, at: i)
            if length == 0 { break }
            if bytes[i] == 0x0A { l += 1; c = 1 } else { c += 1 }
            i += length
        }
        return SyntaxError(position: Position(line: l, column: c), problem: .invalidUTF8(byte: bytes[min(i, bytes.count - 1)]))
    }

    /// The length of a valid UTF-8 sequence at `i`, or 0 if it is invalid.
    private static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, i + length <= b.count else { return 0 }
        return String(validating: b[i..<i + length], as: UTF8.self) == nil ? 0 : length
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func advance() {
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
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                line += 1
                column = 1
            case 0x20, 0x0D, 0x09:
                column += 1
            default:
                return
            }
            index += 1
        }
    }

    private mutating func value(depth: Int) throws -> Node {
        guard depth < Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth)) }
        guard let b = current else { throw error(.unexpectedEnd(in: .document)) }
        let start = here
        switch b {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""):
            _ = try string(keeping: false)
            return .string(start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(start)
        case UInt8(ascii: "n"): try literal("null"); return .null(start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number(at: start)
            return .number(start)
        default:
            throw error(.unexpectedCharacter(printable(b)))
        }
    }

    private mutating func object(depth: Int) throws -> Node {
        let start = here
        advance()
        var members: [(key: String, keyPosition: Position, value: Node)] = []
        var keys = ObjectKeys()
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object([], start) }
        var afterComma = false
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == nil { throw error(.unexpectedEnd(in: .object)) }
                throw error(afterComma && current == UInt8(ascii: "}") ? .trailingComma : .expectedKey)
            }
            let keyPosition = here
            let key = try key()
            if !keys.insert(key, of: self) { duplicateKeys.append((text(key), keyPosition)) }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.expectedColon(afterKey: text(key))) }
            advance()
            skipWhitespace()
            let member = try value(depth: depth + 1)
            if buildsTree { members.append((text(key), keyPosition, member)) }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance(); afterComma = true
            case UInt8(ascii: "}"): advance(); return .object(members, start)
            case nil: throw error(.unexpectedEnd(in: .object))
            default: throw error(.expectedCommaOrBrace)
            }
        }
    }

    private mutating func array(depth: Int) throws -> Node {
        let start = here
        advance()
        var items: [Node] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array([], start) }
        var afterComma = false
        while true {
            skipWhitespace()
            if afterComma && current == UInt8(ascii: "]") { throw error(.trailingComma) }
            let item = try value(depth: depth + 1)
            if buildsTree { items.append(item) }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance(); afterComma = true
            case UInt8(ascii: "]"): advance(); return .array(items, start)
            case nil: throw error(.unexpectedEnd(in: .array))
            default: throw error(.expectedCommaOrBracket)
            }
        }
    }
}

/// The keys of one object so far, to find one given twice: compared as bytes while there are few
/// (an agreement's objects have 2–15), a set of their texts beyond that (a map of fingerprints).
struct ObjectKeys {
    private var few: [JSONLocator.KeyBytes] = []
    private var many: Set<String>?

    /// Adds `key`; false when the object already has it.
    mutating func insert(_ key: JSONLocator.KeyBytes, of parser: JSONLocator) -> Bool {
        if many != nil { return many?.insert(parser.text(key)).inserted ?? true }
        let bytes = parser.view(key)
        for earlier in few {
            let other = parser.view(earlier)
            if other.count == bytes.count, other.elementsEqual(bytes) { return false }
        }
        few.append(key)
        if few.count > 16 {
            many = Set(few.map { parser.text($0) })
            few = []
        }
        return true
    }
}

import AgreementKit
import Foundation

/// Hostile variants of a store file, as a fuzzer makes them: byte-level damage (flips, truncation,
/// inserted, deleted and swapped spans) and damage that keeps the JSON well-formed but wrong
/// (duplicate keys, numbers for strings, huge numbers, deep nesting, bad dates, odd escapes, other
/// schema versions). Deterministic: the same seed gives the same bytes.
struct FuzzMutator {
    enum Mutation: String, CaseIterable {
        case flipBits, setBytes, truncate, insertBytes, deleteSpan, swapSpans, duplicateSpan
        case duplicateKey, numberForString, stringForNumber, hugeNumber, deepNesting, otherValue
        case badDate, oddString, version, controlBytes
    }

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// One to three mutations applied to `bytes`; returns the bytes and what was done.
    mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], done: [String]) {
        var current = bytes
        var done: [String] = []
        let count = pick([1, 1, 1, 1, 2, 2, 3])
        for _ in 0..<count {
            let mutation = pick(Mutation.allCases)
            let (next, what) = apply(mutation, to: current)
            current = next
            done.append(what)
        }
        return (current, done)
    }

    mutating func apply(_ mutation: Mutation, to input: [UInt8]) -> ([UInt8], String) {
        var b = input
        if b.isEmpty { b = Array("{}".utf8) }
        switch mutation {
        case .flipBits:
            let n = pick([1, 1, 2, 4, 16])
            var at: [Int] = []
            for _ in 0..<n {
                let i = int(0...b.count - 1)
                b[i] ^= UInt8(1) << UInt8(int(0...7))
                at.append(i)
            }
            return (b, "flip bits at \(at)")
        case .setBytes:
            let i = int(0...b.count - 1)
            let value = UInt8(int(0...255))
            b[i] = value
            return (b, "byte \(i) = 0x\(String(value, radix: 16))")
        case .truncate:
            let n = int(0...b.count - 1)
            return (Array(b.prefix(n)), "truncate to \(n) bytes")
        case .insertBytes:
            let i = int(0...b.count)
            let piece = randomPiece()
            b.insert(contentsOf: piece, at: i)
            return (b, "insert \(describe(piece)) at \(i)")
        case .deleteSpan:
            let i = int(0...b.count - 1)
            let n = min(b.count - i, pick([1, 1, 2, 5, 40, 1000]))
            b.removeSubrange(i..<i + n)
            return (b, "delete \(n) bytes at \(i)")
        case .swapSpans:
            guard b.count >= 4 else { return (b, "swap (too short)") }
            var x = int(0...b.count - 2), y = int(0...b.count - 2)
            if x > y { swap(&x, &y) }
            let n = min(pick([1, 3, 10, 100]), (y - x) / 1, b.count - y)
            guard n > 0, x + n <= y else { return (b, "swap (overlap)") }
            let first = Array(b[x..<x + n]), second = Array(b[y..<y + n])
            b.replaceSubrange(y..<y + n, with: first)
            b.replaceSubrange(x..<x + n, with: second)
            return (b, "swap \(n) bytes at \(x) and \(y)")
        case .duplicateSpan:
            let i = int(0...b.count - 1)
            let n = min(b.count - i, pick([1, 8, 64, 512]))
            b.insert(contentsOf: b[i..<i + n], at: i + n)
            return (b, "duplicate \(n) bytes at \(i)")
        case .duplicateKey:
            var lines = Self.lines(b)
            guard let l = memberLines(lines, scalarOnly: false).randomElement(using: &random) else { return (b, "duplicate key (none)") }
            var copy = lines[l]
            if copy.last == UInt8(ascii: ",") { copy.removeLast() }
            // A member whose value opens an object or a list: duplicate it with an empty one.
            if copy.last == UInt8(ascii: "{") { copy += Array("}".utf8) }
            if copy.last == UInt8(ascii: "[") { copy += Array("]".utf8) }
            if chance(50), let colon = Self.valueStart(copy) {
                copy = Array(copy[..<colon]) + Array(pick(["\"x\"", "1", "null", "[]", "{}", "true"]).utf8)
            }
            lines.insert(copy + [UInt8(ascii: ",")], at: l)
            return (Self.join(lines), "duplicate key on line \(l + 1)")
        case .numberForString:
            return replaceValue(b, where: { $0.first == UInt8(ascii: "\"") }, with: pick(["0", "-1", "2011", "1.5", "1e999", "true", "null"]), what: "number for a string")
        case .stringForNumber:
            return replaceValue(b, where: { Self.isNumberStart($0.first) }, with: pick(["\"2\"", "\"\"", "\"2011\"", "[]", "{}", "null", "true"]), what: "string for a number")
        case .hugeNumber:
            let huge = pick(["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                             "99999999999999999999999999999999", "1e400", "-1e400", "1e-400", "0.0000000000000000000001",
                             "2.5", "2.0", "-0", "1E2", "2e0", "1" + String(repeating: "0", count: 400)])
            if chance(50) {
                return replaceValue(b, where: { Self.isNumberStart($0.first) }, with: huge, what: "huge number")
            }
            return replaceValue(b, where: { _ in true }, with: huge, what: "huge number")
        case .deepNesting:
            let depth = pick([10, 100, 255, 256, 257, 511, 512, 513, 1000, 5000])
            let balanced = chance(70)
            let kind = int(0...2)
            let open = kind == 0 ? "[" : kind == 1 ? "{\"a\":" : "[{\"a\":"
            let close = kind == 0 ? "]" : kind == 1 ? "}" : "}]"
            let text = String(repeating: open, count: depth) + "1" + (balanced ? String(repeating: close, count: depth) : "")
            return replaceValue(b, where: { _ in true }, with: text, what: "\(balanced ? "" : "unbalanced ")nesting \(depth) deep (\(open))")
        case .otherValue:
            return replaceValue(b, where: { _ in true }, with: pick(["null", "true", "false", "{}", "[]", "\"\"", "[null]", "[1,2]", "{\"id\":1}"]), what: "other value")
        case .badDate:
            let date = pick(["\"2011-02-30\"", "\"2011-13-01\"", "\"2011-00-10\"", "\"2011-04-31\"", "\"2011-02-29\"", "\"2012-02-29\"",
                             "\"0000-01-01\"", "\"99999-01-01\"", "\"2011-1-1\"", "\"-2011-01-01\"", "\"2011-01-01T10:00:00Z\"",
                             "\"14.03.2011\"", "\"\"", "\"2011-01-32\"", "\"9223372036854775807-01-01\""])
            return replaceValue(b, where: { v in v.count == 12 && v[5] == UInt8(ascii: "-") && v[8] == UInt8(ascii: "-") }, with: date, what: "date")
        case .oddString:
            let odd = pick(["\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uD83D\\uDE00\"", "\"\\u001b[31mred\"", "\"\\x41\"", "\"\\u12\"",
                            "\"\\\"", "\"a\\", "\"\u{202E}bidi\"", "\"\u{1b}]0;title\u{7}\"", "\"" + String(repeating: "ø", count: 20_000) + "\"",
                            "\"e\u{301}\u{301}\u{301}\"", "\"\\/\\b\\f\\n\\r\\t\""])
            return replaceValue(b, where: { $0.first == UInt8(ascii: "\"") }, with: odd, what: "odd string")
        case .version:
            let v = pick(["0", "1", "3", "99", "-1", "2.0", "2.5", "\"2\"", "null", "1e400", "9223372036854775808", "[2]"])
            return replaceValue(b, where: { _ in true }, with: v, key: "version", what: "version \(v)")
        case .controlBytes:
            let i = int(0...b.count)
            let piece = pick([[0x00], [0x00, 0x00, 0x00], [0x1B, 0x5B, 0x32, 0x4A], [0x07], [0x0D], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80]] as [[UInt8]])
            b.insert(contentsOf: piece, at: i)
            return (b, "insert \(describe(piece)) at \(i)")
        }
    }

    /// A few bytes a fuzzer likes: JSON punctuation, keywords, quotes, escapes, broken UTF-8.
    private mutating func randomPiece() -> [UInt8] {
        switch int(0...3) {
        case 0: return Array(pick(["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "0", "e", ".", " ", "\n", ",]", ",}", "\"\":"]).utf8)
        case 1: return (0..<int(1...8)).map { _ in UInt8(int(0...255)) }
        case 2: return Array(pick(["æ", "ø", "å", "Å", "👩‍👩‍👧", "\u{0}", "\u{1b}"]).utf8)
        default: return pick([[0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFE], [0xFF]])
        }
    }

    private func describe(_ piece: [UInt8]) -> String {
        "[" + piece.map { String(format: "%02X", $0) }.joined(separator: " ") + "]"
    }

    /// Replaces the value of a random `"key" : value` line whose value passes `test`.
    private mutating func replaceValue(_ b: [UInt8], where test: ([UInt8]) -> Bool, with value: String, key: String? = nil, what: String) -> ([UInt8], String) {
        var lines = Self.lines(b)
        let candidates = memberLines(lines, scalarOnly: true).filter { l in
            guard let start = Self.valueStart(lines[l]) else { return false }
            if let key, !lines[l].starts(with: Array(repeating: UInt8(ascii: " "), count: Self.indent(lines[l])) + Array("\"\(key)\"".utf8)) { return false }
            var v = Array(lines[l][start...])
            if v.last == UInt8(ascii: ",") { v.removeLast() }
            return test(v)
        }
        guard let l = candidates.randomElement(using: &random), let start = Self.valueStart(lines[l]) else { return (b, "\(what) (no place)") }
        let comma = lines[l].last == UInt8(ascii: ",")
        lines[l] = Array(lines[l][..<start]) + Array(value.utf8) + (comma ? [UInt8(ascii: ",")] : [])
        return (Self.join(lines), "\(what) on line \(l + 1)")
    }

    /// Lines of the form `  "key" : value` (scalar values only when `scalarOnly`).
    private func memberLines(_ lines: [[UInt8]], scalarOnly: Bool) -> [Int] {
        lines.indices.filter { l in
            guard let start = Self.valueStart(lines[l]) else { return false }
            let first = lines[l][start]
            return !scalarOnly || (first != UInt8(ascii: "{") && first != UInt8(ascii: "["))
        }
    }

    static func indent(_ line: [UInt8]) -> Int { line.prefix { $0 == UInt8(ascii: " ") }.count }

    /// The index of the value in `  "key" : value`, or nil.
    static func valueStart(_ line: [UInt8]) -> Int? {
        let separator = Array("\" : ".utf8)
        let i = indent(line)
        guard i < line.count, line[i] == UInt8(ascii: "\""), line.count > separator.count else { return nil }
        var k = i + 1
        while k + separator.count < line.count {
            if line[k] == UInt8(ascii: "\\") { k += 2; continue }
            if line[k] == UInt8(ascii: "\"") {
                return Array(line[k..<k + separator.count]) == separator ? k + separator.count : nil
            }
            k += 1
        }
        return nil
    }

    static func isNumberStart(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func lines(_ b: [UInt8]) -> [[UInt8]] {
        b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    static func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [0x0A]))
    }
}

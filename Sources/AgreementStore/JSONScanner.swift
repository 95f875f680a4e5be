/// A pull reader over the bytes of one JSON document, for the store's own caches (the index and
/// its delta): values are read in place as the reader walks them, with no tree of the whole
/// document and no `Decoder` machinery. Any byte it does not expect throws `JSONScanner.Malformed`;
/// a cache that fails to read is simply rebuilt.
struct JSONScanner {
    /// The document is not the JSON the reader expected.
    struct Malformed: Error, Equatable {
        var offset: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True once only white space is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return i == bytes.count
    }

    /// Reads an object, calling `member` with each key; `member` must read (or skip) the value.
    mutating func object(_ member: (inout JSONScanner, JSONKey) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try self.key()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            let next = try peek()
            i += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Malformed(offset: i - 1) }
        }
    }

    /// Reads one `"key": value` of an object on its own (`value` reads the value), for a reader that
    /// takes an object's members as they come; how many bytes it read.
    mutating func member(_ value: (inout JSONScanner, JSONKey) throws -> Void) throws -> Int {
        let key = try self.key()
        try expect(UInt8(ascii: ":"))
        try value(&self, key)
        return i
    }

    /// Reads an array, calling `element` once per element; `element` must read (or skip) it.
    mutating func array(_ element: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") { i += 1; return }
        while true {
            try element(&self)
            let next = try peek()
            i += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw Malformed(offset: i - 1) }
        }
    }

    /// Reads an object's key: its bytes in place, its escapes resolved (rare) through `string()`.
    private mutating func key() throws -> JSONKey {
        if let bytes = try plainString() { return JSONKey(bytes) }
        return JSONKey(try string())
    }

    /// Reads a string that has no escapes as its bytes in the document (valid as long as the
    /// document is), without making a `String`; nil, with nothing read, when it has escapes.
    mutating func plainString() throws -> UnsafeBufferPointer<UInt8>? {
        try expect(UInt8(ascii: "\""))
        let start = i
        // A local index over the bytes: the scanner itself lives in memory (it is passed `inout`
        // to every member's closure), and stepping `i` through it byte by byte cost 16 instructions
        // a byte of the index's text.
        guard let base = bytes.baseAddress else { throw Malformed(offset: i) }
        let end = PlainRun.end(in: bytes, from: start)
        guard end < bytes.count else {
            i = end
            throw Malformed(offset: end)
        }
        switch base[end] {
        case UInt8(ascii: "\""):
            i = end + 1
            return UnsafeBufferPointer(start: base + start, count: end - start)
        case UInt8(ascii: "\\"):
            i = start - 1
            return nil
        default:
            i = end
            throw Malformed(offset: end)
        }
    }

    /// Reads a string, its escapes resolved.
    mutating func string() throws -> String {
        if let plain = try plainString() { return String(decoding: plain, as: UTF8.self) }
        try expect(UInt8(ascii: "\""))
        return try escapedString(from: i)
    }

    /// Reads a string of the form `"yyyy-mm-dd"` (ten digits and dashes, no escapes) as its
    /// year, month and day, without making a `String`; nil, with nothing read, for any other value.
    mutating func isoDateParts() throws -> (year: Int, month: Int, day: Int)? {
        _ = try peek()
        guard i + 12 <= bytes.count, bytes[i] == UInt8(ascii: "\""), bytes[i + 11] == UInt8(ascii: "\""),
              bytes[i + 5] == UInt8(ascii: "-"), bytes[i + 8] == UInt8(ascii: "-") else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in from..<(from + count) {
                let d = Int(bytes[k]) &- Int(UInt8(ascii: "0"))
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard let year = digits(i + 1, 4), let month = digits(i + 6, 2), let day = digits(i + 9, 2) else { return nil }
        i += 12
        return (year, month, day)
    }

    /// Reads a whole number.
    mutating func int() throws -> Int {
        Int(try int64())
    }

    mutating func int64() throws -> Int64 {
        skipSpace()
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let magnitude = try digits()
        guard magnitude <= UInt64(Int64.max) + (negative ? 1 : 0) else { throw Malformed(offset: i) }
        return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    mutating func uint64() throws -> UInt64 {
        skipSpace()
        return try digits()
    }

    mutating func bool() throws -> Bool {
        if try literal("true") { return true }
        if try literal("false") { return false }
        throw Malformed(offset: i)
    }

    /// True (and read) when the next value is `null`.
    mutating func null() throws -> Bool {
        try literal("null")
    }

    /// Passes over one value of any kind.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try object { s, _ in try s.skipValue() }
        case UInt8(ascii: "["): try array { s in try s.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard try null() else { throw Malformed(offset: i) }
        default:
            // A number: sign, digits, fraction, exponent.
            let start = i
            while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
            guard i > start else { throw Malformed(offset: i) }
        }
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    private mutating func digits() throws -> UInt64 {
        var value: UInt64 = 0
        let start = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            let (product, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = product.addingReportingOverflow(UInt64(bytes[i] - UInt8(ascii: "0")))
            guard !o1, !o2 else { throw Malformed(offset: i) }
            value = sum
            i += 1
        }
        guard i > start else { throw Malformed(offset: i) }
        return value
    }

    private mutating func literal(_ word: StaticString) throws -> Bool {
        skipSpace()
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: n)
        for k in 0..<n where bytes[i + k] != expected[k] { return false }
        i += n
        return true
    }

    /// The slow path of `string()`: a string with escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws -> String {
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw Malformed(offset: i) }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
                default: throw Malformed(offset: i - 1)
                }
            default:
                guard b >= 0x20 else { throw Malformed(offset: i - 1) }
                out.append(b)
            }
        }
        throw Malformed(offset: i)
    }

    /// After `\u`: four hex digits (a surrogate pair takes two escapes), as UTF-8.
    private mutating func unicodeEscape() throws -> [UInt8] {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw Malformed(offset: i) }
            i += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw Malformed(offset: i) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw Malformed(offset: i) }
        return Array(String(Character(unicode)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw Malformed(offset: i) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw Malformed(offset: i)
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func peek() throws -> UInt8 {
        skipSpace()
        guard i < bytes.count else { throw Malformed(offset: i) }
        return bytes[i]
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Malformed(offset: i) }
        i += 1
    }
}

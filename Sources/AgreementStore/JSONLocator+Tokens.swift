import Foundation

/// The tokens of the strict parser: strings, escapes, literals and numbers.
extension JSONLocator {
    /// A string token; its text is built only when `keeping` (object keys): a value's text is not needed.
    mutating func string(keeping: Bool) throws -> String {
        advance()
        var raw: [UInt8] = []
        while let b = current {
            switch b {
            case UInt8(ascii: "\""):
                advance()
                return keeping ? String(decoding: raw, as: UTF8.self) : ""
            case UInt8(ascii: "\\"):
                advance()
                guard let e = current else { throw error(.unexpectedEnd(in: .string)) }
                switch e {
                case UInt8(ascii: "u"):
                    advance()
                    let unit = try hexQuad()
                    if keeping { try appendEscaped(unit, to: &raw) }
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    if keeping { raw.append(e) }
                    advance()
                default:
                    throw error(.invalidEscape(printable(e)))
                }
            case 0x00..<0x20:
                throw error(b == 0x0A ? .lineBreakInString : .controlCharacter(b))
            default:
                // The plain run up to the next quote, escape or control character in one pass
                // (no line break can be in it: the column is all that moves).
                let start = index
                let (end, columns) = plainRun(from: start)
                if keeping { raw.append(contentsOf: bytes[start..<end]) }
                index = end
                column += columns
            }
        }
        throw error(.unexpectedEnd(in: .string))
    }

    /// Where the run of a string's bytes from `start` that needs no escape ends (the next quote,
    /// backslash or control character), and how many characters (columns) it holds.
    func plainRun(from start: Int) -> (end: Int, columns: Int) {
        var end = start
        var columns = 0
        while end < bytes.count {
            let c = bytes[end]
            if c == 0x22 || c == 0x5C || c < 0x20 { break }
            if c & 0xC0 != 0x80 { columns += 1 }
            end += 1
        }
        return (end, columns)
    }

    /// An object's key as the bytes it stands for: a range of the document when it is written
    /// plainly (nothing copied), else its bytes with the escapes resolved (`"\u0061"` is the key `a`).
    enum KeyBytes {
        case plain(Range<Int>)
        case decoded([UInt8])
    }

    /// A key token (its opening quote at `index`). Keys are compared as bytes and made into text
    /// only when needed (the tree, an error): a `Set<String>` of every object's keys was half of
    /// the strict pass.
    mutating func key() throws -> KeyBytes {
        let start = index + 1
        let (end, columns) = plainRun(from: start)
        if end < bytes.count, bytes[end] == 0x22 {
            // Both quotes and the text between them, on one line.
            index = end + 1
            column += columns + 2
            return .plain(start..<end)
        }
        return .decoded(Array(try string(keeping: true).utf8))
    }

    /// The bytes of a key.
    func view(_ key: KeyBytes) -> ArraySlice<UInt8> {
        switch key {
        case .plain(let range): bytes[range]
        case .decoded(let decoded): decoded[...]
        }
    }

    /// The text of a key.
    func text(_ key: KeyBytes) -> String { String(decoding: view(key), as: UTF8.self) }

    /// The four hex digits after `\u`.
    private mutating func hexQuad() throws -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let h = current else { throw error(.invalidUnicodeEscape) }
            let digit: UInt16
            switch h {
            case 0x30...0x39: digit = UInt16(h - 0x30)
            case 0x61...0x66: digit = UInt16(h - 0x61 + 10)
            case 0x41...0x46: digit = UInt16(h - 0x41 + 10)
            default: throw error(.invalidUnicodeEscape)
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    /// The character a `\u` escape stands for, in UTF-8 (a surrogate pair joined, a lone one as
    /// U+FFFD), so that a key written with escapes is the same key as one written plainly.
    private mutating func appendEscaped(_ unit: UInt16, to raw: inout [UInt8]) throws {
        var scalar = Unicode.Scalar(unit)
        if (0xD800...0xDBFF).contains(unit), current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
            advance()
            advance()
            let low = try hexQuad()
            if (0xDC00...0xDFFF).contains(low) {
                scalar = Unicode.Scalar((UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00) + 0x10000)
            }
        }
        raw.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
    }

    mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard current == expected else { throw error(.invalidLiteral(expected: word)) }
            advance()
        }
    }

    /// A number token; one no field can hold (`1e400`, an integer beyond 64 bits) is refused at
    /// its own position, so the error names the key it belongs to.
    mutating func number(at start: Position) throws {
        let first = index
        if current == UInt8(ascii: "-") { advance() }
        var digits = 0
        while let b = current, b >= 0x30 && b <= 0x39 { advance(); digits += 1 }
        guard digits > 0 else { throw error(.invalidNumber) }
        var integral = true
        if current == UInt8(ascii: ".") {
            integral = false
            advance()
            var fraction = 0
            while let b = current, b >= 0x30 && b <= 0x39 { advance(); fraction += 1 }
            guard fraction > 0 else { throw error(.invalidNumber) }
        }
        if let b = current, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            integral = false
            advance()
            if let s = current, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { advance() }
            var exponent = 0
            while let b = current, b >= 0x30 && b <= 0x39 { advance(); exponent += 1 }
            guard exponent > 0 else { throw error(.invalidNumber) }
        }
        // Short plain numbers (years, versions) are always in range: only long or exponent forms are checked.
        guard !integral || index - first > 18 else { return }
        let token = String(decoding: bytes[first..<index], as: UTF8.self)
        let fits = integral ? Int64(token) != nil : Double(token).map { $0.isFinite } ?? false
        if !fits {
            let shown = token.count > 24 ? String(token.prefix(20)) + "…" : token
            throw SyntaxError(position: start, problem: .numberOutOfRange(shown))
        }
    }

    func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : String(format: "0x%02X", byte)
    }
}

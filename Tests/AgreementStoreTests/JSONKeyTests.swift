import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The scanner's keys and shared strings, made from bytes in place: the same answers as `String`.
@Suite("JSON keys and shared strings read from bytes")
struct JSONKeyTests {
    private func key(_ text: String) -> JSONKey {
        var text = text
        return text.withUTF8 { JSONKey($0) }
    }

    @Test func aKeyMatchesItsLiteralAndNoOther() {
        #expect(key("year") == "year")
        #expect(key("modifiedNanoseconds") == "modifiedNanoseconds", "19 bytes: three words")
        #expect(key("goalAreasAssessed") == "goalAreasAssessed")
        #expect(key("") == "")
        #expect(key("year") != "years" && key("years") != "year" && key("yea") != "year")
        #expect(key("abcdefghijklmnopqrstuvwx") == "abcdefghijklmnopqrstuvwx", "24 bytes, the words full")
        #expect(key("abcdefghijklmnopqrstuvwxy") == "abcdefghijklmnopqrstuvwxy", "25 bytes: kept as a String")
        #expect(key("abcdefghijklmnopqrstuvwxy") != "abcdefghijklmnopqrstuvwxz")
        #expect(key("a\u{0}") != "a", "a zero byte is part of the key")
    }

    @Test func aKeyGivesBackItsString() {
        for text in ["", "id", "tjenesteområde", "ærlig-øvelse-ååå", "hoeggen-skole-2011", String(repeating: "å", count: 40)] {
            #expect(key(text).string == text)
            #expect(JSONKey(text) == key(text))
        }
    }

    /// Every key of random lengths and bytes against `String`'s equality.
    @Test func keysAreEqualExactlyWhenTheirStringsAre() {
        var random = SplitMix64(seed: 5)
        let letters = ["a", "b", "å", "ø", "Z", "-", "0"]
        let texts = (0..<300).map { _ in (0..<Int(random.next() % 30)).map { _ in letters[Int(random.next() % 7)] }.joined() }
        for a in texts.prefix(60) {
            for b in texts {
                #expect((key(a) == key(b)) == (a == b), "\(a) / \(b)")
            }
        }
    }

    @Test func aStringReadAgainIsTheOneKept() {
        var shared = SharedStrings()
        func read(_ text: String) -> String {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { shared.string(UnsafeBufferPointer($0)) }
        }
        func storage(_ text: String) -> UnsafePointer<UInt8>? {
            var text = text
            return text.withUTF8 { $0.baseAddress }
        }
        let first = read("Angelltrøa bibliotek og kulturhus")
        let again = read("Angelltrøa bibliotek og kulturhus")
        #expect(again == first && storage(again) == storage(first), "the same storage, not a copy")
        // Enough strings to grow the table several times: each still found, each kept once.
        let many = (0..<1_000).map { "Enhet nummer \($0) i kommunen" }
        let kept = many.map(read)
        #expect(kept == many)
        for (text, was) in zip(many, kept) { #expect(storage(read(text)) == storage(was)) }
        #expect(shared.string("Enhet nummer 7 i kommunen") == "Enhet nummer 7 i kommunen")
        // Bytes that are not UTF-8 give their repaired string.
        var broken: [UInt8] = [0x41, 0xFF, 0x42]
        let repaired = broken.withUnsafeMutableBufferPointer { shared.string(UnsafeBufferPointer($0)) }
        #expect(repaired == String(decoding: [0x41, 0xFF, 0x42] as [UInt8], as: UTF8.self))
    }

    @Test func logDaysReadFromBytesAreTheDaysOfTheText() {
        for text in ["15034*2 3 1*4", "17897", "", "-5 3*9 400", "1 0", "1  2", "x", "1*1"] {
            var bytes = Array(text.utf8)
            let fromBytes = bytes.withUnsafeMutableBufferPointer { LogDays(utf8: UnsafeBufferPointer($0)) }
            #expect(fromBytes == LogDays(text: text), "\(text)")
        }
    }

    /// A string's end found eight bytes at a time: a quote, a backslash or a control character at
    /// every place of every length up to 40, among ASCII, æøå and bytes above 0x80, is where a
    /// byte-by-byte look finds it.
    @Test func aStringsEndIsFoundAtEveryPlace() throws {
        let fillers: [[UInt8]] = [Array("abcdefgh".utf8), Array("æøåÆØÅ".utf8), [0x7F, 0x80, 0xFF, 0x21, 0x23, 0x5B, 0x5D, 0x20]]
        for filler in fillers {
            for length in 0...40 {
                let text = (0..<length).map { filler[$0 % filler.count] }
                for stop in [nil, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x00, 0x1F, 0x0A] as [UInt8?] {
                    for place in stop == nil ? [length] : Array(0..<max(1, length)) {
                        var body = text
                        if let stop, !body.isEmpty { body[place] = stop }
                        let bytes = [UInt8(ascii: "\"")] + body + [UInt8(ascii: "\""), UInt8(ascii: "x")]
                        let end = body.firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 } ?? body.count
                        try bytes.withUnsafeBufferPointer { buffer in
                            var scanner = JSONScanner(buffer)
                            if end == body.count || body[end] == UInt8(ascii: "\"") {
                                let read = try #require(try scanner.plainString())
                                #expect(Array(read) == Array(body[..<end]), "\(body)")
                            } else if body[end] == UInt8(ascii: "\\") {
                                #expect(try scanner.plainString() == nil, "\(body)")
                            } else {
                                #expect(throws: JSONScanner.Malformed.self) { _ = try scanner.plainString() }
                            }
                        }
                    }
                }
            }
        }
    }
}

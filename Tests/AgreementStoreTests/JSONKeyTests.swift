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
}

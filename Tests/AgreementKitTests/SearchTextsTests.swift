@testable import AgreementKit
import Testing

/// The filter's byte search against `String.contains`, the slow way it replaced.
@Suite("Search texts")
struct SearchTextsTests {
    @Test func wordsAreFoundInTheirTextsInOrder() {
        let texts = SearchTexts(["berg skole 2011 oppfølging", "åsen barnehage 2010", "", "ørnehaugen skole"])
        #expect(texts.count == 4 && texts[1] == "åsen barnehage 2010" && texts[2] == "")
        #expect(texts.matching([0, 1, 2, 3], allOf: ["skole"]) == [0, 3])
        #expect(texts.matching([3, 0], allOf: ["skole", "ø"]) == [3, 0], "the candidates' order is kept")
        #expect(texts.matching([0, 1, 2, 3], allOf: ["følg", "2011"]) == [0])
        #expect(texts.matching([0, 1, 2, 3], allOf: [String]()) == [0, 1, 2, 3])
        #expect(texts.matching([1], allOf: ["a\u{30A}"]) == [1], "å spelt with a combining ring is the same letter")
    }

    /// Random texts and words over ASCII, æøå, combining marks, CR LF, controls and emoji: the
    /// byte search (or its slow path) answers as `String.contains` for every one.
    @Test func everyAnswerIsStringContainsAnswer() {
        var random = SplitMix64(seed: 17)
        let pieces = ["a", "e", "s", "k", "o", " ", "1", "æ", "ø", "å", "é", "e\u{301}", "a\u{30A}", "\u{301}", "\r", "\n", "\r\n",
                      "\u{1}", "ß", "ǿ", "\u{2FF}", "\u{300}", "🇳🇴", "👍🏽", "ﬁ", "Å", "\u{212B}", "-"]
        func text(_ maxPieces: UInt64) -> String {
            (0..<Int(random.next() % maxPieces)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        let haystacks = (0..<400).map { _ in text(14) }
        let texts = SearchTexts(haystacks)
        for i in haystacks.indices { #expect(texts[i] == haystacks[i]) }
        for _ in 0..<400 {
            let words = (0..<Int(1 + random.next() % 2)).map { _ in text(4) }.filter { !$0.isEmpty }
            let expected = haystacks.indices.filter { i in words.allSatisfy { haystacks[i].contains($0) } }
            #expect(texts.matching(Array(haystacks.indices), allOf: words) == expected, "\(words.map { Array($0.unicodeScalars) })")
        }
    }

    /// The bytes reckoned beforehand are only the buffer's room: reckoned right, the buffer is made
    /// once and never copied; reckoned short or long, the texts are the same and the buffer fits.
    @Test func theReckonedBytesAreOnlyTheBuffersRoom() {
        let haystacks = (0..<300).map { "enhet \($0) åsen skole oppfølging \(String(repeating: "x", count: $0 % 40))" }
        let exact = haystacks.reduce(0) { $0 + $1.utf8.count }
        let plain = SearchTexts(haystacks)
        for expected in [0, exact / 2, exact, exact * 3] {
            let texts = SearchTexts(haystacks, expectedBytes: expected)
            #expect(texts == plain, "reckoned \(expected) of \(exact) bytes")
            #expect(texts.bytesReserved >= exact && texts.bytesReserved - exact <= max(64, exact / 16),
                    "reckoned \(expected) of \(exact) bytes: room for \(texts.bytesReserved)")
        }
    }
}

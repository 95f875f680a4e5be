@testable import AgreementUI
import Foundation
import Testing

/// The search's byte-level match of folded text agrees with folding both texts with `fold` and
/// looking for the one's bytes in the other's, on random Norwegian, accented and other text. (By
/// bytes, not by `String.contains`: "한" is found in "한" + a joiner, which is one grapheme.)
@Suite("Search: folded text matched as bytes")
struct SearchBytesTests {
    /// Letters a leader's text is made of: ASCII, æøå in both cases, accented and other letters.
    static let pool: [String] = ["a", "b", "k", "o", "e", "s", "t", " ", "-", "Ø", "ø", "Æ", "æ", "Å", "å", "é", "É", "ü", "ñ", "ß",
                                 "1", "2", "A", "K", "O", "E", "ő", "č", "œ", "—", "«", "»", "\n",
                                 // Combining marks, joiners and letters that are more than one scalar or
                                 // change length when folded: the byte folding must give way to `fold`.
                                 "e\u{301}", "\u{301}", "\u{308}", "\u{200D}", "İ", "Σ", "ǅ", "ŉ", "ﬁ", "–", "”", "…", "•", "│", "€",
                                 "\u{2000}", "\u{00AD}", "\r\n", "한", "👍🏽", "🇳🇴"]

    @Test func bytesAgreeWithFoldedStrings() {
        var generator = SystemRandomNumberGenerator()
        var scratch: [UInt8] = []
        for round in 0..<8_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let query = (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let needle = SearchIndex.fold(query)
            let expected = Self.bytes(of: SearchIndex.fold(text), contain: needle)
            #expect(SearchIndex.contains(text, folded: Array(needle.utf8), scratch: &scratch) == expected, "round \(round): «\(text)» / «\(query)»")
        }
    }

    /// One folder over many texts, as a search uses it: what it remembers of one text's scalars
    /// never changes the answer for the next.
    @Test func oneFolderForManyTextsAgreesWithFoldedStrings() {
        var generator = SystemRandomNumberGenerator()
        var folder = SearchIndex.Folder()
        for round in 0..<8_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let query = (0..<Int.random(in: 1...3, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let needle = SearchIndex.fold(query)
            let expected = Self.bytes(of: SearchIndex.fold(text), contain: needle)
            #expect(folder.contains(text, folded: Array(needle.utf8)) == expected, "round \(round): «\(text)» / «\(query)»")
        }
    }

    static func bytes(of text: String, contain needle: String) -> Bool {
        let hay = Array(text.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard hay.count >= n.count else { return false }
        return (0...(hay.count - n.count)).contains { Array(hay[$0..<($0 + n.count)]) == n }
    }

    @Test func norwegianLettersMatchTheirPlainForms() {
        var scratch: [UInt8] = []
        #expect(SearchIndex.contains("Økt trivsel på skolen", folded: Array("okt".utf8), scratch: &scratch))
        #expect(SearchIndex.contains("Lærernes ÅRSPLAN", folded: Array("laerernes arsplan".utf8), scratch: &scratch))
        #expect(SearchIndex.contains("Café", folded: Array("cafe".utf8), scratch: &scratch))
        #expect(!SearchIndex.contains("Økt", folded: Array("økt".utf8), scratch: &scratch), "a folded needle has no ø")
    }
}

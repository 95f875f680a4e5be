@testable import AgreementUI
import Foundation
import Testing

/// The search's byte-level match of folded text agrees with folding both texts and asking the
/// folded string whether it contains the other, on random Norwegian, accented and other text.
@Suite("Search: folded text matched as bytes")
struct SearchBytesTests {
    /// Letters a leader's text is made of: ASCII, æøå in both cases, accented and other letters.
    static let pool: [String] = ["a", "b", "k", "o", "e", "s", "t", " ", "-", "Ø", "ø", "Æ", "æ", "Å", "å", "é", "É", "ü", "ñ", "ß",
                                 "1", "2", "A", "K", "O", "E", "ő", "č", "œ", "—", "«", "»", "\n"]

    @Test func bytesAgreeWithFoldedStrings() {
        var generator = SystemRandomNumberGenerator()
        var scratch: [UInt8] = []
        for round in 0..<4_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let query = (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.pool.randomElement(using: &generator) ?? "a" }.joined()
            let needle = SearchIndex.fold(query)
            let expected = needle.isEmpty || SearchIndex.fold(text).contains(needle)
            #expect(SearchIndex.contains(text, folded: Array(needle.utf8), scratch: &scratch) == expected, "round \(round): «\(text)» / «\(query)»")
        }
    }

    @Test func norwegianLettersMatchTheirPlainForms() {
        var scratch: [UInt8] = []
        #expect(SearchIndex.contains("Økt trivsel på skolen", folded: Array("okt".utf8), scratch: &scratch))
        #expect(SearchIndex.contains("Lærernes ÅRSPLAN", folded: Array("laerernes arsplan".utf8), scratch: &scratch))
        #expect(SearchIndex.contains("Café", folded: Array("cafe".utf8), scratch: &scratch))
        #expect(!SearchIndex.contains("Økt", folded: Array("økt".utf8), scratch: &scratch), "a folded needle has no ø")
    }
}

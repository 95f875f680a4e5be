import AgreementKit
import Testing

/// The overview's and the picker's lower-casing against `String.lowercased()`, which it replaces.
@Suite("Lower-casing Latin-1 in place")
struct TextCaseTests {
    @Test func everyLatin1ScalarLowerCasesAsTheStandardLibraryDoes() {
        for value in UInt32(0)...0x17F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "b"
            #expect(TextCase.lowercased(text) == text.lowercased(), "U+\(String(value, radix: 16))")
        }
    }

    /// Random texts of ASCII, æøå in both cases, Latin-1 oddities (×, ß, µ, ÿ), letters whose lower
    /// case is longer or elsewhere (İ, Ÿ, ẞ, Σ, Å the ångström sign), combining marks and emoji.
    @Test func randomTextsLowerCaseAsTheStandardLibraryDoes() {
        var random = SplitMix64(seed: 31)
        let pieces = ["A", "z", " ", "1", "Æ", "Ø", "Å", "æ", "ø", "å", "É", "×", "ß", "µ", "ÿ", "Þ", "İ", "Ÿ", "ẞ", "Σ", "\u{212B}",
                      "e\u{301}", "🇳🇴", "ǅ", "Ω", "-", "\u{0}"]
        for _ in 0..<500 {
            let text = (0..<Int(random.next() % 16)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(TextCase.lowercased(text) == text.lowercased(), "\(Array(text.unicodeScalars))")
            #expect(Array(TextCase.lowercased(text).utf8) == Array(text.lowercased().utf8), "the same bytes: \(Array(text.unicodeScalars))")
        }
    }
}

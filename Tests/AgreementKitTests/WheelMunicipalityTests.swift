@testable import AgreementKit
import Testing

/// Which municipalities a wheel applies to: names compared without case, white space or a trailing
/// «kommune», split by scalars for Latin names and by characters otherwise — the same words.
@Suite("Wheels: the municipalities they apply to")
struct WheelMunicipalityTests {
    @Test func namesCompareWithoutCaseSpaceOrTheWordForMunicipality() {
        let wheel = AnnualWheel(id: "bo", title: "Årshjul", municipalities: ["Bø", "Sør-Varanger kommune"])
        #expect(wheel.applies(to: "Bø kommune"))
        #expect(wheel.applies(to: "  BØ\u{A0}KOMMUNE\r\n"))
        #expect(wheel.applies(to: "sør-varanger"))
        #expect(!wheel.applies(to: "Bøkommune"))
        #expect(!wheel.applies(to: "Bø i Telemark"))
        #expect(AnnualWheel(id: "alle", title: "Alle").applies(to: "Hvilken som helst"), "a wheel that names none applies to all")
        #expect(AnnualWheel.plainName("Kommune") == "kommune", "the word alone stays")
        #expect(AnnualWheel.plainName("\t") == "")
    }

    /// The scalars' way against the characters' way on random names: Latin letters in both cases,
    /// every white space below U+0300, CR LF, combining marks, letters whose lower case is longer
    /// (İ), wide and emoji characters.
    @Test func randomNamesGiveTheSameWordsBothWays() {
        var random = SplitMix64(seed: 22)
        let pieces = ["Bø", "kommune", "KOMMUNE", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\r\n", "\u{85}", "\u{A0}", "\u{2003}",
                      "Å", "æ", "ß", "İ", "e\u{301}", " \u{301}", "\u{301}", "ǅ", "Σ", "东京", "🇳🇴", "-", "x"]
        for _ in 0..<2_000 {
            let name = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(AnnualWheel.plainName(name) == AnnualWheel.plainNameByCharacters(name), "\(Array(name.unicodeScalars))")
        }
    }
}

@testable import AgreementKit
import Testing

@Suite("Agreement ids and Norwegian order")
struct SlugAndOrderTests {
    @Test func slugsAreReadableASCII() {
        #expect(Slug.make(unit: "Hoeggen skole", year: 2011) == "hoeggen-skole-2011")
        #expect(Slug.make(unit: "Ærlige Østre Åsen barnehage", year: 2013) == "aerlige-ostre-asen-barnehage-2013")
        #expect(Slug.make(unit: "  Café «Nord» / Sør ", year: 2020) == "cafe-nord-sor-2020")
        #expect(Slug.make(unit: "", year: 2020) == "avtale-2020")
        #expect(Slug.isValid("hoeggen-skole-2011"))
        #expect(!Slug.isValid("Hoeggen"))
        #expect(!Slug.isValid("../etc"))
        #expect(!Slug.isValid("-a"))
    }

    @Test func norwegianLettersSortAfterZ() {
        let units = ["Åsen", "Øya", "Ærfugl", "Zebra", "Aker", "aurora"]
        #expect(units.sorted(by: NorwegianOrder.less) == ["Aker", "aurora", "Zebra", "Ærfugl", "Øya", "Åsen"])
    }

    /// The fast key of ASCII and æøåäö text is the key grapheme by grapheme would give, and
    /// text with anything else (é, combining marks, emoji, CR LF) takes the slow way.
    @Test func theLatinKeyEqualsTheGraphemeKey() {
        let latin: [Unicode.Scalar] = ["a", "Z", "m", " ", "-", "{", "|", "}", "\r", "\n", "0", "æ", "Æ", "ø", "Ø", "å", "Å", "ä", "Ä", "ö", "Ö"]
        let other: [Unicode.Scalar] = ["é", "É", "\u{301}", "\u{30A}", "ü", "👩", "\u{200D}", "ß", "Ǆ"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            let pool = round % 2 == 0 ? latin : latin + other
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &generator) { scalars.append(pool.randomElement(using: &generator)!) }
            let text = String(scalars)
            if let fast = NorwegianOrder.latinKey(text) {
                #expect(fast == NorwegianOrder.graphemeKey(text), "for «\(text)»")
            } else {
                #expect(text.unicodeScalars.contains { other.contains($0) }, "«\(text)» is Latin and should have a fast key")
            }
        }
        #expect(NorwegianOrder.key("a\u{30A}sen") == NorwegianOrder.key("åsen"), "a decomposed å sorts as å")
    }
}

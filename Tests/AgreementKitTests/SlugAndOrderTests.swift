import AgreementKit
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
}

import AgreementUI
import Foundation
import Catalogue
import TestSupport
import Testing

@Suite("Themes are data files, validated at load")
struct ThemeTests {
    @Test(arguments: ["default", "basic", "mono", "okabe-ito"])
    func everyBundledThemeIsValid(name: String) throws {
        let theme = try ThemeLoader.bundled(name)
        for role in Role.allCases { #expect(theme.styles[role] != nil, "\(name) lacks \(role)") }
    }

    @Test func theDefaultThemeUsesTheFormsColours() throws {
        let theme = try ThemeLoader.bundled("default")
        #expect(theme.style(.phaseBlue).foreground == 33)
        #expect(theme.style(.phaseOrange).foreground == 208)
        #expect(theme.style(.phaseGreen).foreground == 34)
        #expect(theme.colours == 256)
        #expect(theme.fallback == "basic")
    }

    @Test func basicUsesYellowAndBoldForOrange() throws {
        let theme = try ThemeLoader.bundled("basic")
        #expect(theme.style(.phaseBlue).foreground == 4)
        #expect(theme.style(.phaseOrange) == Style(foreground: 3, bold: true))
        #expect(theme.style(.phaseGreen).foreground == 2)
    }

    @Test func monoHasNoColourButDistinctAttributes() throws {
        let theme = try ThemeLoader.bundled("mono")
        #expect(Role.allCases.allSatisfy { theme.style($0).foreground == nil && theme.style($0).background == nil })
        let phases = [theme.style(.phaseBlue), theme.style(.phaseOrange), theme.style(.phaseGreen)]
        #expect(Set(phases.map { "\($0)" }).count == 3)
    }

    @Test func okabeItoMapsItsHexColoursToTheNearest256() throws {
        let theme = try ThemeLoader.bundled("okabe-ito")
        #expect(theme.style(.phaseBlue).foreground == ColourIndex.nearest(red: 0x00, green: 0x72, blue: 0xB2))
        #expect(theme.style(.phaseOrange).foreground == 178)
        #expect(theme.style(.phaseGreen).foreground == 35)
        #expect(theme.style(.selection) == (try ThemeLoader.bundled("default")).style(.selection), "inherits the rest")
    }

    @Test func badThemesGiveClearErrors() {
        func error(_ json: String) -> String {
            do { _ = try ThemeLoader.parse(Data(json.utf8), name: "x"); return "" } catch { return Language.nb.words.theme(error.theme, error.problem) }
        }
        #expect(error("{") .contains("ugyldig JSON"))
        #expect(error(#"{"colours": 256, "roles": {"fancy": {}}}"#).contains("ukjent rolle «fancy»"))
        #expect(error(#"{"colours": 8, "inherits": "default", "roles": {"phaseBlue": {"fg": 33}}}"#).contains("ikke en farge"))
        #expect(error(#"{"colours": 256, "roles": {"normal": {}}}"#).contains("mangler roller"))
        #expect(error(#"{"colours": 256, "inherits": "default", "roles": {"normal": {"blink": true}}}"#).contains("ukjent nøkkel «blink»"))
        #expect(throws: ThemeError.self) { try ThemeLoader.bundled("finnes-ikke") }
    }

    @Test func noColourKeepsTheAttributes() throws {
        let plain = try ThemeLoader.bundled("default").withoutColour
        #expect(plain.style(.phaseOrange).foreground == nil)
        #expect(plain.style(.selection).reverse)
    }
}

import AgreementUI
import Foundation
import Catalogue
import TestSupport
import Testing

/// Every screen in English and nynorsk: no bokmål word where the interface speaks (the user's
/// own text stays as written), and nothing cut without "…" (the NothingCut rule, per language).
@Suite("Every screen speaks the chosen language")
struct LanguageScreenTests {
    /// Bokmål (and Norwegian) words that never belong to English interface text.
    static let notEnglish: Set<String> = ["ikke", "ikkje", "avslutt", "lagret", "lagra", "loggføring", "loggføringer", "enhet", "enheten",
                                          "eining", "og", "eller", "hjelp", "tilbake", "neste", "forrige", "frist", "fristen", "avtalen",
                                          "avtale", "samtale", "oversikt", "årshjul", "mål", "målet", "tiltak", "støtte", "logg", "søk",
                                          "ingen", "fra", "frå", "hva", "kva", "på", "av"]
    /// Bokmål-only forms that nynorsk writes otherwise.
    static let notNynorsk: Set<String> = ["ikke", "enhet", "enheten", "enheter", "enhetens", "leder", "lederen", "leders", "hva", "hvordan",
                                          "noen", "vurderingen", "oppgaven", "lagret", "fra", "hvem", "også", "dager", "avtalene", "forrige",
                                          "skrevet", "mangler", "finnes", "kommer", "hvis", "mellom", "gjøre", "måloppnåelse", "inngåelse"]

    @Test(arguments: [Language.en, Language.nn])
    func noBokmalWordOutsideTheUsersText(language: Language) throws {
        let forbidden = language == .en ? Self.notEnglish : Self.notNynorsk
        var found: [String] = []
        for size in [(80, 24), (120, 40)] {
            for (name, state) in try LanguageScreens.all(language, size.0, size.1) {
                let screen = SampleState.render(state)
                for line in screen.text.split(separator: "\n") {
                    found += Self.foreignWords(in: String(line), forbidden).map { "\(name) \(size.0)×\(size.1): «\($0.word)» in «\($0.window)»" }
                }
            }
        }
        #expect(found.isEmpty, "\(found.count) bokmål words in \(language.rawValue):\n\(Set(found).sorted().prefix(40).joined(separator: "\n"))")
    }

    @Test(arguments: [Language.en, Language.nn])
    func theNewScreensAreAllThere(language: Language) throws {
        let names = try LanguageScreens.all(language).map(\.name)
        for screen in ["overview", "matrix", "wheel", "conversation", "scorecard", "indicator", "plan", "plan-links", "new-agreement", "next-year", "previous-log"] {
            #expect(names.contains(screen), "no \(screen) screen in the language tests")
        }
        let bokmal = try LanguageScreens.all(.nb).map { SampleState.render($0.state).text }
        for (i, (name, state)) in try LanguageScreens.all(language).enumerated() {
            #expect(SampleState.render(state).text != bokmal[i], "the \(name) screen reads the same in \(language.rawValue) as in bokmål")
        }
    }

    /// The main screens and the features' screens at 80×24 in nynorsk and English.
    static let snapshotted = ["picker", "main", "detail", "meeting", "overview", "help", "matrix", "wheel", "conversation", "scorecard", "indicator", "plan",
                              "new-agreement", "next-year", "previous-log"]

    @Test(arguments: [Language.en, Language.nn])
    func snapshots(language: Language) throws {
        for (name, state) in try LanguageScreens.all(language) where Self.snapshotted.contains(name) {
            Snapshot.assert(SampleState.render(state), named: "\(language.rawValue)-\(name)-80x24")
        }
    }

    /// Each forbidden word of a line, with the words beside it, unless those words stand in the user's text.
    static func foreignWords(in line: String, _ forbidden: Set<String>) -> [(word: String, window: String)] {
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "…" || $0 == "'") }.map(String.init)
        var found: [(String, String)] = []
        for (i, raw) in words.enumerated() {
            let word = raw.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".…-"))
            guard forbidden.contains(word) else { continue }
            let window = words[max(0, i - 1)...min(words.count - 1, i + 1)].joined(separator: " ")
            // The word with the word before or after it, as the user wrote them; a word cut by the
            // screen's edge or a column («sign…») is matched as a start.
            func isTheUsers(_ range: ClosedRange<Int>) -> Bool {
                let probe = LanguageScreens.normalised(words[range].joined(separator: " "))
                return probe.split(separator: "…").allSatisfy { LanguageScreens.userText.contains($0.trimmingCharacters(in: .whitespaces)) }
            }
            let pairs = [i > 0 ? (i - 1)...i : nil, i + 1 < words.count ? i...(i + 1) : nil].compactMap { $0 }
            // A word at either end of a line may be the user's text wrapped from or to the next line.
            let atAnEnd = i == 0 || i == words.count - 1
            if pairs.contains(where: isTheUsers) || (atAnEnd && isTheUsers(i...i)) { continue }
            found.append((raw, window))
        }
        return found
    }
}

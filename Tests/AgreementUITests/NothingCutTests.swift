import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Nothing is cut without a sign: text that does not fit ends in "…", footers drop whole hints,
/// dialogs and forms size to their content and wrap — on every screen and dialog at 80×24,
/// 100×30 and 120×40, in bokmål, nynorsk and English (their words differ in length).
@Suite("Nothing cut without a sign")
struct NothingCutTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40)]

    @Test func putDrawsTheWholeTextOrAPrefixEndingInAnEllipsis() {
        var random = SplitMix64(seed: 7)
        let pieces = ["Økt", "læringsutbytte", " ", "宽字", "e\u{301}", "«sitat»", "–", "1.1", "ab"]
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let limit = 1 + Int(random.next() % 13)
            var screen = Screen(width: 20, height: 1)
            screen.put(text, x: 2, y: 0, role: .normal, limit: limit)
            let drawn = String(screen.line(0).dropFirst(2).prefix(limit)).replacingOccurrences(of: "\u{301}", with: "")
            let whole = text.replacingOccurrences(of: "\u{301}", with: "")
            let shown = String(drawn.reversed().drop(while: \.isWhitespace).reversed())
            let fits = DisplayWidth.of(text) <= limit || text.prefix(while: { _ in true }).trimmingCharacters(in: .whitespaces).isEmpty
            if fits || whole.trimmingCharacters(in: .whitespaces).isEmpty {
                continue
            }
            #expect(shown.hasSuffix("…") || whole.hasPrefix(shown) && whole.dropFirst(shown.count).allSatisfy(\.isWhitespace),
                    "«\(text)» in \(limit) columns drawn as «\(drawn)»")
        }
    }

    /// A state of every screen and layer: the main screen, detail, help, phase, each meeting
    /// step, each dialog, each form.
    static func states(_ size: Size, language: Language = .nb) -> [(String, AppState)] {
        var agreement = SampleState.agreement
        agreement.header.leader = "Kari Nordmann-Fjellheim"
        agreement.header.contactPerson = "Ola Hansen Bakkeløkken"
        func main(_ phase: Phase, _ keys: Key...) -> AppState {
            var a = agreement
            a.phase = phase
            var state = AppState(agreement: a, size: size, today: SampleState.today)
            _ = state.switchLanguage(to: language)
            for key in keys { _ = state.update(.key(key)) }
            return state
        }
        func speaking(_ start: AppState, _ keys: [Key] = []) -> AppState {
            var state = start
            _ = state.switchLanguage(to: language)
            for key in keys { SampleState.press(&state, key) }
            return state
        }
        return [
            ("main", main(.followUp)),
            ("row and measures", main(.followUp, .down, .tab, .down)),
            ("detail of a goal area", main(.assessment, .enter)),
            ("detail of the checklist", main(.assessment, .home, .down, .enter)),
            ("help", main(.followUp, .character("?"))),
            ("phase", main(.followUp, .character("p"))),
            ("mid-year review", main(.followUp, .character("m"))),
            ("year-end assessment", main(.assessment, .character("m"))),
            ("export format", main(.followUp, .character("e"))),
            ("export scope", main(.followUp, .character("e"), .character("h"))),
            ("export file", main(.followUp, .character("e"), .character("h"), .character("f"))),
            ("delete", main(.agreement, .down, .character("d"))),
            ("add in measures", main(.agreement, .down, .tab, .character("a"))),
            ("log entry", main(.followUp, .down, .character("l"))),
            ("amendment", main(.followUp, .down, .enter, .down, .down, .enter)),
            ("rating", main(.assessment, .enter, .down, .down, .down, .down, .enter)),
            ("search", main(.followUp, .character("/"))),
            ("sign", main(.followUp, .character("p"), .character("s"))),
            ("overview", speaking(OverviewFixtures.overview(size.width, size.height, problems: ["/lager/kopi-skole-2011.json:3:7: forventet «,» eller «}»"]))),
            ("overview, mine and behind", speaking(OverviewFixtures.overview(size.width, size.height), [.function(2), .function(5)])),
            ("goal matrix", speaking(OverviewFixtures.overview(size.width, size.height), [.tab])),
        ]
    }

    @Test(arguments: Language.allCases, sizes)
    func everyScreenAndDialogShowsWholeHintsAndMarksWhatItCuts(language: Language, size: Size) throws {
        let words = language.words
        // The dialogs and layers above, then every screen of the language tests (the wheel, the
        // conversation, the start of the year …) at the same size.
        let screens = Self.states(size, language: language) + (try LanguageScreens.all(language, size.width, size.height)).map { ($0.name, $0.state) }
        for (name, state) in screens {
            let screen = Renderer.render(state, size: size)
            #expect(MonkeyInvariants.problems(in: screen, size: size).isEmpty, "\(name) at \(size) in \(language.rawValue)")
            // The footer of a full screen: whole hints only, the last one complete.
            if !state.top.screen.isOverlay {
                let footer = screen.line(size.height - 1).trimmingCharacters(in: .whitespaces)
                let hints = Keymap.bindings(in: state.keyContext).map { words.hint($0.action) }
                #expect(footer.isEmpty || hints.contains { footer.hasSuffix($0) }, "\(name) at \(size) in \(language.rawValue): the footer ends in a cut hint: «\(footer)»")
            }
            // Every line either ends in a blank, a frame, or a mark.
            for y in 0..<size.height {
                let line = screen.line(y)
                guard let last = line.last, last.isLetter, line.count >= 2 else { continue }
                let before = line[line.index(line.endIndex, offsetBy: -2)]
                #expect(!before.isLetter, "\(name) at \(size) in \(language.rawValue): line \(y) runs into the edge: «\(line)»")
            }
        }
    }

    /// Issue 14.21 with 14.3: a failed save says first that nothing is lost, and why, at every size.
    @Test(arguments: sizes)
    func aFailedSaveSaysThatNothingIsLostAndWhy(size: Size) {
        let words = Language.nb.words
        var state = Self.states(size)[0].1
        let reason = words.storeProblem(.saveFailed(FileSystemError(path: "/lager/hoeggen-skole-2011.json", reason: .readOnlyFile)))
        _ = state.update(.saveFailed(reason))
        let screen = Renderer.render(state, size: size)
        let status = screen.line(size.height - 3) + " " + screen.line(size.height - 2)
        let joined = status.split(separator: " ").joined(separator: " ")
        #expect(joined.hasPrefix("Ikke lagret (endringen er beholdt; Ctrl-S prøver igjen)"), "\(size): «\(status)»")
        #expect(joined.contains("skrivebeskyttet"), "\(size): the reason is shown: «\(status)»")
        #expect(MonkeyInvariants.problems(in: screen, size: size).isEmpty, "\(size)")
    }

    @Test(arguments: sizes)
    func theHeaderNamesTheContactPersonWholeOrMarked(size: Size) {
        let state = Self.states(size)[0].1
        let header = Renderer.render(state, size: size).line(0)
        // Whole, cut with «…» after its label, or left out with its label.
        #expect(header.contains("Ola Hansen Bakkeløkken") || header.contains("…") || !header.contains("Kontaktperson"), "«\(header)»")
    }

    @Test(arguments: [80, 90, 100, 110, 120, 140])
    func theHeaderNeverShowsALabelWithoutItsValue(width: Int) {
        for language in Language.allCases {
            let w = language.words
            // «Leder:», «Kontaktperson:», «Neste:» in the language, as the catalogue words them.
            let labels = [w.screen(.headerLeader("x")), w.screen(.headerContact("x")), w.wheel(.nextDateOnly(date: "x", days: 1))]
                .compactMap { $0.split(separator: ":").first.map { $0 + ":" } }
            for agreement in OverviewFixtures.agreements {
                var state = AppState(agreement: agreement, size: Size(width: width, height: 24), today: OverviewFixtures.asOf, language: language)
                state.core.session.todayIsFixed = true
                let header = Renderer.render(state, size: state.core.size).line(0)
                for label in labels {
                    guard let found = header.range(of: label) else { continue }
                    let value = header[found.upperBound...].dropFirst()
                    #expect(header[found.upperBound...].hasPrefix(" ") && !value.isEmpty && !value.hasPrefix("…") && !value.hasPrefix(" "),
                            "\(language) \(width): «\(label)» without its value in «\(header)»")
                }
                #expect(!header.contains("\(agreement.header.year)…"), "\(language) \(width): a cut after the year says nothing: «\(header)»")
            }
        }
    }

    @Test(arguments: sizes)
    func theHeaderGivesTheNamesRoomBeforeTheMunicipality(size: Size) {
        let header = Renderer.render(SampleState.main(size.width, size.height), size: size).line(0)
        // «Neste» takes its room first; then the names, and the municipality only when both are there.
        #expect(header.contains("Neste: "), "«\(header)»")
        #expect(!header.contains("Trondheim kommune") || header.contains("Leder: –  Kontaktperson: –"), "«\(header)»")
        let wide = Renderer.render(SampleState.main(150, 40), size: Size(width: 150, height: 40)).line(0)
        #expect(wide.contains("Trondheim kommune   Leder: –  Kontaktperson: –"), "«\(wide)»")
    }

    @Test(arguments: sizes)
    func theYearEndFormShowsWhichRatingIsNext(size: Size) {
        let state = Self.states(size).first { $0.0 == "year-end assessment" }!.1
        #expect(Renderer.render(state, size: size).contains("◀ 1/2/3"))
    }

    @Test(arguments: sizes)
    func theExportDialogShowsEveryOptionWhole(size: Size) {
        let words = Language.nb.words
        let state = Self.states(size).first { $0.0 == "export format" }!.1
        let screen = Renderer.render(state, size: size)
        let text = screen.lines.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "│" }).joined(separator: " ")
        for answer in [AnswerText.markdown, .html, .csv, .json] {
            let words = words.answer(answer).split(separator: " ").joined(separator: " ")
            #expect(text.contains(words), "«\(words)» not whole at \(size)")
        }
    }
}

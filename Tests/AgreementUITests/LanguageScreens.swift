import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport

/// Every screen of the app, built in one language: the older screens, the dialogs, the overview,
/// matrix, wheel, conversation, scorecard, indicator, plan view and link chooser, and the
/// start-of-year screens (the new-agreement form, next year's review, last year's log), with
/// the samples' own text.
enum LanguageScreens {
    /// Each screen, named, in `language` at the given size: the language is switched first,
    /// then the keys that open the screen are pressed.
    static func all(_ language: Language, _ width: Int = 80, _ height: Int = 24) throws -> [(name: String, state: AppState)] {
        func speaking(_ start: AppState, _ keys: [Key] = []) -> AppState {
            var state = start
            _ = state.switchLanguage(to: language)
            for key in keys { SampleState.press(&state, key) }
            return state
        }
        var plan = speaking(SampleState.main(width, height), [.character("H")])
        let uses = [PlanUse(rowID: "r1", area: "2.2 1a/1b. Økt læringsutbytte for elevene i grunnleggende ferdigheter og realfag", targetNumber: "1.1",
                            excerpt: "", links: [PlanLink(plan: "kuo-2018-2021", code: "S.1"), PlanLink(plan: "kuo-2018-2021", code: "1.b")])]
        _ = plan.update(.plansLoaded(PlansLoaded(request: .view, plans: try SampleCatalog.plans(),
                                                 participants: [PlanCoverage.Participant(id: "hoeggen-skole-2019", unit: "Hoeggen skole", year: 2019, uses: uses)])))
        let conversation: [Key] = [.character("s"), .character("n"), .character("n"), .character(" ")]
        var newAgreement = speaking(SampleState.picker(width, height))
        SampleState.type(&newAgreement, "Åsveien skole")
        SampleState.press(&newAgreement, .enter)
        var nextYear = speaking(SampleState.main(width, height, phase: .closed))
        _ = nextYear.update(.nextYearReady(Rollover(from: SampleState.agreement, year: 2012, template: nil)))
        for key in [Key.end] + Array(repeating: .down, count: 12) + [.character(" ")] { SampleState.press(&nextYear, key) }
        var previousLog = speaking(SampleState.main(width, height))
        _ = previousLog.update(.previousLog(Self.previousLog))
        var planLinks = speaking(SampleState.main(width, height, phase: .agreement))
        _ = planLinks.update(.plansLoaded(PlansLoaded(request: .links(row: SampleState.agreement.goalAreas[3].rows[0].id), plans: try SampleCatalog.plans())))
        SampleState.press(&planLinks, .tab)
        return [
            ("picker", speaking(SampleState.picker(width, height))),
            ("main", speaking(SampleState.main(width, height))),
            ("detail", speaking(SampleState.main(width, height), [.enter])),
            ("help", speaking(SampleState.main(width, height), [.character("?")])),
            ("meeting", speaking(SampleState.main(width, height, phase: .followUp), [.character("m")])),
            ("phase", speaking(SampleState.main(width, height), [.character("p")])),
            ("log-form", speaking(SampleState.main(width, height), [.character("l")])),
            ("overview", speaking(OverviewFixtures.overview(width, height), [.down, .down])),
            ("matrix", speaking(OverviewFixtures.overview(width, height), [.tab, .down, .right])),
            ("wheel", speaking(CalendarTestState.make(width, height, schedule: CalendarTestState.dates), [.character("h")])),
            ("wheel-dates", speaking(CalendarTestState.make(width, height, schedule: CalendarTestState.dates), [.character("h"), .character("d")])),
            ("main-next", speaking(CalendarTestState.make(width, height, wheels: [], earlier: false, schedule: CalendarTestState.dates))),
            ("conversation-last-time", speaking(CalendarTestState.make(width, height), [.character("s")])),
            ("conversation", speaking(CalendarTestState.make(width, height), conversation)),
            ("conversation-assessment", speaking(CalendarTestState.make(width, height), [.character("s")] + Array(repeating: .character("n"), count: 8))),
            ("conversation-minutes", speaking(CalendarTestState.make(width, height), [.character("s")] + Array(repeating: .character("n"), count: 9))),
            ("scorecard", speaking(IndicatorSnapshotTests.measured(width, height), [.character("i")])),
            ("indicator", speaking(IndicatorSnapshotTests.measured(width, height), [.character("i"), .enter, .down, .down])),
            ("indicator-value-form", speaking(IndicatorSnapshotTests.measured(width, height), [.character("v")])),
            ("plan", plan),
            ("plan-links", planLinks),
            ("new-agreement", newAgreement),
            ("next-year", nextYear),
            ("previous-log", previousLog),
            ("export", speaking(SampleState.main(width, height, phase: .followUp), [.character("e")])),
            ("delete", speaking(SampleState.main(width, height, phase: .agreement), [.down, .character("d")])),
            ("search", speaking(SampleState.main(width, height), [.character("/")])),
            ("amendment", speaking(SampleState.main(width, height, phase: .followUp), [.down, .enter, .down, .down, .enter])),
        ]
    }

    /// Last year's log of a carried row, as the store gives it (the entries are the user's text).
    static let previousLog: PreviousLog = {
        let day = { (d: Int, m: Int) in LocalDate(year: 2010, month: m, day: d) ?? SampleState.today }
        return PreviousLog(agreementID: "hoeggen-skole-2010", year: 2010, row: "Resultatmål 1a", entries: [
            .init(date: day(3, 5), text: "Startet leseprosjektet på 3. trinn; alle lærerne har fått opplæring i tilpasset leseopplæring.", measure: "Leseprosjekt"),
            .init(date: day(20, 11), text: "Kartleggingen viser framgang for de fleste elevene.", measure: nil),
        ])
    }()

    /// Every string the user or the samples wrote (agreements, the demo municipality, wheels,
    /// guides, conversations, plans), lower-cased with runs of white space made one space: words
    /// found in it are the user's, not the interface's.
    static let userText: String = {
        var found: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String { found.append(text); return }
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
        collect(SampleState.agreement)
        collect(OverviewFixtures.agreements)
        collect(SampleCalendar.wheels)
        collect(SampleCalendar.guides)
        collect(SampleCalendar.earlierConversation(for: SampleState.agreement))
        collect((try? SampleCatalog.plans()) ?? [])
        collect(IndicatorSnapshotTests.measured(80, 24).agreement as Any)
        collect(previousLog)
        found.append("Åsveien skole")
        return normalised(found.joined(separator: "\n"))
    }()

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

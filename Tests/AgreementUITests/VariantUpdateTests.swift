import AgreementKit
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// The wheels' and the guide's own texts follow the session's language: their variants where
/// the files have them, the original elsewhere — at once when the language is switched.
@Suite("Wheels and guides in the session's language")
struct VariantUpdateTests {
    @Test func theWheelsAndTheGuideAreShownInTheLanguageSpokenAndFollowASwitch() {
        var state = CalendarTestState.make(80, 24)
        let guide = { (state: AppState) in state.core.companions.guides.first?.areas.last?.title }
        let sula = { (state: AppState) in state.core.companions.wheels.first { $0.id == "sula" }?.themes.first?.title }
        #expect(guide(state) == "Skoleledelse som fremmer læringsarbeidet", "bokmål: the guide's bokmål variant")
        #expect(sula(state) == "Resultat og vurdering", "bokmål: the wheel as written (it has no bokmål variant)")
        _ = state.switchLanguage(to: .nn)
        #expect(guide(state) == "Skuleleiing som fremjar læringsarbeidet", "nynorsk: the guide as written")
        _ = state.switchLanguage(to: .en)
        #expect(guide(state) == "School leadership that furthers learning")
        #expect(sula(state) == "Results and assessment")
        _ = state.switchLanguage(to: .nb)
        #expect(sula(state) == "Resultat og vurdering", "switching back shows the original again")
    }

    @Test func theConversationShowsTheQuestionsInEnglishAndTheMinutesGetThem() {
        var state = CalendarTestState.make(120, 40)
        _ = state.switchLanguage(to: .en)
        for key in [Key.character("s"), .character("n")] { SampleState.press(&state, key) }
        let screen = SampleState.render(state).text
        #expect(screen.contains("What do goals and strategy mean for the school?"), "\(screen)")
        #expect(!screen.contains("Kva inneber mål og strategi for skulen?"))
        let minutesGuide = state.core.companions.guide("leiarsamtale-rektor")
        #expect(minutesGuide?.areas.first?.questions.first?.text == "What do goals and strategy mean for the school?",
                "the guide handed to the minutes is the one shown")
    }

    /// Both parties at one keyboard: Ctrl-L in the conversation re-words the guide at once.
    @Test func ctrlLInTheConversationSwitchesTheGuidesLanguage() {
        var state = CalendarTestState.make(120, 40)
        for key in [Key.character("s"), .character("n")] { SampleState.press(&state, key) }
        #expect(SampleState.render(state).text.contains("Hva innebærer mål og strategi for skolen?"))
        SampleState.press(&state, .control("l"))
        #expect(state.core.session.language == .nn)
        #expect(SampleState.render(state).text.contains("Kva inneber mål og strategi for skulen?"))
        SampleState.press(&state, .control("l"))
        #expect(SampleState.render(state).text.contains("What do goals and strategy mean for the school?"))
    }

    @Test func theUsersNotesAreNeverTranslated() {
        var state = CalendarTestState.make(120, 40)
        _ = state.switchLanguage(to: .en)
        let notes = state.core.companions.conversations.first?.areas.first?.notes
        #expect(notes == "Gjennomgang av resultatene.")
    }
}

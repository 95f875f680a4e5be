import AgreementKit
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Conversation mode: a leader conversation on the sample, keys in, state and effects out.
@Suite("The leader conversation in the interface")
struct ConversationUpdateTests {
    private func mode(_ state: AppState) -> ConversationState? { state.top.as(ConversationState.self) }
    private func record(_ state: AppState) -> Conversation? { mode(state).flatMap { $0.conversation(state.core) } }
    private let guide = SampleCalendar.guides[0]

    /// Steps forward until the conversation stands at `step`.
    private func go(_ state: inout AppState, to step: ConversationStep) {
        for _ in 0..<20 where mode(state)?.step != step { SampleState.press(&state, .character("n")) }
    }

    @Test func sStartsTodaysConversationWithWhatWasAgreedLastTime() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"))
        let conversation = try #require(mode(state))
        #expect(conversation.date == CalendarTestState.today)
        #expect(conversation.step == .lastTime)
        #expect(state.keyContext == .conversationLastTime)
        let screen = SampleState.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Ledersamtale 15.09.2011"))
        #expect(screen.contains("Avtalt i samtalen 12.05.2011"))
        #expect(screen.contains("☐ Plan for lesing på mellomtrinnet"))
        #expect(screen.contains("Rektor, innen 01.06.2011 · forfalt"))
        // Done: the earlier record is saved, and the row's log says so.
        let effects = SampleState.press(&state, .character(" "))
        let earlier = try #require(state.core.companions.conversation(on: LocalDate(year: 2011, month: 5, day: 12)!))
        #expect(earlier.followUps[0].done)
        #expect(effects.contains(.saveConversation(earlier)))
        let agreement = try #require(state.agreement)
        #expect(effects.contains(.save(agreement, expecting: nil)))
        let entry = try #require(agreement.allRows.flatMap(\.log).first { $0.id == "fu-plan" })
        #expect(entry.date == LocalDate(year: 2011, month: 5, day: 12))
        #expect(entry.text == "Ledersamtale: Plan for lesing på mellomtrinnet (ansvar: Rektor, frist 01.06.2011) – gjort 15.09.2011")
        #expect(SampleState.render(state).lines.joined(separator: "\n").contains("☑ Plan for lesing på mellomtrinnet"))
        #expect(record(state)?.isBlank == true, "today's record is not written until something is said in it")
    }

    @Test func theBarKeptAcrossFramesFollowsTheStepAndTheCount() {
        // One state drawn again and again, as the terminal does: the bar's kept line must not
        // outlive a step or a question ticked.
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"), .character("n"))
        func bar() -> String { SampleState.render(state).lines[1] }
        #expect(bar().contains("Område 1/7") && bar().contains("0 av 50 drøftet"))
        SampleState.press(&state, .character(" "))
        #expect(bar().contains("1 av 50 drøftet"))
        SampleState.press(&state, .right)
        #expect(bar().contains("Område 2/7") && bar().contains("1 av 50 drøftet"))
        SampleState.press(&state, .left)
        #expect(bar().contains("Område 1/7"))
    }

    @Test func anAreaTakesQuestionsNotesAndFollowUpsAndTheFollowUpIsLoggedOnItsRow() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"), .character("n"))
        let area = guide.areas[0]
        #expect(mode(state)?.step == .area(area.id))
        #expect(SampleState.render(state).lines.joined(separator: "\n").contains("Område 1/7"))
        var effects = SampleState.press(&state, .character(" "))
        #expect(record(state)?.notes(for: area.id).discussed == [area.questions[0].id])
        #expect(effects == [.saveConversation(record(state)!)])
        // The question as shown: the guide in the session's language (bokmål here, its variant).
        let question = state.core.companions.guide(guide.id)?.areas[0].questions[0].text ?? "?"
        #expect(question != area.questions[0].text, "the bokmål variant, not the nynorsk original")
        #expect(SampleState.render(state).lines.joined(separator: "\n").contains("[✓] " + String(question.prefix(20))))
        SampleState.press(&state, .character("c"))
        SampleState.type(&state, "Leseresultatene er bedre")
        effects = SampleState.press(&state, .enter)
        #expect(record(state)?.notes(for: area.id).notes == "Leseresultatene er bedre")
        SampleState.press(&state, .character("f"))
        SampleState.type(&state, "Lage leseplan for 5. trinn")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Rektor")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "31.02")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "«31.02» er ikke en dato: februar 2011 har 28 dager, ikke 31")
        #expect(state.form != nil)
        SampleState.press(&state, .control("u"))
        SampleState.type(&state, "1.10")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "1.3")
        effects = SampleState.press(&state, .enter)
        let item = try #require(record(state)?.followUps.first)
        #expect(item.what == "Lage leseplan for 5. trinn" && item.who == "Rektor" && item.due == LocalDate(year: 2011, month: 10, day: 1))
        #expect(item.areaID == area.id)
        let agreement = try #require(state.agreement)
        #expect(item.goalRowID.flatMap(agreement.rowReference) == "2.2 1.3")
        #expect(agreement.row(item.goalRowID!)?.log.last == LogEntry(id: item.id, date: CalendarTestState.today,
                                                                     text: "Ledersamtale: Lage leseplan for 5. trinn (ansvar: Rektor, frist 01.10.2011)"))
        #expect(effects.contains(.saveConversation(record(state)!)) && effects.contains(.save(agreement, expecting: nil)))
        let screen = SampleState.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("☐ Lage leseplan for 5. trinn") && screen.contains("loggført på 2.2 1.3"))
        // The follow-up is a dated entry of the wheel.
        SampleState.press(&state, .escape, .character("h"))
        #expect(state.core.deadlines?.entries.contains { $0.id == "followup-\(item.id.rawValue)" && $0.date == item.due } == true)
    }

    @Test func aStepIsRememberedAfterItsFrameAndQuietlyWhatIsSaidIsSavedAtOnce() throws {
        var state = CalendarTestState.make()
        // A blank record is not written for a step.
        #expect(SampleState.press(&state, .character("s"), .character("n")).isEmpty)
        // A question ticked is a save that reports itself.
        var effects = SampleState.press(&state, .character(" "))
        #expect(effects == [.saveConversation(try #require(record(state)))])
        _ = state.update(.conversationSaved(time: "10:43"))
        #expect(state.statusText == "Samtalen er lagret 10:43")
        // A step only remembers where the conversation stands: saved after the frame, and no
        // «lagret» at every step.
        effects = SampleState.press(&state, .right)
        let stepped = try #require(record(state))
        #expect(stepped.step == mode(state)?.step && effects == [.rememberConversationStep(stepped)])
        #expect(state.statusText == nil)
        // A step that cannot be saved says so.
        _ = state.update(.conversationSaveFailed("disken er full"))
        #expect(state.statusText?.contains("disken er full") == true)
    }

    @Test func theConversationResumesWhereItWasLeft() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"), .character("n"), .character("n"), .character(" "))
        let step = try #require(mode(state)?.step)
        #expect(record(state)?.step == step)
        SampleState.press(&state, .escape)
        #expect(state.isOnBottomScreen)
        SampleState.press(&state, .character("s"))
        #expect(mode(state)?.step == step)
        #expect(state.statusText == "Fortsetter ledersamtalen 15.09.2011")
    }

    @Test func theLeaderAssessmentIsTwoSidedAndConfidential() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"))
        go(&state, to: .leaderAssessment)
        #expect(state.keyContext == .conversationAssessment)
        #expect(SampleState.render(state).lines.joined(separator: "\n").contains("Ledervurdering (punkt 1.5) – unntatt offentlighet"))
        SampleState.press(&state, .enter)
        SampleState.type(&state, "5")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "«5» er ingen vurdering: skriv 1, 2, 3 eller la feltet stå tomt")
        SampleState.press(&state, .backspace)
        SampleState.type(&state, "2")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Budsjettet holdt")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "9")
        SampleState.press(&state, .enter)
        #expect(state.statusText == "«9» er ingen vurdering: skriv 1, 2, 3 eller la feltet stå tomt", "the contact's rating is checked too")
        #expect(state.agreement?.leaderAssessment.isEmpty == true)
        SampleState.press(&state, .backspace)
        SampleState.type(&state, "1")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Godt styrt")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(agreement.leaderAssessment == [CriterionAssessment(criterion: "Budsjett/regnskap", selfRating: .asAgreed, selfComment: "Budsjettet holdt",
                                                                   contactRating: .beyondAgreement, contactComment: "Godt styrt")])
        #expect(effects == [.save(agreement, expecting: nil)])
        let screen = SampleState.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Egenvurdering") && screen.contains("Kontaktpersonens vurdering"))
        #expect(screen.contains("● I tråd med avtalen") && screen.contains("▲ Ut over avtalen"), "\(screen)")
        #expect(screen.contains("Budsjettet holdt") && screen.contains("Godt styrt"))
    }

    @Test func theEndBringsTheConversationToItsEndAndWritesTheMinutes() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"), .character("n"), .character(" "))
        go(&state, to: .minutes)
        #expect(record(state)?.finished == true)
        #expect(SampleState.render(state).lines.joined(separator: "\n").contains("Drøftet 1 av"))
        SampleState.press(&state, .character("w"))
        #expect(state.form?.text(.path) == "hoeggen-skole-2011-ledersamtale-2011-09-15.md")
        let effects = SampleState.press(&state, .enter)
        guard case .writeConversationMinutes(let conversation, let guide, let earlier, _, let path)? = effects.first else {
            Issue.record("no minutes written: \(effects)")
            return
        }
        #expect(conversation == record(state) && guide?.id == "leiarsamtale-rektor" && earlier.count == 1 && path.hasSuffix(".md"))
        #expect(guide?.areas.first?.questions.first?.text == "Hva innebærer mål og strategi for skolen?", "the minutes get the guide as shown, in bokmål")
        SampleState.press(&state, .character("w"), .control("u"))
        SampleState.type(&state, "referat.docx")
        #expect(SampleState.press(&state, .enter).isEmpty)
        #expect(state.statusText == "«referat.docx»: referatet skrives som .md (Markdown) eller .html")
    }

    @Test func theNextConversationStartsAnewAndShowsLastTimesFollowUps() throws {
        var state = CalendarTestState.make()
        SampleState.press(&state, .character("s"), .character("n"), .character("f"))
        SampleState.type(&state, "Skriveplan")
        SampleState.press(&state, .enter)
        go(&state, to: .minutes)
        let first = try #require(record(state))
        var next = CalendarTestState.make(today: LocalDate(year: 2011, month: 12, day: 1)!)
        next.core.companions.put(first)
        SampleState.press(&next, .character("s"))
        #expect(mode(next)?.date == LocalDate(year: 2011, month: 12, day: 1))
        #expect(mode(next)?.step == .lastTime)
        let screen = SampleState.render(next).lines.joined(separator: "\n")
        #expect(screen.contains("Avtalt i samtalen 15.09.2011") && screen.contains("☐ Skriveplan"))
        #expect(screen.contains("Avtalt i samtalen 12.05.2011"))
    }

    @Test func withoutAGuideTheConversationSaysSo() {
        var state = CalendarTestState.make(earlier: false)
        state.core.companions.guides = []
        SampleState.press(&state, .character("s"))
        #expect(mode(state) == nil)
        #expect(state.statusText == "Lageret har ingen samtaleguide (mappen guides/).")
        state.core.companions.guideProblems = ["/lager/guides/x.json:1:1: filen må være et JSON-objekt"]
        SampleState.press(&state, .character("s"))
        #expect(state.statusText == "Kan ikke lese en samtaleguide: /lager/guides/x.json:1:1: filen må være et JSON-objekt")
    }
}

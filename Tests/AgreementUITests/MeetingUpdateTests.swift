import AgreementKit
@testable import AgreementUI
import Testing

@Suite("Phases and meeting mode in the interface")
struct MeetingUpdateTests {
    static let today = LocalDate(year: 2011, month: 12, day: 5)!

    func sample(_ phase: Phase = .followUp, party: Party = .leader) -> AppState {
        var agreement = SampleState.agreement
        agreement.phase = phase
        var state = AppState(agreement: agreement, size: Size(width: 120, height: 40), today: Self.today, seed: 3)
        state.party = party
        return state
    }

    @Test func pListsTheGapsAndJMovesOn() throws {
        var state = sample()
        SampleState.press(&state, .character("p"))
        #expect(state.overlay == .phase(offset: 0))
        let screen = SampleState.render(state)
        #expect(screen.contains("Mangler før Resultatvurdering (26)"))
        #expect(screen.contains("Gå til Resultatvurdering? (j/n)"))
        SampleState.press(&state, .character("n"))
        #expect(state.overlay == nil && state.agreement?.phase == .followUp)
        SampleState.press(&state, .character("p"), .escape)
        #expect(state.agreement?.phase == .followUp)
        let effects = SampleState.press(&state, .character("p"), .character("j"))
        let agreement = try #require(state.agreement)
        #expect(agreement.phase == .assessment)
        #expect(agreement.phaseChanges.first?.gaps.count == 26)
        #expect(effects == [.save(agreement)])
        #expect(SampleState.render(state).contains(" G Resultatvurdering"), "the badge follows the phase")
    }

    @Test func signingAndReopening() throws {
        var state = sample()
        SampleState.press(&state, .character("p"), .character("s"))
        for c in "Kari Nordmann" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.currentSignOffs == [SignOff(phase: .followUp, party: .leader, name: "Kari Nordmann", date: Self.today)])
        #expect(SampleState.render(state).contains("Enhetsleder: Kari Nordmann – 05.12.2011"))
        SampleState.press(&state, .character("r"))
        for c in "Ny lederavtale må inngås" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.phase == .agreement)
        #expect(state.agreement?.phaseChanges.last?.reason == "Ny lederavtale må inngås")
    }

    @Test func theWholeYearEndAssessmentTakesFewerThan60Keys() throws {
        var state = sample()
        var keys = 0
        func press(_ key: Key) { keys += 1; _ = state.update(.key(key)) }
        press(.character("p")); press(.character("j")); press(.character("m"))
        #expect(state.meeting?.step == .area(0))
        #expect(SampleState.render(state).contains("1/14"))
        let ratings: [Character] = ["1", "2", "2", "2", "3", "3", "2", "1", "2", "2", "2", "2", "2", "2",
                                    "1", "1", "2", "2", "2", "3", "2", "2", "2", "2", "2", "2", "2", "2"]
        for r in ratings { press(.character(r)) }
        #expect(state.meeting?.step == .checklist(0))
        for _ in 0..<9 { press(.character("u")) }
        press(.character("i"))
        #expect(state.meeting?.step == .summary)
        #expect(keys == 41 && keys <= 60)
        let agreement = try #require(state.agreement)
        #expect(agreement.progress.goalAreasAssessed == 14)
        #expect(agreement.checklist.filter { $0.status == .done }.count == 9)
        #expect(agreement.checklist.last?.status == .notDone)
        let summary = AssessmentSummary(agreement)
        // Pairs per goal area: (1,2) (2,2) (3,3) (2,1) (2,2) (2,2) (2,2) (1,1) (2,2) (2,3) (2,2) (2,2) (2,2) (2,2).
        #expect(summary.measures == [.beyondAgreement: 2, .asAgreed: 11, .belowAgreement: 1])
        #expect(summary.attainment == [.beyondAgreement: 2, .asAgreed: 10, .belowAgreement: 2])
        #expect(summary.belowAgreement.map(\.title) == ["Miljø", "Alle skolene er praksisskoler for høgskole og universitet"])
        #expect(agreement.reviews == [Review(kind: .yearEnd, date: Self.today)])
        let screen = SampleState.render(state)
        #expect(screen.contains("Vurdert 14 av 14 målområder"))
        #expect(screen.contains("Mindre enn avtalen:"))
        #expect(screen.contains("Det avtales en konkret forbedringsplan."))
    }

    @Test func backspaceUndoesTheLastValueAndStepsBack() throws {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"), .character("1"), .character("2"), .character("3"))
        #expect(state.meeting?.step == .area(1))
        #expect(state.meeting?.focus == .attainment)
        SampleState.press(&state, .backspace)
        #expect(state.meeting?.focus == .measures)
        #expect(state.agreement?.goalAreas[1].assessment.measuresRating == nil)
        SampleState.press(&state, .backspace)
        #expect(state.meeting?.step == .area(0))
        #expect(state.meeting?.focus == .attainment)
        #expect(state.agreement?.goalAreas[0].assessment.attainmentRating == nil)
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .beyondAgreement)
        SampleState.press(&state, .escape)
        #expect(state.meeting == nil)
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .beyondAgreement, "Esc keeps what was done")
    }

    @Test func commentsInTheMeetingAreStampedWithWhoTypedThem() throws {
        var state = sample(.assessment, party: .contactPerson)
        SampleState.press(&state, .character("m"), .character("c"))
        guard case .edit(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.fields.map(\.label) == ["Enhetsleders kommentar", "Kontaktpersonens kommentar"])
        for c in "Leder sier: godt år" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .tab)
        for c in "Enig" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        let assessment = try #require(state.agreement?.goalAreas[0].assessment)
        #expect(assessment.leaderComment == "Leder sier: godt år")
        #expect(assessment.leaderCommentStamp == Stamp(party: .contactPerson, date: Self.today))
        #expect(assessment.contactCommentStamp == Stamp(party: .contactPerson, date: Self.today))
    }

    @Test func outsideTheMeetingEachPartySeesTheOthersCommentReadOnly() {
        var state = sample(.assessment, party: .contactPerson)
        SampleState.press(&state, .enter)
        // Goal area fields: Nummer, Målområde, Rader, Notat, tiltak, måloppnåelse, leder, kontakt.
        for _ in 0..<6 { SampleState.press(&state, .down) }
        SampleState.press(&state, .enter)
        #expect(state.modal == nil)
        #expect(state.status?.text == "Feltet skrives av enhetsleder – bare lesing for deg")
        SampleState.press(&state, .down, .enter)
        guard case .edit = state.modal else { Issue.record("the contact person may write the contact comment"); return }
    }

    @Test func theMidYearReviewTakesNotesAndTheMinutesAreWritten() throws {
        var state = sample()
        SampleState.press(&state, .character("m"))
        #expect(state.meeting?.kind == .midYear)
        #expect(SampleState.render(state).contains("Midtveissamtale"))
        SampleState.press(&state, .character("1"))
        #expect(state.status?.kind == .warning, "no ratings at mid-year")
        SampleState.press(&state, .character("c"))
        for c in "Flere frivillige til SFO" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].midYearNote == "Flere frivillige til SFO")
        SampleState.press(&state, .character("w"))
        guard case .edit(let form) = state.modal else { Issue.record("no file name asked"); return }
        #expect(form.fields[0].editor.text == "hoeggen-skole-2011-referat-2011-12-05.md")
        let effects = SampleState.press(&state, .enter)
        guard case .writeMinutes(let agreement, let kind, _, _, let path)? = effects.first else { Issue.record("no file written"); return }
        #expect(path == "hoeggen-skole-2011-referat-2011-12-05.md" && kind == .midYear)
        #expect(agreement.goalAreas[0].midYearNote == "Flere frivillige til SFO")
        _ = state.update(.fileWritten("/tmp/x.md"))
        #expect(state.status?.text == "Skrev /tmp/x.md")
    }

    @Test func anImprovementPlanForAGoalAreaBelowTheAgreement() throws {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"), .character("3"), .character("3"))
        SampleState.press(&state, .end)
        for _ in 0..<30 { SampleState.press(&state, .character("n")) }
        #expect(state.meeting?.step == .summary)
        SampleState.press(&state, .character("f"))
        guard case .edit(let form) = state.modal else { Issue.record("no plan form"); return }
        #expect(form.fields[1].editor.text == "05.01.2012, 05.02.2012, 05.03.2012")
        for c in "Ny frivillighetsplan" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        let plan = try #require(state.agreement?.improvementPlans.first)
        #expect(plan.goalAreaID == state.agreement?.goalAreas[0].id)
        #expect(plan.followUpDates.count == 3)
    }

    @Test func meetingModeIsRefusedInInngaaelse() {
        var state = sample(.agreement)
        SampleState.press(&state, .character("m"))
        #expect(state.meeting == nil)
        #expect(state.status?.kind == .warning)
    }
}

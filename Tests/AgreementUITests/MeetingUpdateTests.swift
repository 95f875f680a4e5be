import AgreementKit
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

@Suite("Phases and meeting mode in the interface")
struct MeetingUpdateTests {
    static let today = LocalDate(year: 2011, month: 12, day: 5)!

    func sample(_ phase: Phase = .followUp, party: Party = .leader, named: Bool = false) -> AppState {
        var agreement = SampleState.agreement
        agreement.phase = phase
        if named {
            agreement.header.leader = "Kari Nordmann"
            agreement.header.contactPerson = "Ola Hansen"
        }
        return AppState(agreement: agreement, size: Size(width: 120, height: 40), today: Self.today, seed: 3, party: party)
    }

    func areaID(_ state: AppState, _ index: Int) -> ItemID { state.agreement!.goalAreas[index].id }

    @Test func pListsTheGapsAndJMovesOn() throws {
        var state = sample()
        SampleState.press(&state, .character("p"))
        #expect(state.phaseDialog != nil)
        let screen = SampleState.render(state)
        #expect(screen.contains("Mangler før Resultatvurdering (24)"))
        #expect(screen.contains("Gå til Resultatvurdering? (j/n)"))
        SampleState.press(&state, .character("n"))
        #expect(state.isOnBottomScreen && state.agreement?.phase == .followUp)
        SampleState.press(&state, .character("p"), .escape)
        #expect(state.agreement?.phase == .followUp)
        let effects = SampleState.press(&state, .character("p"), .character("j"))
        let agreement = try #require(state.agreement)
        #expect(agreement.phase == .assessment)
        #expect(agreement.phaseChanges.first?.gaps.count == 24)
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(SampleState.render(state).contains(" G Resultatvurdering"), "the badge follows the phase")
    }

    @Test func signingAndReopening() throws {
        var state = sample()
        SampleState.press(&state, .character("p"), .character("s"))
        SampleState.type(&state, "Kari Nordmann")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.currentSignOffs == [SignOff(phase: .followUp, party: .leader, name: "Kari Nordmann", date: Self.today)])
        #expect(SampleState.render(state).contains("Enhetsleder: Kari Nordmann – 05.12.2011"))
        SampleState.press(&state, .character("r"))
        SampleState.type(&state, "Ny lederavtale må inngås")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.phase == .agreement)
        #expect(state.agreement?.phaseChanges.last?.reason == "Ny lederavtale må inngås")
        #expect(state.isOnBottomScreen, "back on the main screen")
    }

    @Test func theWholeYearEndWithBothSignaturesTakes45Keys() throws {
        var state = sample(party: .contactPerson, named: true)
        var keys = 0
        func press(_ key: Key) { keys += 1; _ = state.update(.key(key)) }
        press(.character("p")); press(.character("j")); press(.character("m"))
        #expect(state.meeting?.step == .area(areaID(state, 0)))
        #expect(SampleState.render(state).contains("1/14"))
        let ratings: [Character] = ["1", "2", "2", "2", "3", "3", "2", "1", "2", "2", "2", "2", "2", "2",
                                    "1", "1", "2", "2", "2", "3", "2", "2", "2", "2", "2", "2", "2", "2"]
        for r in ratings { press(.character(r)) }
        #expect(state.meeting?.step == .checklist(state.agreement!.checklist[0].id))
        for _ in 0..<9 { press(.character("u")) }
        press(.character("i"))
        #expect(state.meeting?.step == .summary)
        #expect(keys == 41)
        press(.character("s")); press(.enter)
        press(.character("s"))
        #expect(state.dialog?.kind == .signAs(.leader))
        let (_, question) = state.core.words.dialog(state.dialog!.kind.text(state.core))
        #expect(question.contains("enhetsleder Kari Nordmann"), "the confirmation names the person and the role")
        press(.character("j"))
        #expect(keys == 45 && keys <= 45)
        let agreement = try #require(state.agreement)
        #expect(Set(agreement.currentSignOffs.map(\.party)) == [.contactPerson, .leader])
        #expect(agreement.currentSignOffs.first { $0.party == .leader }?.name == "Kari Nordmann")
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

    @Test func theSecondSignatureIsNeverOfferedTheTypistsName() throws {
        var state = sample(.assessment, party: .contactPerson)
        state.core.session.person = "Ola Hansen"
        SampleState.press(&state, .character("m"))
        state.stack[state.stack.count - 1] = {
            var meeting = state.meeting!
            meeting.step = .summary
            return Mode(meeting)
        }()
        SampleState.press(&state, .character("s"))
        #expect(state.form?.text(.name) == "Ola Hansen", "the typist signs in the typist's own role with the config's name")
        SampleState.press(&state, .enter, .character("s"), .character("j"))
        #expect(state.form?.kind == .signOff(.leader))
        #expect(state.form?.text(.name) == "", "the leader's name is the leader's to write, not the typist's")
        SampleState.type(&state, "Kari Nordmann")
        SampleState.press(&state, .enter)
        let signed = try #require(state.agreement?.currentSignOffs)
        #expect(signed == [SignOff(phase: .assessment, party: .contactPerson, name: "Ola Hansen", date: Self.today),
                           SignOff(phase: .assessment, party: .leader, name: "Kari Nordmann", date: Self.today)])
    }

    @Test func eachMeetingStepsFooterShowsOnlyItsKeys() {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"))
        #expect(SampleState.render(state).lines.last?.contains("1 Ut over") == true)
        state.stack[state.stack.count - 1] = {
            var meeting = state.meeting!
            meeting.step = .checklist(state.agreement!.checklist[0].id)
            return Mode(meeting)
        }()
        let checklistFooter = SampleState.render(state).lines.last ?? ""
        #expect(!checklistFooter.contains("1 Ut over") && checklistFooter.contains("u Utført"))
        state.stack[state.stack.count - 1] = {
            var meeting = state.meeting!
            meeting.step = .summary
            return Mode(meeting)
        }()
        let summaryFooter = SampleState.render(state).lines.last ?? ""
        #expect(!summaryFooter.contains("1 Ut over") && summaryFooter.contains("f Forbedringsplan"))
    }

    @Test func backspaceUndoesTheLastValueAndStepsBack() throws {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"), .character("1"), .character("2"), .character("3"))
        #expect(state.meeting?.step == .area(areaID(state, 1)))
        #expect(state.meeting?.focus == .attainment)
        SampleState.press(&state, .backspace)
        #expect(state.meeting?.focus == .measures)
        #expect(state.agreement?.goalAreas[1].assessment.measuresRating == nil)
        SampleState.press(&state, .backspace)
        #expect(state.meeting?.step == .area(areaID(state, 0)))
        #expect(state.meeting?.focus == .attainment)
        #expect(state.agreement?.goalAreas[0].assessment.attainmentRating == nil)
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .beyondAgreement)
        SampleState.press(&state, .escape)
        #expect(state.meeting == nil)
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .beyondAgreement, "Esc keeps what was done")
    }

    @Test func commentsInTheMeetingAreStampedWithTheRoleTheyAreFor() throws {
        var state = sample(.assessment, party: .contactPerson)
        SampleState.press(&state, .character("m"), .character("c"))
        #expect(state.form?.fields.map(\.label) == ["Enhetsleders kommentar", "Kontaktpersonens kommentar"])
        SampleState.type(&state, "Godt år")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Enig")
        SampleState.press(&state, .enter)
        let assessment = try #require(state.agreement?.goalAreas[0].assessment)
        #expect(assessment.leaderComment == "Godt år")
        #expect(assessment.leaderCommentStamp == Stamp(party: .leader, date: Self.today), "dictated by the leader, typed by the contact person")
        #expect(assessment.contactCommentStamp == Stamp(party: .contactPerson, date: Self.today))
    }

    @Test func outsideTheMeetingEachPartySeesTheOthersCommentReadOnly() {
        var state = sample(.assessment, party: .contactPerson)
        SampleState.press(&state, .enter)
        // Goal area fields: Nummer, Målområde, Rader, Notat, tiltak, måloppnåelse, leder, kontakt.
        for _ in 0..<6 { SampleState.press(&state, .down) }
        SampleState.press(&state, .enter)
        #expect(state.form == nil)
        #expect(state.statusText == "Feltet skrives av enhetsleder – bare lesing for deg")
        SampleState.press(&state, .down, .enter)
        #expect(state.form != nil, "the contact person may write the contact comment")
    }

    @Test func theMidYearReviewTakesNotesAndTheMinutesAreWritten() throws {
        var state = sample()
        SampleState.press(&state, .character("m"))
        #expect(state.meeting?.kind == .midYear)
        #expect(SampleState.render(state).contains("Midtveissamtale"))
        let before = state.agreement
        #expect(SampleState.press(&state, .character("1")) == [], "no ratings at mid-year")
        #expect(state.agreement == before)
        SampleState.press(&state, .character("c"))
        SampleState.type(&state, "Flere frivillige til SFO")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].midYearNote == "Flere frivillige til SFO")
        SampleState.press(&state, .character("w"))
        #expect(state.form?.text(.path) == "hoeggen-skole-2011-referat-2011-12-05.md")
        let effects = SampleState.press(&state, .enter)
        guard case .writeMinutes(let agreement, let kind, _, _, let path, overwrite: false)? = effects.first else { Issue.record("no file written"); return }
        #expect(path == "hoeggen-skole-2011-referat-2011-12-05.md" && kind == .midYear)
        #expect(agreement.goalAreas[0].midYearNote == "Flere frivillige til SFO")
        _ = state.update(.fileWritten("/tmp/x.md", privateFile: false))
        #expect(state.statusText == "Skrev /tmp/x.md")
    }

    @Test func anImprovementPlanForAGoalAreaBelowTheAgreementStartsToday() throws {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"), .character("3"), .character("3"))
        for _ in 0..<30 { SampleState.press(&state, .character("n")) }
        #expect(state.meeting?.step == .summary)
        SampleState.press(&state, .character("f"))
        #expect(state.form?.text(.followUpDates) == "05.12.2011, 05.01.2012, 05.02.2012")
        SampleState.type(&state, "Ny frivillighetsplan\nUkentlige møter")
        SampleState.press(&state, .enter)
        let plan = try #require(state.agreement?.improvementPlans.first)
        #expect(plan.goalAreaID == areaID(state, 0))
        #expect(plan.followUpDates.count == 3)
        #expect(plan.actions == "Ny frivillighetsplan Ukentlige møter" || plan.actions.contains("Ukentlige møter"))
    }

    @Test func followUpDatesStartTodayClampedIntoTheAgreementsYear() throws {
        var state = sample(.assessment)
        state.core.session.today = LocalDate(year: 2026, month: 11, day: 30)!
        SampleState.press(&state, .character("m"), .character("3"), .character("3"))
        state.stack[state.stack.count - 1] = {
            var meeting = state.meeting!
            meeting.step = .summary
            return Mode(meeting)
        }()
        SampleState.press(&state, .character("f"))
        #expect(state.form?.text(.followUpDates) == "31.12.2011, 31.01.2012, 29.02.2012", "the last day of 2011, not 30.11.2026")
    }

    @Test func meetingModeIsRefusedInInngaaelse() {
        var state = sample(.agreement)
        SampleState.press(&state, .character("m"))
        #expect(state.meeting == nil)
        #expect(state.core.status?.kind == .warning)
    }

    @Test func theMeetingKeepsItsPlaceByIdWhenAGoalAreaGoes() throws {
        var state = sample(.assessment)
        SampleState.press(&state, .character("m"), .character("n"), .character("n"))
        let third = areaID(state, 2)
        #expect(state.meeting?.step == .area(third))
        _ = state.update(.reloaded({ var a = state.agreement!; a.goalAreas.remove(at: 0); return a }(), stamp: nil))
        #expect(state.meeting?.step == .area(third), "still on the same goal area after the first went")
    }
}


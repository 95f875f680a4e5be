import AgreementKit
import AgreementStore
@testable import AgreementUI
import TestSupport
import Testing

/// Update tests for editing: the exact state after each action.
@Suite("Editing in the interface")
struct EditingUpdateTests {
    static let today = SampleState.today

    /// The sample in Oppfølging (as shipped), on the Frivillighet row.
    func onFrivillighetRow(phase: Phase = .followUp) -> AppState {
        var state = SampleState.main(100, 30, phase: phase, seed: 42)
        SampleState.press(&state, .down)
        return state
    }

    func type(_ state: inout AppState, _ text: String) { SampleState.type(&state, text) }

    var row: GoalRow { SampleState.agreement.goalAreas[0].rows[0] }

    @Test func lAddsALogEntryDatedTodayAndSavesIt() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"))
        let form = try #require(state.form)
        #expect(form.kind == .create(.logEntry(row: row.id, measure: nil)))
        #expect(form.text(.date) == "14.03.2011" && form.text(.text) == "")
        #expect(form.fields[form.focused].id == .text)
        type(&state, "Møte med Othilienborg IL – åpen hall")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        let entry = try #require(agreement.goalAreas[0].rows[0].log.first)
        #expect(entry.text == "Møte med Othilienborg IL – åpen hall")
        #expect(entry.date == Self.today)
        #expect(entry.measureID == nil)
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(state.form == nil)
        #expect(state.browse?.log.entries.first?.text == "Møte med Othilienborg IL – åpen hall")
        #expect(state.focus == .log, "the new entry has the focus")
        _ = state.update(.saved(stamp: nil, time: "10:42"))
        #expect(state.core.status == Status("Loggføring lagt til 14.03 på 2.1 1. Frivillighet · Lagret 10:42"))
        #expect(state.core.document?.undoStack.count == 1)
    }

    @Test func aShortDateMeansTheAgreementsYearAndTheFormShowsTheResolvedDate() throws {
        var state = SampleState.main(100, 30)
        state.core.session.today = LocalDate(year: 2026, month: 11, day: 30)!
        SampleState.press(&state, .down, .character("l"), .backTab)
        for _ in 0..<10 { SampleState.press(&state, .backspace) }
        type(&state, "14.3")
        let form = try #require(state.form)
        let date = try #require(form.field(.date))
        #expect(FormView.hint(for: date, form, state.core) == "= 14.03.2011")
        SampleState.press(&state, .tab)
        type(&state, "Vårdugnad")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].rows[0].log.first?.date == LocalDate(year: 2011, month: 3, day: 14), "the agreement's year, not the calendar year")
    }

    @Test func aLogEntryFromAMeasureIsLinkedAndTheDateCanBeChanged() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .tab, .down)
        let measure = row.measures[1]
        SampleState.press(&state, .character("l"), .backTab)
        for _ in 0..<10 { SampleState.press(&state, .backspace) }
        type(&state, "2.2.11")
        SampleState.press(&state, .tab)
        type(&state, "Avtale signert")
        SampleState.press(&state, .enter)
        let entry = try #require(state.agreement?.goalAreas[0].rows[0].log.first)
        #expect(entry.measureID == measure.id)
        #expect(entry.date == LocalDate(year: 2011, month: 2, day: 2))
    }

    @Test func aBadDateIsRefusedAndTheFormStaysOpenOnTheDate() {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"), .backTab)
        for _ in 0..<10 { SampleState.press(&state, .backspace) }
        type(&state, "31.4")
        SampleState.press(&state, .tab)
        type(&state, "x")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.core.status?.kind == .error)
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .date)
    }

    @Test func escCancelsAndCtrlCAsksBeforeDiscarding() {
        var state = onFrivillighetRow()
        let before = state.agreement
        SampleState.press(&state, .character("l"))
        type(&state, "halvskrevet")
        SampleState.press(&state, .control("c"))
        #expect(state.form?.confirmingDiscard == true)
        #expect(state.core.status?.kind == .warning)
        SampleState.press(&state, .control("c"))
        #expect(state.form == nil)
        #expect(state.agreement == before)
        SampleState.press(&state, .character("l"))
        type(&state, "x")
        SampleState.press(&state, .escape)
        #expect(state.form == nil)
        #expect(state.agreement == before)
    }

    @Test func aBlueFieldInOppfolgingIsAnAmendmentWithAReason() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .enter, .down, .down, .enter)
        let form = try #require(state.form)
        #expect(form.kind == .amend(.target(row.id)))
        #expect(form.has(.reason))
        #expect(state.statusText == "Avtalt i Inngåelse – endringen registreres med begrunnelse, dato og hvem")
        SampleState.press(&state, .control("u"))
        type(&state, "Minst to nye frivillige tiltak")
        #expect(SampleState.press(&state, .enter) == [], "no reason, no change")
        #expect(state.statusText == "Skriv en begrunnelse for endringen av avtalen")
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .reason, "the cursor goes to the reason")
        type(&state, "Nytt samarbeid med idrettslaget")
        #expect(state.form?.text(.value).hasSuffix("Minst to nye frivillige tiltak") == true, "nothing appended to the target")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        let amendment = try #require(agreement.amendments.first)
        #expect(amendment.field == "2.1 1. Frivillighet · mål for enheten")
        #expect(amendment.oldValue == row.target)
        #expect(amendment.newValue.hasSuffix("Minst to nye frivillige tiltak"))
        #expect(amendment.reason == "Nytt samarbeid med idrettslaget")
        #expect(amendment.party == .leader && amendment.date == Self.today)
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(state.browse?.tree.nodes.contains(.amendments) == true, "the amendments are listed in the agreement")
    }

    @Test func anAmendmentRecordsAndShowsThePersonWithTheRole() throws {
        var state = onFrivillighetRow()
        state.core.session.person = "Kari Nordmann"
        SampleState.press(&state, .enter, .down, .down, .enter, .control("u"))
        type(&state, "Nytt mål")
        SampleState.press(&state, .tab)
        type(&state, "Ny avtale med idrettslaget")
        SampleState.press(&state, .enter, .escape)
        let amendment = try #require(state.agreement?.amendments.first)
        #expect(amendment.person == "Kari Nordmann" && amendment.party == .leader)
        var browse = try #require(state.browse)
        browse.select(.amendments, state.core)
        state.stack[0] = Mode(browse)
        SampleState.press(&state, .enter)
        let screen = SampleState.render(state)
        #expect(screen.contains("Kari Nordmann (enhetsleder): 2.1 1. Frivillighet · mål for enheten"), "\(screen.lines.joined(separator: "\n"))")
    }

    @Test func addingABlueItemInOppfolgingAsksForAReasonToo() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .tab, .character("a"), .character("t"))
        let form = try #require(state.form)
        #expect(form.fields.map(\.label) == ["Tiltak", "Begrunnelse for endringen (påkrevd)"])
        type(&state, "Leirskole med frivillige")
        SampleState.press(&state, .tab)
        type(&state, "Tilbud fra FAU")
        SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        let measure = try #require(agreement.goalAreas[0].rows[0].measures.first { $0.text == "Leirskole med frivillige" })
        #expect(agreement.amendments.map(\.field) == ["2.1 1. Frivillighet · tiltak 2 (lagt til)"], "named where it landed")
        #expect(state.focus == .measures && state.browse?.focusedMeasure?.item == .measure(measure.id), "focus stays on the new measure")
        SampleState.press(&state, .character("d"))
        #expect(state.dialog?.kind == .delete(.measure(measure.id)), "d offers to delete the new measure, not the row")
    }

    @Test func movingABlueItemInOppfolgingIsAnAmendment() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .tab, .down, .character("K"))
        #expect(state.form?.kind == .amendMove(.measure(row.measures[1].id), by: -1))
        type(&state, "Viktigst først")
        SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(agreement.goalAreas[0].rows[0].measures.first?.id == row.measures[1].id)
        #expect(agreement.amendments.first?.reason == "Viktigst først")
        #expect(agreement.amendments.first?.field == "2.1 1. Frivillighet · tiltak 2 (flyttet)")
        #expect(agreement.amendments.first?.oldValue == "2.1 1. Frivillighet · tiltak 2")
        #expect(agreement.amendments.first?.newValue == "2.1 1. Frivillighet · tiltak 1", "the record says where it went")
    }

    @Test func blueFieldsAreEditedInInngaaelse() throws {
        var state = onFrivillighetRow(phase: .agreement)
        SampleState.press(&state, .enter, .down, .down)
        #expect(state.detail?.field == 2)
        SampleState.press(&state, .enter)
        let form = try #require(state.form)
        #expect(form.kind == .field(.target(row.id)))
        #expect(form.text(.value) == row.target)
        SampleState.press(&state, .control("u"))
        type(&state, "Nytt mål")
        let effects = SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].rows[0].target == String(row.target.split(separator: "\n").dropLast().joined(separator: "\n")) + "\nNytt mål")
        #expect(effects.count == 1)
    }

    @Test func addMeasureAndSupportInTheMeasuresPane() throws {
        var state = onFrivillighetRow(phase: .agreement)
        SampleState.press(&state, .tab, .character("a"))
        #expect(state.dialog?.options.map(\.key) == ["t", "s"])
        SampleState.press(&state, .character("s"))
        type(&state, "Ny støtte fra rådmannen")
        SampleState.press(&state, .enter)
        let support = try #require(state.agreement?.goalAreas[0].rows[0].support)
        #expect(support.count == row.support.count + 1)
        #expect(support.last?.text == "Ny støtte fra rådmannen")
        SampleState.press(&state, .home, .character("a"), .character("t"))
        type(&state, "Nytt tiltak")
        SampleState.press(&state, .enter)
        let measures = try #require(state.agreement?.goalAreas[0].rows[0].measures)
        #expect(measures[1].text == "Nytt tiltak", "added after the measure under the cursor")
    }

    @Test func addRowAndGoalAreaThenDeleteAfterAsking() throws {
        var state = onFrivillighetRow(phase: .agreement)
        SampleState.press(&state, .character("a"))
        SampleState.press(&state, .backTab)
        type(&state, "1.2")
        SampleState.press(&state, .tab)
        type(&state, "Flere frivillige i SFO")
        SampleState.press(&state, .enter)
        let rows = try #require(state.agreement?.goalAreas[0].rows)
        #expect(rows.map(\.targetNumber) == ["", "1.2"])
        guard case .row(_, let selected) = state.selection else { Issue.record("the new row is not selected"); return }
        #expect(selected.target == "Flere frivillige i SFO")
        SampleState.press(&state, .character("d"))
        let question = try #require(state.dialog).kind.text(state.core)
        #expect(state.core.words.dialog(question).question == "Slette raden «1.2 Flere frivillige i SFO» i 2.1 1. Frivillighet? (j/n)")
        SampleState.press(&state, .character("n"))
        #expect(state.agreement?.goalAreas[0].rows.count == 2)
        SampleState.press(&state, .character("d"), .character("j"))
        #expect(state.agreement?.goalAreas[0].rows.count == 1)
        guard case .row(let area, let left) = state.selection else { Issue.record("the cursor left the goal area"); return }
        #expect(area.title == "Frivillighet" && left.id == row.id, "the cursor goes to the row before the deleted one")
        SampleState.press(&state, .character("A"))
        type(&state, "Trafikksikkerhet")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas(in: .common).map(\.title) == ["Frivillighet", "Trafikksikkerhet", "Redusert sykefravær", "Miljø"])
    }

    @Test func moveRowsWithShiftJK() throws {
        var state = SampleState.main(100, 30, phase: .agreement)
        // 2.2 goal area 1 (1a and 1b) has four rows; go to its second row.
        let area = SampleState.agreement.goalAreas[3]
        var browse = try #require(state.browse)
        browse.select(.row(area: area.id, row: area.rows[1].id), state.core)
        state.stack[0] = Mode(browse)
        SampleState.press(&state, .character("K"))
        #expect(state.agreement?.goalAreas[3].rows.map(\.id) == [area.rows[1].id, area.rows[0].id, area.rows[2].id, area.rows[3].id])
        guard case .row(_, let selected) = state.selection else { Issue.record("lost the row"); return }
        #expect(selected.id == area.rows[1].id, "the cursor follows the moved row")
        SampleState.press(&state, .character("K"))
        #expect(state.statusText == "Står allerede øverst")
    }

    @Test func undoAndRedoEveryChangeSayWhatAndSaveEachTime() throws {
        var state = onFrivillighetRow()
        let original = try #require(state.agreement)
        SampleState.press(&state, .character("l"))
        type(&state, "En")
        SampleState.press(&state, .enter)
        let withEntry = try #require(state.agreement)
        let undone = SampleState.press(&state, .character("u"))
        #expect(state.agreement == original)
        #expect(undone == [.save(original, expecting: nil)])
        #expect(state.statusText == "Angret: loggføring lagt til 14.03 på 2.1 1. Frivillighet · lagrer …")
        let redone = SampleState.press(&state, .control("r"))
        #expect(state.agreement == withEntry)
        #expect(redone == [.save(withEntry, expecting: nil)])
        #expect(state.statusText?.hasPrefix("Gjort om: loggføring lagt til 14.03") == true)
        SampleState.press(&state, .character("u"), .character("u"))
        #expect(state.core.status == Status("Ingenting å angre", kind: .warning))
    }

    @Test func undoingAPhaseChangeAsksForAReasonAndIsRecorded() throws {
        var state = onFrivillighetRow(phase: .assessment)
        SampleState.press(&state, .character("p"), .character("j"))
        #expect(state.agreement?.phase == .closed)
        SampleState.press(&state, .character("u"))
        #expect(state.agreement?.phase == .closed, "never a silent reopening")
        #expect(state.form?.kind == .reopen(undoing: true))
        type(&state, "Vurderingen ble avsluttet for tidlig")
        SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(agreement.phase == .assessment)
        #expect(agreement.phaseChanges.last?.reason == "Vurderingen ble avsluttet for tidlig")
        #expect(state.core.document?.undoStack.isEmpty == true, "the phase change left the undo history with the reopening")
    }

    @Test func undoAfterTheReopeningNeverErasesThePhaseRecords() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"))
        type(&state, "Før fasebyttet")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].rows[0].log.count == 1)
        SampleState.press(&state, .character("p"), .character("j"), .character("u"))
        #expect(state.form?.kind == .reopen(undoing: true))
        type(&state, "Gikk videre for tidlig")
        SampleState.press(&state, .enter)
        let reopened = try #require(state.agreement)
        #expect(reopened.phase == .followUp && reopened.phaseChanges.count == 2)
        let effects = SampleState.press(&state, .character("u"))
        #expect(effects.isEmpty, "nothing before the reopening is taken back")
        #expect(state.agreement == reopened, "the phase change and the reopening stay on record, the log entry too")
        #expect(state.core.status == Status("Ingenting å angre", kind: .warning))
    }

    @Test func ratingsAreChosenInAssessment() throws {
        var state = onFrivillighetRow(phase: .assessment)
        SampleState.press(&state, .up, .enter)
        // Fields of a goal area: Nummer, Målområde, Rader, Notat, Gjennomførte tiltak er, …
        SampleState.press(&state, .down, .down, .down, .down, .enter)
        #expect(state.dialog?.options.map(\.key) == ["1", "2", "3", "0"])
        SampleState.press(&state, .character("2"))
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .asAgreed)
    }

    @Test func aFailedSaveKeepsTheChangeWarnsAndQuittingAsks() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"))
        type(&state, "Viktig")
        SampleState.press(&state, .enter)
        _ = state.update(.saveFailed("disken er full"))
        #expect(state.core.session.unsaved)
        #expect(state.core.status?.kind == .error)
        #expect(state.statusText?.hasPrefix("Ikke lagret (endringen er beholdt; Ctrl-S prøver igjen)") == true, "what is not lost comes first")
        let agreement = try #require(state.agreement)
        #expect(agreement.goalAreas[0].rows[0].log.first?.text == "Viktig")
        #expect(SampleState.press(&state, .control("s")) == [.save(agreement, expecting: nil)])
        #expect(SampleState.press(&state, .character("q")) == [])
        #expect(state.dialog?.options.map(\.key) == ["l", "k", "a"])
        #expect(state.dialog?.defaultAnswer == .retry, "Enter never throws the change away")
        SampleState.press(&state, .character("k"))
        #expect(state.form?.text(.path) == "hoeggen-skole-2011-ulagret.json")
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.writeCopy(agreement, path: "hoeggen-skole-2011-ulagret.json", overwrite: false)])
        #expect(state.update(.copyWritten("/tmp/x.json")) == [.quit])
        #expect(state.core.session.exitNote == "Kopi skrevet til /tmp/x.json", "printed after the terminal is restored")
    }

    @Test func aSuccessfulSaveClearsTheWarningAndQuitIsImmediate() {
        var state = onFrivillighetRow()
        _ = state.update(.saveFailed("skrivebeskyttet"))
        _ = state.update(.saved(stamp: nil, time: "10:43"))
        #expect(!state.core.session.unsaved)
        #expect(SampleState.press(&state, .character("q")) == [.quit])
    }

    @Test func searchFoldsNorwegianLettersJumpsPanesAndRemembersQueries() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("/"))
        type(&state, "okt")
        SampleState.press(&state, .enter)
        let search = try #require(state.browse?.search)
        #expect(search.hits.count > 1)
        #expect(search.hits.allSatisfy { SearchIndex.fold($0.text).contains("okt") })
        #expect(state.statusText?.hasPrefix("Treff \(search.current + 1)/\(search.hits.count) for «okt»") == true)
        SampleState.press(&state, .character("/"))
        #expect(state.form?.text(.query) == "", "the search opens empty")
        SampleState.press(&state, .up)
        #expect(state.form?.text(.query) == "okt", "the previous query is a key away")
        SampleState.press(&state, .down)
        #expect(state.form?.text(.query) == "")
        type(&state, "kunstgress")
        SampleState.press(&state, .enter)
        #expect(state.focus == .measures)
        #expect(state.browse?.focusedMeasure?.text.contains("kunstgressbane") == true)
        SampleState.press(&state, .character("n"))
        #expect(state.browse?.search?.current == 0, "a single hit wraps round")
        SampleState.press(&state, .character("/"))
        type(&state, "finnes ikke")
        SampleState.press(&state, .enter)
        #expect(state.core.status == Status("Ingen treff for «finnes ikke»", kind: .warning))
    }

    @Test func idsOfNewItemsComeFromTheSeededSource() {
        var a = onFrivillighetRow(), b = onFrivillighetRow()
        for s in [0, 1] {
            var state = s == 0 ? a : b
            SampleState.press(&state, .character("l"))
            type(&state, "x")
            SampleState.press(&state, .enter)
            if s == 0 { a = state } else { b = state }
        }
        #expect(a.agreement == b.agreement)
    }
}

@Suite("Drafts of interrupted forms")
struct DraftTests {
    @Test func onlyTypedTextInAFieldOrNewItemFormIsADraft() throws {
        var state = SampleState.main(100, 30)
        SampleState.press(&state, .down, .character("l"))
        #expect(state.draft == nil, "nothing typed yet")
        SampleState.press(&state, .character("æ"), .character("ø"))
        let draft = try #require(state.draft)
        #expect(draft.fields.first { $0.id == .text }?.text == "æø")
        let decoded = try #require(Draft.decode(try draft.encoded()))
        #expect(decoded == draft)
        SampleState.press(&state, .escape, .character("/"), .character("x"))
        #expect(state.draft == nil, "a search is not worth a draft")
    }

    @Test func aFoundDraftIsOfferedAndRestoredOrDiscarded() throws {
        var state = SampleState.main(100, 30)
        SampleState.press(&state, .down, .character("l"), .character("x"))
        let draft = try #require(state.draft)
        var fresh = SampleState.picker(100, 30)
        _ = fresh.update(.opened(Opened(agreement: SampleState.agreement, stamp: nil, lock: .held, draft: draft)))
        #expect(fresh.dialog?.options.map(\.key) == ["g", "s"])
        var restored = fresh
        #expect(SampleState.press(&restored, .character("g")) == [.removeDraft("hoeggen-skole-2011")])
        #expect(restored.form?.text(.text) == "x")
        #expect(SampleState.press(&fresh, .character("s")) == [.removeDraft("hoeggen-skole-2011")])
        #expect(fresh.dialog == nil && fresh.form == nil)
    }
}

@Suite("Checklist and personal goals in the detail view")
struct DetailEditingTests {
    @Test func checklistMarksAndCommentsAtAssessmentAndDeletingATask() throws {
        let agreement = SampleState.agreement
        var state = SampleState.main(100, 30, phase: .assessment)
        SampleState.press(&state, .home, .down, .enter)
        #expect(state.selection == .checklist)
        #expect(state.keyContext == .checklist)
        SampleState.press(&state, .character(" "))
        #expect(state.agreement?.checklist[0].status == .done, "Space marks the task done")
        SampleState.press(&state, .down, .down, .character("i"))
        #expect(state.agreement?.checklist[1].status == .notDone, "i marks it not done")
        SampleState.press(&state, .character("u"))
        #expect(state.agreement?.checklist[1].status == nil, "u is undo here, as everywhere")
        SampleState.press(&state, .home, .enter, .character("u"))
        #expect(state.agreement?.checklist[0].status == .done)
        SampleState.press(&state, .down, .enter)
        SampleState.type(&state, "Levert hver måned")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.checklist[0].comment == "Levert hver måned")
        // Deleting a task is a blue change: in Resultatvurdering an amendment with a reason.
        SampleState.press(&state, .character("d"), .character("j"))
        #expect(state.form?.kind == .amendDelete(.checklistItem(agreement.checklist[0].id)))
        SampleState.type(&state, "Inngår nå i HMS-rapporten")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.checklist.count == 9)
        #expect(state.agreement?.amendments.first?.oldValue == "Månedlig økonomirapportering")
        #expect(state.agreement?.amendments.first?.reason == "Inngår nå i HMS-rapporten")
    }

    @Test func personalGoalsAreAddedAndDeletedInInngaaelse() throws {
        var state = SampleState.main(100, 30, phase: .agreement, seed: 7)
        SampleState.press(&state, .end, .character("a"))
        SampleState.type(&state, "Bli tryggere på delegering")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.personalGoals.map(\.text) == ["Bli tryggere på delegering"])
        SampleState.press(&state, .enter, .character("d"), .character("j"))
        #expect(state.agreement?.personalGoals == [])
    }
}

@Suite("Read-only sessions and conflicts")
struct ReadOnlyTests {
    @Test func aReadOnlySessionRefusesEveryChangeWithTheReason() {
        var state = SampleState.main(120, 40)
        state.core.session.lock = .heldElsewhere(LockInfo(host: "maskin", pid: 7, since: "2011-03-14T10:42:00+01:00"), described: "skrivebeskyttet – åpen i en annen økt (maskin, prosess 7, siden 14.03.2011 10:42)")
        SampleState.press(&state, .down, .character("l"))
        #expect(state.form == nil)
        #expect(state.statusText == "Skrivebeskyttet – åpen i en annen økt (maskin, prosess 7, siden 14.03.2011 10:42)")
        SampleState.press(&state, .character("p"), .character("j"))
        #expect(state.agreement?.phase == .followUp)
        #expect(SampleState.press(&state, .escape, .control("s")) == [])
        #expect(SampleState.render(state).contains("skrivebeskyttet – åpen i en annen økt"))
    }

    @Test func aConflictOffersReloadCopyOrOverwrite() throws {
        var state = SampleState.main(120, 40)
        SampleState.press(&state, .down, .character("l"), .character("x"), .enter)
        _ = state.update(.saveConflict("filen er endret utenfor denne økten siden den ble lest"))
        #expect(state.dialog?.options.map(\.key) == ["l", "k", "o"])
        #expect(state.dialog?.defaultAnswer == .copy, "Enter loses neither version")
        let agreement = try #require(state.agreement)
        var overwrite = state
        #expect(SampleState.press(&overwrite, .character("o")) == [.forceSave(agreement)])
        var copy = state
        SampleState.press(&copy, .character("k"))
        #expect(copy.form?.text(.path) == "hoeggen-skole-2011-min-versjon.json")
        #expect(SampleState.press(&state, .character("l")) == [.reload("hoeggen-skole-2011")])
        _ = state.update(.reloaded(SampleState.agreement, stamp: nil))
        #expect(state.agreement == SampleState.agreement)
        #expect(!state.core.session.unsaved)
        #expect(state.core.document?.undoStack.isEmpty == true)
    }
}

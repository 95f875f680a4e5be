import AgreementKit
@testable import AgreementUI
import Testing

/// Update tests for editing: the exact state after each action.
@Suite("Editing in the interface")
struct EditingUpdateTests {
    static let today = LocalDate(year: 2011, month: 3, day: 14)!

    /// The sample in Oppfølging (as shipped), on the Frivillighet row.
    func onFrivillighetRow(phase: Phase = .followUp) -> AppState {
        var agreement = SampleState.agreement
        agreement.phase = phase
        var state = AppState(agreement: agreement, size: Size(width: 100, height: 30), today: Self.today, seed: 42)
        SampleState.press(&state, .down)
        return state
    }

    func type(_ state: inout AppState, _ text: String) {
        for c in text { _ = state.update(.key(.character(c))) }
    }

    var row: GoalRow { SampleState.agreement.goalAreas[0].rows[0] }

    @Test func lAddsALogEntryDatedTodayAndSavesIt() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"))
        guard case .edit(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.purpose == .create(.logEntry(row: row.id, measure: nil)))
        #expect(form.fields.map(\.editor.text) == ["14.03.2011", ""])
        #expect(form.focused == 1)
        type(&state, "Møte med Othilienborg IL – åpen hall")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        let entry = try #require(agreement.goalAreas[0].rows[0].log.first)
        #expect(entry.text == "Møte med Othilienborg IL – åpen hall")
        #expect(entry.date == Self.today)
        #expect(entry.measureID == nil)
        #expect(effects == [.save(agreement)])
        #expect(state.modal == nil)
        #expect(state.logItems.first?.text == "Møte med Othilienborg IL – åpen hall")
        _ = state.update(.saved(time: "10:42"))
        #expect(state.status == StatusMessage("Loggføring lagt til · Lagret 10:42"))
        #expect(state.history.undoStack.count == 1)
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

    @Test func aBadDateIsRefusedAndTheFormStaysOpen() {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"), .backTab)
        for _ in 0..<10 { SampleState.press(&state, .backspace) }
        type(&state, "31.4")
        SampleState.press(&state, .tab)
        type(&state, "x")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.status?.kind == .error)
        if case .edit = state.modal {} else { Issue.record("the form closed") }
    }

    @Test func escCancelsAndCtrlCAsksBeforeDiscarding() {
        var state = onFrivillighetRow()
        let before = state.agreement
        SampleState.press(&state, .character("l"))
        type(&state, "halvskrevet")
        SampleState.press(&state, .control("c"))
        if case .edit(let form) = state.modal { #expect(form.confirmingDiscard) } else { Issue.record("closed too early") }
        #expect(state.status?.kind == .warning)
        SampleState.press(&state, .control("c"))
        #expect(state.modal == nil)
        #expect(state.agreement == before)
        SampleState.press(&state, .character("l"))
        type(&state, "x")
        SampleState.press(&state, .escape)
        #expect(state.modal == nil)
        #expect(state.agreement == before)
    }

    @Test func aBlueFieldInOppfolgingIsAnAmendmentWithAReason() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .enter, .down, .down, .enter)
        guard case .edit(let form) = state.modal else { Issue.record("no amendment form"); return }
        #expect(form.purpose == .amend(.target(row.id)))
        #expect(form.lastFieldIsReason)
        #expect(state.status?.text == "Avtalt i Inngåelse – endringen registreres med begrunnelse, dato og hvem")
        SampleState.press(&state, .control("u"))
        type(&state, "Minst to nye frivillige tiltak")
        #expect(SampleState.press(&state, .enter) == [], "no reason, no change")
        #expect(state.status?.text == "Skriv en begrunnelse for endringen av avtalen")
        SampleState.press(&state, .tab)
        type(&state, "Nytt samarbeid med idrettslaget")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        let amendment = try #require(agreement.amendments.first)
        #expect(amendment.field == "2.1 1. Frivillighet – Mål for enheten")
        #expect(amendment.oldValue == row.target)
        #expect(amendment.newValue.hasSuffix("Minst to nye frivillige tiltak"))
        #expect(amendment.reason == "Nytt samarbeid med idrettslaget")
        #expect(amendment.party == .leader && amendment.date == Self.today)
        #expect(effects == [.save(agreement)])
        #expect(state.tree?.nodes.contains(.amendments) == true, "the amendments are listed in the agreement")
    }

    @Test func addingABlueItemInOppfolgingAsksForAReasonToo() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .tab, .character("a"), .character("t"))
        guard case .edit(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.fields.map(\.label) == ["Tiltak", "Begrunnelse for endringen (påkrevd)"])
        type(&state, "Leirskole med frivillige")
        SampleState.press(&state, .tab)
        type(&state, "Tilbud fra FAU")
        SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(agreement.goalAreas[0].rows[0].measures.contains { $0.text == "Leirskole med frivillige" })
        #expect(agreement.amendments.map(\.field) == ["Nytt tiltak"])
    }

    @Test func blueFieldsAreEditedInInngaaelse() throws {
        var state = onFrivillighetRow(phase: .agreement)
        SampleState.press(&state, .enter, .down, .down)
        #expect(state.overlay == .detail(offset: 0, field: 2))
        SampleState.press(&state, .enter)
        guard case .edit(let form) = state.modal else { Issue.record("no editor"); return }
        #expect(form.purpose == .field(.target(row.id)))
        #expect(form.fields[0].editor.text == row.target)
        SampleState.press(&state, .control("u"))
        type(&state, "Nytt mål")
        let effects = SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].rows[0].target == String(row.target.split(separator: "\n").dropLast().joined(separator: "\n")) + "\nNytt mål")
        #expect(effects.count == 1)
    }

    @Test func addMeasureAndSupportInTheMeasuresPane() throws {
        var state = onFrivillighetRow(phase: .agreement)
        SampleState.press(&state, .tab, .character("a"))
        guard case .dialog(let dialog) = state.modal else { Issue.record("no dialog"); return }
        #expect(dialog.options.map(\.key) == ["t", "s"])
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
        guard case .dialog(let dialog) = state.modal else { Issue.record("no question"); return }
        #expect(dialog.text == "Slette raden «1.2 Flere frivillige i SFO»? (j/n)")
        SampleState.press(&state, .character("n"))
        #expect(state.agreement?.goalAreas[0].rows.count == 2)
        SampleState.press(&state, .character("d"), .character("j"))
        #expect(state.agreement?.goalAreas[0].rows.count == 1)
        guard case .row(let area, _) = state.selection else { Issue.record("the cursor left the goal area"); return }
        #expect(area.title == "Frivillighet", "the cursor goes to the row before the deleted one")
        SampleState.press(&state, .character("A"))
        type(&state, "Trafikksikkerhet")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas(in: .common).map(\.title) == ["Frivillighet", "Trafikksikkerhet", "Redusert sykefravær", "Miljø"])
    }

    @Test func moveRowsWithShiftJK() throws {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 100, height: 30), today: Self.today)
        var agreement = try #require(state.agreement)
        agreement.phase = .agreement
        state.show(agreement)
        // 2.2 goal area 1a/1b has four rows; go to its second row.
        let area = agreement.goalAreas[3]
        state.select(.row(area.rows[1].id))
        SampleState.press(&state, .character("K"))
        #expect(state.agreement?.goalAreas[3].rows.map(\.id) == [area.rows[1].id, area.rows[0].id, area.rows[2].id, area.rows[3].id])
        guard case .row(_, let selected) = state.selection else { Issue.record("lost the row"); return }
        #expect(selected.id == area.rows[1].id, "the cursor follows the moved row")
        SampleState.press(&state, .character("K"))
        #expect(state.status?.text == "Står allerede øverst")
    }

    @Test func undoAndRedoEveryChangeAndSaveEachTime() throws {
        var state = onFrivillighetRow()
        let original = state.agreement
        SampleState.press(&state, .character("l"))
        type(&state, "En")
        SampleState.press(&state, .enter)
        let withEntry = state.agreement
        let undone = SampleState.press(&state, .character("u"))
        #expect(state.agreement == original)
        #expect(undone == [.save(original!)])
        let redone = SampleState.press(&state, .control("r"))
        #expect(state.agreement == withEntry)
        #expect(redone == [.save(withEntry!)])
        SampleState.press(&state, .character("u"), .character("u"))
        #expect(state.status == StatusMessage("Ingenting å angre", kind: .warning))
    }

    @Test func ratingsAreChosenInAssessment() throws {
        var state = onFrivillighetRow(phase: .assessment)
        SampleState.press(&state, .up, .enter)
        // Fields of a goal area: Nummer, Målområde, Rader, Notat, Gjennomførte tiltak er, …
        SampleState.press(&state, .down, .down, .down, .down, .enter)
        guard case .dialog(let dialog) = state.modal else { Issue.record("no choice"); return }
        #expect(dialog.options.map(\.key) == ["1", "2", "3", "0"])
        SampleState.press(&state, .character("2"))
        #expect(state.agreement?.goalAreas[0].assessment.measuresRating == .asAgreed)
    }

    @Test func aFailedSaveKeepsTheChangeWarnsAndQuittingAsks() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("l"))
        type(&state, "Viktig")
        SampleState.press(&state, .enter)
        _ = state.update(.saveFailed("disken er full"))
        #expect(state.unsaved)
        #expect(state.status?.kind == .error)
        #expect(state.agreement?.goalAreas[0].rows[0].log.first?.text == "Viktig")
        #expect(SampleState.press(&state, .control("s")) == [.save(state.agreement!)])
        #expect(SampleState.press(&state, .character("q")) == [])
        guard case .dialog(let dialog) = state.modal else { Issue.record("quit did not ask"); return }
        #expect(dialog.options.map(\.key) == ["l", "k", "a"])
        SampleState.press(&state, .character("k"))
        guard case .edit(let form) = state.modal else { Issue.record("no path asked"); return }
        #expect(form.fields[0].editor.text == "hoeggen-skole-2011-ulagret.json")
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.saveCopy(state.agreement!, path: "hoeggen-skole-2011-ulagret.json")])
        #expect(state.update(.copySaved("/tmp/x.json")) == [.quit])
    }

    @Test func aSuccessfulSaveClearsTheWarningAndQuitIsImmediate() {
        var state = onFrivillighetRow()
        _ = state.update(.saveFailed("skrivebeskyttet"))
        _ = state.update(.saved(time: "10:43"))
        #expect(!state.unsaved)
        #expect(SampleState.press(&state, .character("q")) == [.quit])
    }

    @Test func searchFoldsNorwegianLettersAndJumpsPanes() throws {
        var state = onFrivillighetRow()
        SampleState.press(&state, .character("/"))
        type(&state, "okt")
        SampleState.press(&state, .enter)
        let search = try #require(state.search)
        #expect(search.hits.count > 1)
        #expect(search.hits.allSatisfy { SearchIndex.fold($0.text).contains("okt") })
        #expect(state.status?.text.hasPrefix("Treff \(search.current + 1)/\(search.hits.count) for «okt»") == true)
        SampleState.press(&state, .character("/"))
        SampleState.press(&state, .control("u"))
        type(&state, "kunstgress")
        SampleState.press(&state, .enter)
        #expect(state.focus == .measures)
        #expect(state.focusedMeasureItem?.text.contains("kunstgressbane") == true)
        SampleState.press(&state, .character("n"))
        #expect(state.search?.current == 0, "a single hit wraps round")
        SampleState.press(&state, .character("/"), .control("u"))
        type(&state, "finnes ikke")
        SampleState.press(&state, .enter)
        #expect(state.status == StatusMessage("Ingen treff for «finnes ikke»", kind: .warning))
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
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 100, height: 30))
        SampleState.press(&state, .down, .character("l"))
        #expect(state.draft == nil, "nothing typed yet")
        SampleState.press(&state, .character("æ"), .character("ø"))
        let draft = try #require(state.draft)
        #expect(draft.fields.map(\.text).last == "æø")
        let decoded = try #require(Draft.decode(try draft.encoded()))
        #expect(decoded == draft)
        SampleState.press(&state, .escape, .character("/"), .character("x"))
        #expect(state.draft == nil, "a search is not worth a draft")
    }

    @Test func aFoundDraftIsOfferedAndRestoredOrDiscarded() throws {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 100, height: 30))
        SampleState.press(&state, .down, .character("l"), .character("x"))
        let draft = try #require(state.draft)
        var fresh = AppState(agreement: SampleState.agreement, size: Size(width: 100, height: 30))
        _ = fresh.update(.draftFound(draft))
        guard case .dialog(let dialog) = fresh.modal else { Issue.record("not offered"); return }
        #expect(dialog.options.map(\.key) == ["g", "s"])
        var restored = fresh
        #expect(SampleState.press(&restored, .character("g")) == [.removeDraft("hoeggen-skole-2011")])
        guard case .edit(let form) = restored.modal else { Issue.record("not restored"); return }
        #expect(form.fields.last?.editor.text == "x")
        #expect(SampleState.press(&fresh, .character("s")) == [.removeDraft("hoeggen-skole-2011")])
        #expect(fresh.modal == nil)
    }
}

@Suite("Checklist and personal goals in the detail view")
struct DetailEditingTests {
    @Test func checklistMarksAndCommentsAtAssessmentAndDeletingATask() throws {
        var agreement = SampleState.agreement
        agreement.phase = .assessment
        var state = AppState(agreement: agreement, size: Size(width: 100, height: 30))
        SampleState.press(&state, .home, .down, .enter)
        #expect(state.selection == .checklist)
        #expect(state.overlay == .detail(offset: 0, field: 0))
        SampleState.press(&state, .enter, .character("u"))
        #expect(state.agreement?.checklist[0].status == .done)
        SampleState.press(&state, .down, .enter)
        for c in "Levert hver måned" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.checklist[0].comment == "Levert hver måned")
        // Deleting a task is a blue change: in Resultatvurdering an amendment with a reason.
        SampleState.press(&state, .character("d"), .character("j"))
        guard case .edit(let form) = state.modal else { Issue.record("no reason asked"); return }
        #expect(form.purpose == .amendDelete(.checklistItem(agreement.checklist[0].id)))
        for c in "Inngår nå i HMS-rapporten" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.checklist.count == 9)
        #expect(state.agreement?.amendments.first?.oldValue == "Månedlig økonomirapportering")
        #expect(state.agreement?.amendments.first?.reason == "Inngår nå i HMS-rapporten")
    }

    @Test func personalGoalsAreAddedAndDeletedInInngaaelse() throws {
        var agreement = SampleState.agreement
        agreement.phase = .agreement
        var state = AppState(agreement: agreement, size: Size(width: 100, height: 30), seed: 7)
        SampleState.press(&state, .end, .character("a"))
        for c in "Bli tryggere på delegering" { _ = state.update(.key(.character(c))) }
        SampleState.press(&state, .enter)
        #expect(state.agreement?.personalGoals.map(\.text) == ["Bli tryggere på delegering"])
        SampleState.press(&state, .enter, .character("d"), .character("j"))
        #expect(state.agreement?.personalGoals == [])
    }
}

@Suite("Read-only sessions and conflicts")
struct ReadOnlyTests {
    @Test func aReadOnlySessionRefusesEveryChangeWithTheReason() {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 120, height: 40))
        state.readOnly = "skrivebeskyttet – åpen i en annen økt (maskin, prosess 7, siden 14.03.2011 10:42)"
        SampleState.press(&state, .down, .character("l"))
        #expect(state.modal == nil)
        #expect(state.status?.text == "Skrivebeskyttet – åpen i en annen økt (maskin, prosess 7, siden 14.03.2011 10:42)")
        SampleState.press(&state, .character("p"), .character("j"))
        #expect(state.agreement?.phase == .followUp)
        #expect(SampleState.press(&state, .escape, .control("s")) == [])
        #expect(SampleState.render(state).contains("skrivebeskyttet – åpen i en annen økt"))
    }

    @Test func aConflictOffersReloadCopyOrOverwrite() throws {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 120, height: 40))
        SampleState.press(&state, .down, .character("l"), .character("x"), .enter)
        _ = state.update(.saveConflict("Filen er endret utenfor denne økten siden den ble lest"))
        guard case .dialog(let dialog) = state.modal else { Issue.record("no question"); return }
        #expect(dialog.options.map(\.key) == ["l", "k", "o"])
        var overwrite = state
        #expect(SampleState.press(&overwrite, .character("o")) == [.forceSave(state.agreement!)])
        var copy = state
        SampleState.press(&copy, .character("k"))
        guard case .edit(let form) = copy.modal else { Issue.record("no file name"); return }
        #expect(form.fields[0].editor.text == "hoeggen-skole-2011-min-versjon.json")
        #expect(SampleState.press(&state, .character("l")) == [.reload("hoeggen-skole-2011")])
        _ = state.update(.reloaded(SampleState.agreement))
        #expect(state.agreement == SampleState.agreement)
        #expect(!state.unsaved)
        #expect(state.history.undoStack.isEmpty)
    }
}

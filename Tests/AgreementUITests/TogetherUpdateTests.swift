import AgreementKit
import AgreementStore
import Catalogue
@testable import AgreementUI
import TestSupport
import Testing

/// Working together in the app: a recorded conflict settled with one key, a field's history
/// shown and a value restored from it — the exact state after each key.
@Suite("Conflicts and history in the interface")
struct TogetherUpdateTests {
    static var row: GoalRow { SampleState.agreement.goalAreas[0].rows[0] }
    static let other = "Alle elever leser 20 minutter hver dag"

    /// The sample with a conflict on the Frivillighet row's target, on that row's detail.
    static func onConflict(phase: Phase, kind: FieldConflict.Kind = .bothChanged, width: Int = 100, height: Int = 30) -> AppState {
        var agreement = SampleState.agreement
        agreement.phase = phase
        agreement.conflicts = [conflict(kind: kind)]
        var state = AppState(agreement: agreement, size: Size(width: width, height: height), today: SampleState.today, seed: 7, party: .leader)
        SampleState.press(&state, .down, .enter)
        return state
    }

    static func conflict(kind: FieldConflict.Kind = .bothChanged) -> FieldConflict {
        let area = SampleState.agreement.goalAreas[0]
        let path = ChangePath(["goalAreas", area.id.rawValue, "rows", row.id.rawValue, "target"])
        return FieldConflict(kind: kind, path: path, base: .string("Før"), a: .string(row.target), b: kind == .amendmentCandidate ? nil : .string(other),
                             aBy: ChangeStamp(person: "Kari Leder", party: .leader, time: "2011-03-14T10:00:00+01:00"),
                             bBy: ChangeStamp(person: "Per Kontakt", party: .contactPerson, time: "2011-03-14T10:05:00+01:00"),
                             recorded: "2011-03-14T11:00:00+01:00")
    }

    static func target(_ state: AppState) -> String? { state.agreement?.value(of: .target(row.id)) }

    @Test func theDetailOpensOnTheConflictedFieldAndShowsBothValuesWithWhoAndWhen() throws {
        let state = Self.onConflict(phase: .agreement)
        let detail = try #require(state.detail)
        #expect(detail.fieldRef == .target(Self.row.id))
        #expect(detail.keyContext(state.core) == .conflict)
        let text = SampleState.render(state).lines.joined(separator: "\n")
        #expect(text.contains("! konflikt — velg: a / b / rediger"))
        #expect(text.contains("a: «\(Self.row.target.prefix(20))"))
        #expect(text.contains("b: «\(Self.other)», Per Kontakt (kontaktperson) 14.03.2011 10:05"))
        #expect(text.contains("! 1 konflikt"), "the header counts the conflicts")
    }

    @Test func bTakesTheOtherValueSavesAndRemovesTheRecord() throws {
        var state = Self.onConflict(phase: .agreement)
        let effects = SampleState.press(&state, .character("b"))
        let agreement = try #require(state.agreement)
        #expect(Self.target(state) == Self.other)
        #expect(agreement.conflicts.isEmpty)
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(state.detail?.keyContext(state.core) == .detail, "the field is an ordinary one again")
        #expect(state.statusText?.lowercased().contains("konflikt avgjort") == true)
    }

    @Test func aKeepsThisMachinesValueAndRemovesTheRecord() throws {
        var state = Self.onConflict(phase: .followUp)
        let effects = SampleState.press(&state, .character("a"))
        let agreement = try #require(state.agreement)
        #expect(Self.target(state) == Self.row.target)
        #expect(agreement.conflicts.isEmpty)
        #expect(agreement.amendments == SampleState.agreement.amendments, "keeping the value the field holds amends nothing")
        #expect(effects == [.save(agreement, expecting: nil)])
    }

    @Test func takingBOnASignedFieldAsksTheReasonAndRecordsAnAmendment() throws {
        var state = Self.onConflict(phase: .followUp)
        SampleState.press(&state, .character("b"))
        let form = try #require(state.form)
        #expect(form.kind == .settleConflict(Self.conflict().id, takingOther: true))
        #expect(state.agreement?.conflicts.count == 1, "nothing changes before the reason is given")
        SampleState.press(&state, .enter)
        #expect(state.form != nil, "a reason is required")
        SampleState.type(&state, "Avtalt i møtet")
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(Self.target(state) == Self.other)
        #expect(agreement.conflicts.isEmpty)
        let amendment = try #require(agreement.amendments.last)
        #expect(amendment.reason == "Avtalt i møtet" && amendment.oldValue == Self.row.target && amendment.newValue == Self.other)
        #expect(effects == [.save(agreement, expecting: nil)])
    }

    @Test func keepingAnAmendmentCandidateAsksTheReasonAndTakingItBackPutsTheValueBefore() throws {
        var kept = Self.onConflict(phase: .followUp, kind: .amendmentCandidate)
        SampleState.press(&kept, .character("a"))
        #expect(kept.form?.kind == .settleConflict(Self.conflict(kind: .amendmentCandidate).id, takingOther: false))
        SampleState.type(&kept, "Endret før signeringen")
        SampleState.press(&kept, .enter)
        #expect(Self.target(kept) == Self.row.target)
        #expect(kept.agreement?.amendments.last?.oldValue == "Før")
        #expect(kept.agreement?.conflicts.isEmpty == true)

        var back = Self.onConflict(phase: .agreement, kind: .amendmentCandidate)
        SampleState.press(&back, .character("b"))
        #expect(Self.target(back) == "Før")
        #expect(back.agreement?.conflicts.isEmpty == true)
    }

    @Test func editingTheFieldSettlesTheConflict() throws {
        var state = Self.onConflict(phase: .agreement)
        SampleState.press(&state, .character("r"))
        let form = try #require(state.form)
        #expect(form.kind == .field(.target(Self.row.id)))
        #expect(form.text(.value) == Self.row.target, "the edit starts from the value the field holds")
        SampleState.press(&state, .end)
        SampleState.type(&state, " (samlet)")
        SampleState.press(&state, .enter)
        #expect(Self.target(state) == Self.row.target + " (samlet)")
        #expect(state.agreement?.conflicts.isEmpty == true)
    }

    @Test func aReadOnlySessionSettlesNothing() throws {
        var state = Self.onConflict(phase: .agreement)
        state.core.session.lock = .heldElsewhere(LockInfo(host: "laptop", pid: 1, since: "2011-03-14T09:00:00+01:00"), described: "Kari")
        let effects = SampleState.press(&state, .character("b"))
        #expect(effects.isEmpty)
        #expect(state.agreement?.conflicts.count == 1)
    }

    // The history.

    static func records(_ path: ChangePath) -> [ChangeRecord] {
        let kari = ChangeStamp(person: "Kari Leder", party: .leader, time: "2011-02-01T09:00:00+01:00")
        let per = ChangeStamp(person: "Per Kontakt", party: .contactPerson, time: "2011-03-01T09:00:00+01:00")
        return [
            ChangeRecord(id: "h1", stamp: kari, change: TreeChange(.changed, at: path, old: .string("Første"), new: .string("Andre"))),
            ChangeRecord(id: "h2", stamp: per, change: TreeChange(.changed, at: path, old: .string("Andre"), new: .string(row.target)), reason: "Rettet i møtet"),
        ]
    }

    static func onHistory(phase: Phase, width: Int = 100, height: Int = 30) -> AppState {
        var state = SampleState.main(width, height, phase: phase, seed: 7)
        SampleState.press(&state, .down, .enter)
        while state.detail?.fieldRef != .target(row.id), (state.detail?.field ?? 99) < 10 { SampleState.press(&state, .down) }
        let path = ChangePath(["goalAreas", SampleState.agreement.goalAreas[0].id.rawValue, "rows", row.id.rawValue, "target"])
        _ = state.update(.historyLoaded(.target(row.id), records(path)))
        return state
    }

    @Test func eAsksForTheFieldsHistoryInTheDetailAndOnTheMainScreen() {
        var state = SampleState.main(100, 30)
        SampleState.press(&state, .down, .tab, .tab)
        let logEntry = SampleState.agreement.goalAreas[0].rows[0].log.first
        let effects = SampleState.press(&state, .character("E"))
        if let logEntry {
            #expect(effects == [.loadHistory("hoeggen-skole-2011", field: .logText(logEntry.id))])
        }
        SampleState.press(&state, .backTab, .backTab, .enter)
        let ref = state.detail?.fieldRef
        #expect(ref != nil)
        #expect(SampleState.press(&state, .character("E")) == [.loadHistory("hoeggen-skole-2011", field: ref ?? .target(Self.row.id))])
    }

    @Test func theHistoryListsTheChangesNewestFirstWithWhoWhenAndWhat() throws {
        let state = Self.onHistory(phase: .agreement)
        let history = try #require(state.top.as(HistoryState.self))
        #expect(history.history.entries.map(\.id) == ["h2", "h1"])
        #expect(state.top.keyContext(state.core) == .history)
        let text = SampleState.render(state).lines.joined(separator: "\n")
        #expect(text.contains("01.03.2011 09:00  Per Kontakt (kontaktperson)"))
        #expect(text.contains("«Første» → «Andre»"))
        #expect(text.contains("begrunnelse: «Rettet i møtet»"))
    }

    /// The history is laid out once per width: moving keeps it, a narrower terminal wraps it again.
    @Test func theHistoryIsLaidOutAgainAtANewWidth() throws {
        var state = Self.onHistory(phase: .agreement, width: 100, height: 30)
        SampleState.press(&state, .down, .up)
        let wide = SampleState.render(state)
        _ = state.update(.resized(Size(width: 44, height: 30)))
        let history = try #require(state.top.as(HistoryState.self))
        var fresh = state
        fresh.stack[fresh.stack.count - 1] = Mode(history.forgettingLayouts())
        let narrow = SampleState.render(state)
        #expect(narrow == SampleState.render(fresh))
        #expect(narrow.lines.count == 30 && narrow.lines.allSatisfy { DisplayWidth.of($0) <= 44 })
        #expect(narrow != wide)
    }

    @Test func enterRestoresAnEntrysValueAsANewChange() throws {
        var state = Self.onHistory(phase: .agreement)
        SampleState.press(&state, .down)
        let effects = SampleState.press(&state, .enter)
        let agreement = try #require(state.agreement)
        #expect(Self.target(state) == "Andre")
        #expect(effects == [.save(agreement, expecting: nil)])
        #expect(state.top.as(HistoryState.self) == nil, "back on the field")
        #expect(state.statusText?.lowercased().contains("satt tilbake fra historikken") == true)
    }

    @Test func restoringOnASignedFieldOpensTheAmendmentFormPrefilled() throws {
        var state = Self.onHistory(phase: .followUp)
        SampleState.press(&state, .down, .enter)
        let form = try #require(state.form)
        #expect(form.kind == .amend(.target(Self.row.id)))
        #expect(form.text(.value) == "Andre")
        #expect(Self.target(state) == Self.row.target, "nothing changes before the reason")
        SampleState.press(&state, .tab)
        SampleState.type(&state, "Tilbake til det vi avtalte")
        SampleState.press(&state, .enter)
        #expect(Self.target(state) == "Andre")
        #expect(state.agreement?.amendments.last?.reason == "Tilbake til det vi avtalte")
    }

    @Test func theValueTheFieldHoldsIsNotRestoredAgain() {
        var state = Self.onHistory(phase: .agreement)
        let effects = SampleState.press(&state, .enter)
        #expect(effects.isEmpty)
        #expect(state.core.status?.kind == .warning)
        #expect(SampleState.press(&state, .escape).isEmpty)
        #expect(state.detail != nil)
    }

    @Test func anIndicatorValueInTheHistoryReadsAsItsPeriodAndNumber() {
        let path = ChangePath(["goalAreas", "g", "rows", "r", "indicators", "i", "values", "2013-T1"])
        let value: JSONValue = .object(["period": .string("2013-T1"), "value": .number(12.5), "source": .string("")])
        let stamp = ChangeStamp(person: "Kari", party: .leader, time: "2013-05-01T09:00:00+02:00")
        for language in Language.allCases {
            let record = ChangeRecord(id: "x", stamp: stamp, change: TreeChange(.added, at: path, old: nil, new: value))
            let text = language.words.changeWhat(record, at: SampleState.agreement.location(of: path))
            #expect(text.contains(Period(id: "2013-T1").map(language.words.period) ?? "?"), "\(language): \(text)")
            #expect(!text.contains("period") && !text.contains("{"), "\(language): \(text)")
        }
    }
}

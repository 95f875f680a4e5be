import AgreementKit
import AgreementUI
import Catalogue
import TestSupport
import Testing

/// Keys in, state out for `P`: a new leader or contact person from a date, with a reason once
/// the agreement changes only by amendment; refused on a closed agreement.
@Suite("A new leader or contact person in the app")
struct HandoverUpdateTests {
    private func withParties(_ phase: Phase) -> AppState {
        var agreement = SampleState.agreement
        agreement.phase = phase
        agreement.header.leader = "Kari Hansen"
        agreement.header.contactPerson = "Per Berg"
        return AppState(agreement: agreement, size: Size(width: 80, height: 24), today: SampleState.today, party: .contactPerson)
    }

    @Test func inInngaaelseTheNewLeaderIsSavedFromTheDateTyped() throws {
        var state = withParties(.agreement)
        SampleState.press(&state, .character("P"))
        let form = try #require(state.form)
        #expect(form.kind == .handOver)
        #expect(form.text(.leader) == "Kari Hansen" && form.text(.contactPerson) == "Per Berg")
        #expect(form.text(.date) == "14.03.2011", "today is proposed")
        #expect(!form.has(.reason), "no amendment before signing")
        SampleState.press(&state, .control("u"))
        SampleState.type(&state, "Ola Nordmann")
        SampleState.press(&state, .tab, .tab, .control("u"))
        SampleState.type(&state, "15.8")
        let effects = SampleState.press(&state, .enter)
        let saved = try #require(state.agreement)
        #expect(effects == [.save(saved, expecting: nil)])
        #expect(state.form == nil)
        #expect(saved.header.leader == "Ola Nordmann" && saved.header.contactPerson == "Per Berg")
        #expect(saved.roleChanges.map(\.previous) == ["Kari Hansen"])
        #expect(saved.roleChanges.first?.from == LocalDate(year: 2011, month: 8, day: 15), "15.8 is in the agreement's year")
        #expect(saved.roleChanges.first?.party == .contactPerson)
        #expect(saved.amendments.isEmpty)
        #expect(state.statusText?.contains("Enhetsleder fra 15.08.2011: Ola Nordmann (før: Kari Hansen)") == true)
        SampleState.press(&state, .character("u"))
        #expect(state.agreement?.header.leader == "Kari Hansen" && state.agreement?.roleChanges.isEmpty == true, "undo takes it back")
    }

    @Test func afterInngaaelseTheChangeNeedsAReasonAndIsAnAmendment() throws {
        var state = withParties(.followUp)
        SampleState.press(&state, .character("P"))
        #expect(state.form?.has(.reason) == true)
        SampleState.press(&state, .tab, .control("u"))
        SampleState.type(&state, "Lise Dahl")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.form?.fields[state.form?.focused ?? 0].id == .reason, "the cursor goes to the missing reason")
        #expect(state.core.status?.kind == .warning)
        SampleState.type(&state, "Per Berg har gått over i ny stilling")
        SampleState.press(&state, .enter)
        let saved = try #require(state.agreement)
        #expect(saved.header.contactPerson == "Lise Dahl" && saved.header.leader == "Kari Hansen")
        #expect(saved.amendments.last?.oldValue == "Per Berg" && saved.amendments.last?.newValue == "Lise Dahl")
        #expect(saved.amendments.last?.reason == "Per Berg har gått over i ny stilling")
    }

    @Test func nothingChangedAndABadDateAreSaidAndTheFormStays() throws {
        var state = withParties(.agreement)
        SampleState.press(&state, .character("P"))
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.statusText == Language.nb.words.roleChangeProblem(.nothingChanged))
        SampleState.press(&state, .control("u"))
        SampleState.type(&state, "Ola Nordmann")
        SampleState.press(&state, .tab, .tab, .control("u"))
        SampleState.type(&state, "snart")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.form != nil && state.statusText?.contains("«snart» er ikke en dato") == true)
    }

    @Test func aClosedAgreementSaysWhyNot() {
        var state = withParties(.closed)
        #expect(SampleState.press(&state, .character("P")) == [])
        #expect(state.form == nil)
        #expect(state.core.status?.kind == .warning)
    }

    @Test func theAboutDetailShowsWhoHeldTheRoleWhen() throws {
        var agreement = SampleState.agreement
        agreement.phase = .agreement
        agreement.header.leader = "Kari Hansen"
        try agreement.handOver(.leader, to: "Ola Nordmann", from: LocalDate(year: 2011, month: 8, day: 15)!, reason: "", recorded: SampleState.today,
                               party: .leader, person: "", id: "rc1", amendmentID: "am1", label: "")
        let detail = DetailContent.of(.node(.about), in: agreement, words: Language.nb.words)
        let record = try #require(detail.fields.first { $0.label == "Skifte av enhetsleder og kontaktperson" })
        #expect(record.text == "Enhetsleder: Kari Hansen til 14.08.2011 · Ola Nordmann fra 15.08.2011")
    }
}

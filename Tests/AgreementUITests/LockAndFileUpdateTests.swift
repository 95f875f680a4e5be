import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

@Suite("Update: a read-only session watches the lock; a taken file name is asked about")
struct LockAndFileUpdateTests {
    static let holder = LockInfo(host: "maskin", pid: 7, since: "2011-03-14T10:42:00+01:00")

    static func readOnly() -> AppState {
        var state = SampleState.main()
        state.core.session.lock = .heldElsewhere(holder, described: "skrivebeskyttet – åpen i en annen økt (maskin, prosess 7)")
        return state
    }

    @Test func onlyAReadOnlySessionAsksForTicks() {
        #expect(SampleState.main().wantsTicks == false)
        #expect(SampleState.picker().wantsTicks == false)
        var state = Self.readOnly()
        #expect(state.wantsTicks)
        #expect(state.update(.tick) == [.watchLock(SampleState.agreement.id, stamp: state.core.session.stamp)])
        var writable = SampleState.main()
        #expect(writable.update(.tick).isEmpty, "a session holding the lock has nothing to watch")
    }

    @Test func theLockLetGoMakesTheSessionWritableWithTheFileAsItIs() {
        var state = Self.readOnly()
        var fresh = SampleState.agreement
        fresh.goalAreas[0].midYearNote = "Skrevet i den andre økten"
        let stamp = FileStamp(size: 99, modifiedNanoseconds: 12, inode: 3)
        #expect(state.update(.lockAcquired(fresh, stamp: stamp)).isEmpty)
        #expect(state.core.session.isReadOnly == false)
        #expect(state.core.session.stamp == stamp)
        #expect(state.agreement?.goalAreas[0].midYearNote == "Skrevet i den andre økten")
        #expect(state.statusText == Language.nb.words.lockReleased)
        #expect(state.wantsTicks == false)
    }

    @Test func takingOverTheLockAsksFirstAndNoIsTheDefault() {
        var state = Self.readOnly()
        SampleState.press(&state, .character("T"))
        guard case .takeOverLock(let holder)? = state.dialog?.kind else { Issue.record("no take-over dialog"); return }
        #expect(holder == Self.holder)
        #expect(state.dialog?.defaultAnswer == .no, "Enter never takes another session's lock")
        #expect(SampleState.render(state).text.contains("Ta over låsen fra maskin, prosess 7"))
        #expect(SampleState.press(&state, .enter).isEmpty)
        #expect(state.dialog == nil && state.core.session.isReadOnly)
        SampleState.press(&state, .character("T"))
        #expect(SampleState.press(&state, .character("j")) == [.takeOverLock(SampleState.agreement.id, holder: Self.holder)])
        #expect(state.dialog == nil)
    }

    @Test func takingOverInAWritableSessionIsRefusedWithAReason() {
        var state = SampleState.main()
        #expect(SampleState.press(&state, .character("T")).isEmpty)
        #expect(state.dialog == nil)
        #expect(state.statusText == "Du har allerede avtalen åpen for skriving")
    }

    @Test func aTakenNameOffersTheNextFreeOneByDefault() {
        var state = SampleState.main()
        let agreement = SampleState.agreement
        let target = FileTarget.export(.html, isPublic: true)
        #expect(state.update(.fileExists(target, path: "/tmp/a.html", proposal: "/tmp/a-2.html")).isEmpty)
        guard case .fileExists(target, "/tmp/a.html", "/tmp/a-2.html")? = state.dialog?.kind else { Issue.record("no dialog"); return }
        #expect(state.dialog?.options.map(\.key) == ["n", "o", "a"])
        #expect(state.dialog?.defaultAnswer == .writeElsewhere, "Enter never overwrites")
        #expect(SampleState.render(state).text.contains("a-2.html"))
        #expect(SampleState.press(&state, .enter) == [.export(agreement, format: .html, isPublic: true, path: "/tmp/a-2.html", overwrite: false)])
        #expect(state.dialog == nil)
    }

    @Test func overwritingIsAskedForByItsOwnKey() {
        var state = SampleState.main()
        let agreement = SampleState.agreement
        let date = LocalDate(year: 2011, month: 12, day: 5)!
        _ = state.update(.fileExists(.minutes(.midYear, date: date, party: .leader), path: "/tmp/r.md", proposal: "/tmp/r-2.md"))
        #expect(SampleState.press(&state, .character("o")) == [.writeMinutes(agreement, kind: .midYear, date: date, party: .leader, path: "/tmp/r.md", overwrite: true)])
        _ = state.update(.fileExists(.copy, path: "/tmp/k.json", proposal: "/tmp/k-2.json"))
        #expect(SampleState.press(&state, .character("a")).isEmpty, "a cancels: nothing is written")
        #expect(state.dialog == nil)
    }
}

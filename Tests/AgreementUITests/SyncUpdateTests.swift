import AgreementKit
import AgreementStore
import Catalogue
@testable import AgreementUI
import TestSupport
import Testing

/// Syncing from the main screen: `S` says «Synkroniserer …» and asks for the sync; its answer
/// is worded in the status line, the merged agreement replaces the open one with the cursor on
/// the same line, and the header counts the changes not on the remote — set on opening and by
/// each save, never by a git call of its own.
@Suite("Sync in the interface")
struct SyncUpdateTests {
    static var id: String { SampleState.agreement.id }

    /// The main screen as the runner opens it: `unsynced` as git counted.
    static func opened(unsynced: Int?, width: Int = 120, height: Int = 40) -> AppState {
        var state = SampleState.main(width, height)
        _ = state.update(.opened(Opened(agreement: SampleState.agreement, stamp: nil, lock: .held, unsynced: unsynced)))
        return state
    }

    static func report(remote: String? = "origin", received: [String] = [], pushed: Bool = true) -> SyncReport {
        var report = SyncReport()
        report.remote = remote
        report.received = received
        report.pushed = pushed
        report.inSync = true
        return report
    }

    static func header(_ state: AppState) -> String { SampleState.render(state).lines[0] }

    @Test func sSaysSyncingAndAsksForTheSyncAsTheSessionsParty() {
        var state = SampleState.main(party: .contactPerson)
        let effects = SampleState.press(&state, .character("S"))
        #expect(effects == [.sync(Self.id, party: .contactPerson)])
        #expect(state.statusText == "Synkroniserer …")
        #expect(state.core.status?.kind == .info)
    }

    @Test func aReadOnlySessionDoesNotSync() {
        var state = SampleState.main()
        state.core.session.lock = .heldElsewhere(LockInfo(host: "maskin", pid: 7, since: "2011-03-14T10:42:00+01:00"), described: "x")
        let effects = SampleState.press(&state, .character("S"))
        #expect(effects.isEmpty)
        #expect(state.core.status?.kind == .warning)
    }

    @Test func theCountSetOnOpeningGrowsWithEachSaveAndShowsInTheHeader() {
        var state = Self.opened(unsynced: 2)
        #expect(state.core.session.unsynced == 2)
        #expect(Self.header(state).contains("ikke synkronisert: 2 endringer"))
        _ = state.update(.saved(stamp: nil, time: "10:42", changes: 3))
        #expect(state.core.session.unsynced == 5)
        #expect(Self.header(state).contains("ikke synkronisert: 5 endringer"))
    }

    @Test func aStoreWithoutGitShowsNothingAndSavesDoNotStartACount() {
        var state = Self.opened(unsynced: nil)
        _ = state.update(.saved(stamp: nil, time: "10:42", changes: 3))
        #expect(state.core.session.unsynced == nil)
        #expect(!Self.header(state).contains("synkronisert"))
    }

    @Test func nothingUnsyncedShowsNothing() {
        let state = Self.opened(unsynced: 0)
        #expect(!Self.header(state).contains("synkronisert"))
    }

    @Test func aMergeReplacesTheAgreementKeepsTheCursorAndSaysWhatCame() throws {
        var state = Self.opened(unsynced: 4)
        SampleState.press(&state, .down, .down, .down)
        let node = try #require(state.browse?.node)
        var merged = SampleState.agreement
        merged.goalAreas[0].rows[0].target = "Fra den andre maskinen"
        let stamp = FileStamp(size: 42, modifiedNanoseconds: 1_300_000_000, inode: 9)
        let effects = state.update(.synced(Synced(report: Self.report(received: ["hoeggen-skole-2011.json"]), agreement: merged, stamp: stamp, unsynced: 0)))
        #expect(effects.isEmpty)
        #expect(state.agreement?.goalAreas[0].rows[0].target == "Fra den andre maskinen")
        #expect(state.browse?.node == node, "the cursor stays on the same line")
        #expect(state.core.session.stamp == stamp)
        #expect(state.core.session.unsynced == 0)
        #expect(state.statusText == "Synkronisert med origin: 1 fil hentet, sendt")
        #expect(state.core.status?.kind == .info)
        #expect(!Self.header(state).contains("synkronisert"))
    }

    @Test func inSyncSaysSo() {
        var state = Self.opened(unsynced: 0)
        _ = state.update(.synced(Synced(report: Self.report(pushed: false), unsynced: 0)))
        #expect(state.statusText == "Synkronisert med origin: alt var i takt")
        #expect(state.agreement == SampleState.agreement)
    }

    @Test func conflictsAreAWarningThatSaysWhereToSettleThem() throws {
        var state = Self.opened(unsynced: 1)
        var report = Self.report(received: ["hoeggen-skole-2011.json"])
        let conflict = TogetherUpdateTests.conflict()
        report.conflicts = [PendingConflict(agreementID: Self.id, conflict: conflict, field: nil, place: .about)]
        var merged = SampleState.agreement
        merged.conflicts = [conflict]
        _ = state.update(.synced(Synced(report: report, agreement: merged, unsynced: 0)))
        #expect(state.statusText == "Synkronisert med origin: 1 fil hentet, sendt – 1 konflikt å velge (Enter på feltet)")
        #expect(state.core.status?.kind == .warning)
        #expect(Self.header(state).contains("! 1 konflikt"), "the conflict shows, as the merge left it")
    }

    @Test func noRemoteIsAnErrorAndTheCountStays() {
        var state = Self.opened(unsynced: 2)
        var report = SyncReport()
        report.problems = [.noRemote]
        _ = state.update(.synced(Synced(report: report, unsynced: 2)))
        #expect(state.core.status?.kind == .error)
        #expect(state.statusText?.hasPrefix("Synkronisering: ") == true)
        #expect(state.core.session.unsynced == 2)
        #expect(state.agreement == SampleState.agreement)
    }

    @Test func aChangeThatFailedToSaveIsNotThrownAwayByTheMerge() {
        var state = Self.opened(unsynced: 1)
        state.core.session.unsaved = true
        var merged = SampleState.agreement
        merged.goalAreas[0].rows[0].target = "Fra den andre maskinen"
        _ = state.update(.synced(Synced(report: Self.report(received: ["hoeggen-skole-2011.json"]), agreement: merged, unsynced: 0)))
        #expect(state.agreement == SampleState.agreement)
    }
}

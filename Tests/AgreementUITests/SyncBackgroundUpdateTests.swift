import AgreementKit
import AgreementStore
import Catalogue
@testable import AgreementUI
import TestSupport
import Testing

/// A sync runs beside the interface: `S` records which agreement and file it started from and
/// the header says «Synkroniserer …»; keys keep working and a second `S` waits for the first;
/// the answer reloads the agreement only when it was not saved meanwhile, and otherwise says a
/// new sync is needed.
@Suite("Sync beside the interface")
struct SyncBackgroundUpdateTests {
    static var id: String { SampleState.agreement.id }
    static let before = FileStamp(size: 10, modifiedNanoseconds: 1_000_000_000, inode: 7)
    static let merged = FileStamp(size: 42, modifiedNanoseconds: 1_300_000_000, inode: 9)

    /// The main screen opened with two unsynced changes, its file stamped, `S` pressed.
    static func syncing(width: Int = 120, height: Int = 40) -> AppState {
        var state = SampleState.main(width, height)
        _ = state.update(.opened(Opened(agreement: SampleState.agreement, stamp: before, lock: .held, unsynced: 2)))
        _ = SampleState.press(&state, .character("S"))
        return state
    }

    static func mergedAgreement() -> Agreement {
        var merged = SampleState.agreement
        merged.goalAreas[0].rows[0].target = "Fra den andre maskinen"
        return merged
    }

    static func report() -> SyncReport {
        var report = SyncReport()
        report.remote = "origin"
        report.received = ["hoeggen-skole-2011.json"]
        report.pushed = true
        report.inSync = true
        return report
    }

    @Test func sRecordsTheRunAndTheHeaderSaysSyncingInsteadOfTheCount() {
        let state = Self.syncing()
        #expect(state.core.session.syncing == SyncRun(agreementID: Self.id, stamp: Self.before))
        let header = SampleState.render(state).lines[0]
        #expect(header.contains("Synkroniserer …"), "\(header)")
        #expect(!header.contains("ikke synkronisert"), "\(header)")
    }

    @Test func aSecondSWaitsForTheFirst() {
        var state = Self.syncing()
        let effects = SampleState.press(&state, .character("S"))
        #expect(effects.isEmpty)
        #expect(state.statusText == "Synkroniseringen pågår allerede – vent på resultatet")
        #expect(state.core.session.syncing == SyncRun(agreementID: Self.id, stamp: Self.before))
    }

    @Test func keysWorkMeanwhileAndTheAnswerReloadsWhenNothingWasSaved() throws {
        var state = Self.syncing()
        SampleState.press(&state, .down, .down)
        let node = try #require(state.browse?.node)
        _ = state.update(.synced(Synced(report: Self.report(), agreement: Self.mergedAgreement(), stamp: Self.merged, unsynced: 0)))
        #expect(state.core.session.syncing == nil)
        #expect(state.agreement?.goalAreas[0].rows[0].target == "Fra den andre maskinen")
        #expect(state.browse?.node == node, "the cursor moved while git worked stays")
        #expect(state.core.session.stamp == Self.merged)
        #expect(state.core.session.unsynced == 0)
        #expect(state.statusText == "Synkronisert med origin: 1 fil hentet, sendt")
        #expect(!SampleState.render(state).lines[0].contains("Synkroniserer"))
    }

    @Test func aSaveMeanwhileIsKeptAndTheStatusSaysToSyncAgain() {
        var state = Self.syncing()
        let saved = FileStamp(size: 11, modifiedNanoseconds: 1_100_000_000, inode: 8)
        _ = state.update(.saved(stamp: saved, time: "10:42", changes: 1))
        #expect(state.core.session.unsynced == 3)
        _ = state.update(.synced(Synced(report: Self.report(), agreement: Self.mergedAgreement(), stamp: Self.merged, unsynced: 1)))
        #expect(state.core.session.syncing == nil)
        #expect(state.agreement == SampleState.agreement, "the merge result is not read over what was saved meanwhile")
        #expect(state.core.session.stamp == saved)
        #expect(state.core.session.unsynced == 3)
        #expect(state.statusText == "Synkronisert med origin: 1 fil hentet, sendt – endret mens git arbeidet: endringene er lagret her, men ikke sendt; synkroniser igjen (S)")
        #expect(state.core.status?.kind == .warning)
        #expect(SampleState.render(state).lines[0].contains("ikke synkronisert: 3 endringer"))
    }

    @Test func anotherAgreementOpenedMeanwhileGetsOnlyTheResult() {
        var state = Self.syncing()
        state.core.session.syncing = SyncRun(agreementID: "eide-skole-2013", stamp: nil)
        _ = state.update(.synced(Synced(report: Self.report(), agreement: Self.mergedAgreement(), stamp: Self.merged, unsynced: 0)))
        #expect(state.agreement == SampleState.agreement)
        #expect(state.core.session.unsynced == 2)
        #expect(state.core.session.stamp == Self.before)
        #expect(state.statusText == "Synkronisert med origin: 1 fil hentet, sendt")
    }
}

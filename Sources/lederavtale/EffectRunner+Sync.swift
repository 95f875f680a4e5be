import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation

extension EffectRunner {
    /// The work of a sync in the app, made on the main thread and run on the sync's own (see
    /// `BackgroundSync`): it holds only the store and the words, never the interface's state.
    func syncWork(_ id: String, party: Party) -> @Sendable () -> Message {
        let (store, words) = (self.store, self.words)
        return { Self.sync(id, party: party, store: store, words: words) }
    }

    /// Syncs the store as `sync` does, as the session's person, and reads the open agreement
    /// again when the merge changed its file. git never asks for anything on the terminal (ssh
    /// in batch mode; a remote that wants a password fails with git's own words), a connection
    /// gives up after 15 seconds and a git that runs past the sync's time is stopped.
    static func sync(_ id: String, party: Party, store: AgreementStore, words: any Wording) -> Message {
        guard SyncSetup.looksLikeRepository(store.root) else { return .synced(Synced(report: problem(.notARepository))) }
        let config = (try? ConfigStore().load()) ?? Config()
        let identity = Identity.resolve(config: config, party: party, root: store.root)
        guard let sync = SyncSetup.sync(store, identity: identity, words: words) else { return .synced(Synced(report: problem(.gitMissing))) }
        let before = store.stamp(of: id)
        let report = sync.run()
        let after = store.stamp(of: id)
        let fresh = after != before ? try? store.load(id) : nil
        return .synced(Synced(report: report, agreement: fresh, stamp: after, unsynced: sync.unsyncedChanges(of: id)))
    }

    /// The agreement's changes not on the remote yet: one look with git on opening; nil (and no
    /// process started) when the store is not a git work tree.
    func unsyncedChanges(of id: String) -> Int? {
        guard SyncSetup.looksLikeRepository(store.root) else { return nil }
        return SyncSetup.sync(store, identity: Identity(name: "", email: nil, party: nil, fromConfig: false), words: words, network: false)?
            .unsyncedChanges(of: id)
    }

    private static func problem(_ problem: SyncProblem) -> SyncReport {
        var report = SyncReport()
        report.problems = [problem]
        return report
    }
}

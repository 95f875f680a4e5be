import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation

extension EffectRunner {
    /// Syncs the store as `sync` does, as the session's person, and reads the open agreement
    /// again when the merge changed its file. git never asks for anything on the terminal (a
    /// remote that wants a password fails with git's own words), and an http transfer that stalls
    /// for 30 seconds gives up.
    func sync(_ id: String, party: Party) -> Message {
        guard SyncSetup.looksLikeRepository(store.root) else { return .synced(Synced(report: Self.problem(.notARepository))) }
        let config = (try? ConfigStore().load()) ?? Config()
        let identity = Identity.resolve(config: config, party: party, root: store.root)
        guard let sync = SyncSetup.sync(store, identity: identity, words: words) else { return .synced(Synced(report: Self.problem(.gitMissing))) }
        Self.boundNetworkWaits()
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
        return SyncSetup.sync(store, identity: Identity(name: "", email: nil, party: nil, fromConfig: false), words: words)?.unsyncedChanges(of: id)
    }

    private static func problem(_ problem: SyncProblem) -> SyncReport {
        var report = SyncReport()
        report.problems = [problem]
        return report
    }

    /// http that gives up on a stalled transfer, unless the user set these themselves.
    private static func boundNetworkWaits() {
        setenv("GIT_HTTP_LOW_SPEED_LIMIT", "1", 0)
        setenv("GIT_HTTP_LOW_SPEED_TIME", "30", 0)
    }
}

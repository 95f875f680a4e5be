import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale sync`: commit, fetch, merge with the agreement-aware driver, push. Exit 0 when
/// in sync, 1 with a list of what needs a person.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sync", abstract: Say.words.syncAbstract, discussion: Say.words.syncDiscussion)

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: ArgumentHelp(Say.words.remoteOptionHelp, valueName: "NAVN"))
    var remote: String?

    @Option(name: .customLong("private-remote"), help: ArgumentHelp(Say.words.privateRemoteOptionHelp, valueName: "URL"))
    var privateRemote: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let config = (try? ConfigStore().load()) ?? Config()
        let identity = Identity.resolve(config: config, party: config.role, root: store.root)
        guard let sync = SyncSetup.sync(store, identity: identity, words: words) else { throw CommandFailure(words.gitNotFound) }
        let report = sync.run(remote: remote, privateRemote: privateRemote)
        for message in report.commits { try Output.line(words.syncCommitted(message)) }
        if let remote = report.remote, report.problems.isEmpty, report.unmerged.isEmpty {
            try Output.line(words.syncReceived(remote, files: Set(report.received).count))
            if report.pushed { try Output.line(words.syncPushed(remote)) }
        }
        if report.privateSynced, let privateRemote { try Output.line(words.syncPrivateDone(privateRemote)) }
        for path in report.unmerged { try Output.line(words.syncUnmerged(path)) }
        for conflict in report.conflicts { try Output.line(words.syncConflict(conflict)) }
        for problem in report.problems { try Output.line(words.syncProblem(problem)) }
        if report.needsPerson {
            try Output.error("lederavtale: " + words.syncNeedsPerson)
            throw ExitCode(1)
        }
        if let remote = report.remote { try Output.line(words.syncInSync(remote)) }
    }
}

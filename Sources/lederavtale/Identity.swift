import AgreementKit
import AgreementStore
import Foundation

/// Who is at work: the name from the config, else git's own identity (`GIT_AUTHOR_NAME`,
/// `user.name`); the role from `--as` or the config. Used for the history and for commits.
struct Identity {
    var name: String
    var email: String?
    var party: Party?
    /// True when the name is the config's own (commits then carry it; else git's identity stands).
    var fromConfig: Bool

    /// Asks git only when the config has no name: a process started for nothing costs the start-up.
    /// Without `wantsEmail` (the history's author, which keeps no email) git is not asked for one, so
    /// with a name in the config no process is started at all.
    static func resolve(config: Config, party: Party?, root: String, wantsEmail: Bool = true,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> Identity {
        let git = LiveGitRunner.find(environment: environment)
        func gitConfig(_ key: String) -> String? {
            guard let git else { return nil }
            let folder = FileManager.default.fileExists(atPath: root) ? root : FileManager.default.currentDirectoryPath
            let value = git.run(["config", key], in: folder)
            return value.succeeded && !value.text.isEmpty ? value.text : nil
        }
        let email = environment["GIT_AUTHOR_EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        if let name = config.name, !name.isEmpty {
            return Identity(name: name, email: email ?? (wantsEmail ? gitConfig("user.email") : nil), party: party, fromConfig: true)
        }
        let name = environment["GIT_AUTHOR_NAME"].flatMap { $0.isEmpty ? nil : $0 } ?? gitConfig("user.name") ?? ""
        return Identity(name: name, email: email, party: party, fromConfig: false)
    }

    /// The author the store records.
    var author: ChangeAuthor { ChangeAuthor(person: name, party: party) }

    /// Who commits: the config's name and the email git knows; nil leaves it all to git.
    var committer: SyncIdentity? { fromConfig ? SyncIdentity(name: name, email: email) : nil }
}

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
    static func resolve(config: Config, party: Party?, root: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Identity {
        let git = LiveGitRunner.find(environment: environment)
        func gitConfig(_ key: String) -> String? {
            guard let git else { return nil }
            let folder = FileManager.default.fileExists(atPath: root) ? root : FileManager.default.currentDirectoryPath
            let value = git.run(["config", key], in: folder)
            return value.succeeded && !value.text.isEmpty ? value.text : nil
        }
        let email = environment["GIT_AUTHOR_EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        if let name = config.name, !name.isEmpty {
            return Identity(name: name, email: email ?? gitConfig("user.email"), party: party, fromConfig: true)
        }
        let name = environment["GIT_AUTHOR_NAME"].flatMap { $0.isEmpty ? nil : $0 } ?? gitConfig("user.name") ?? ""
        return Identity(name: name, email: email, party: party, fromConfig: false)
    }

    /// The name and role the history records for a save: the config's name, else `GIT_AUTHOR_NAME`,
    /// else git's `user.name`. Unlike `resolve`, git is never asked for an email, which the history
    /// does not keep: with a name in the config, the first save starts no process at all.
    static func author(config: Config, party: Party?, root: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> ChangeAuthor {
        if let name = config.name, !name.isEmpty { return ChangeAuthor(person: name, party: party) }
        if let name = environment["GIT_AUTHOR_NAME"], !name.isEmpty { return ChangeAuthor(person: name, party: party) }
        return ChangeAuthor(person: resolve(config: config, party: party, root: root, environment: environment).name, party: party)
    }

    /// The author the store records.
    var author: ChangeAuthor { ChangeAuthor(person: name, party: party) }

    /// Who commits: the config's name and the email git knows; nil leaves it all to git.
    var committer: SyncIdentity? { fromConfig ? SyncIdentity(name: name, email: email) : nil }
}

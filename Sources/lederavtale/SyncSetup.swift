#if canImport(Glibc)
import Glibc
#endif
import AgreementKit
import AgreementStore
import Catalogue
import Foundation

/// What `init --git`, `sync` and the app need to work with git: the runner, the repository with
/// this program as its merge driver, and the commit messages in the user's language.
enum SyncSetup {
    /// The absolute path of the running program, for git to call it as the merge driver.
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// The command git runs: `'<program>' merge-driver %O %A %B %P` (the path quoted for the shell).
    static var driverCommand: String {
        "'" + executablePath.replacingOccurrences(of: "'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// The words of commits, from the catalogue.
    static func messages(_ words: any Wording) -> SyncMessages {
        SyncMessages(agreement: { unit, year, summary in words.commitMessage(unit: unit, year: year, summary: summary) },
                     deleted: { words.commitDeleted($0) }, otherFiles: { words.commitOtherFiles($0) },
                     privateFiles: { words.commitPrivateFiles($0) }, merge: { words.commitMerge($0) }, first: words.commitFirst)
    }

    /// The sync of a store, or nil when git is not installed. With `network` (talking to a
    /// remote), each git command may run `timeout` seconds and ssh never prompts.
    static func sync(_ store: AgreementStore, identity: Identity, words: any Wording, network: Bool = true,
                     progress: @escaping @Sendable (SyncStep) -> Void = { _ in }) -> StoreSync? {
        guard var git = LiveGitRunner.find() else { return nil }
        if network {
            git.timeout = timeout()
            // ssh in batch mode with a connect timeout, unless the store names an ssh of its own
            // (`GIT_SSH_COMMAND` and `GIT_SSH` are kept by the runner).
            if !git.run(["config", "--get", "core.sshCommand"], in: store.root).succeeded { git.sshCommand = LiveGitRunner.batchSSH }
        }
        let repository = StoreRepository(store: store, git: git, driverCommand: driverCommand)
        return StoreSync(repository: repository, identity: identity.committer, messages: messages(words), progress: progress)
    }

    /// How long one git command of a sync may run: `LEDERAVTALE_SYNC_TIMEOUT` seconds, else 120.
    static func timeout(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["LEDERAVTALE_SYNC_TIMEOUT"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 120
    }

    /// True when the store folder holds a `.git` (a quick look, no process started).
    static func looksLikeRepository(_ root: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(root)/.git")
    }
}

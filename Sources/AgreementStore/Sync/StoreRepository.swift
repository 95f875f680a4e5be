import AgreementKit
import Foundation

/// The store as a git repository: whether it is one, what stays local (`.gitignore`), which
/// files lederavtale merges (`.gitattributes`), and the merge driver in `.git/config`.
public struct StoreRepository: Sendable {
    public let store: AgreementStore
    public let git: any GitRunner
    /// The shell command git runs to merge a file: `'<lederavtale>' merge-driver %O %A %B %P`.
    public let driverCommand: String
    /// Extra `git` arguments: the private repository's `--git-dir` and `--work-tree`.
    let location: [String]

    public init(store: AgreementStore, git: any GitRunner, driverCommand: String) {
        self.init(store: store, git: git, driverCommand: driverCommand, location: [])
    }

    init(store: AgreementStore, git: any GitRunner, driverCommand: String, location: [String]) {
        self.store = store
        self.git = git
        self.driverCommand = driverCommand
        self.location = location
    }

    /// The folder of the separate repository for section 4, inside the store (and ignored there).
    public static let privateGitFolder = ".git-private"

    /// Runs git on this repository.
    public func run(_ arguments: [String], environment: [String: String] = [:]) -> GitResult {
        git.run(location + arguments, in: store.root, environment: environment)
    }

    /// Section 4's own repository: `.git-private` in the store, the store its work tree.
    public var privateRepository: StoreRepository {
        // Absolute: git runs in the store, where a relative store path would mean something else.
        let root = URL(fileURLWithPath: store.root).standardizedFileURL.path
        let gitDir = "\(root)/\(Self.privateGitFolder)"
        return StoreRepository(store: store, git: git, driverCommand: driverCommand, location: ["--git-dir=\(gitDir)", "--work-tree=\(root)"])
    }

    /// True for section 4's repository.
    public var isPrivate: Bool { !location.isEmpty }

    /// True when the store is the top of a git work tree (for section 4's, when it has been made).
    public var exists: Bool {
        if isPrivate { return store.fileSystem.exists("\(store.root)/\(Self.privateGitFolder)/HEAD") }
        let top = run(["rev-parse", "--show-toplevel"])
        guard top.succeeded else { return false }
        return Self.samePlace(top.text, store.root)
    }

    static func samePlace(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).resolvingSymlinksInPath().path == URL(fileURLWithPath: b).resolvingSymlinksInPath().path
    }

    /// What stays on this machine: the store's own files and section 4.
    public static let ignoredLines = [
        "# lederavtale: what stays on this machine (kept up to date by «lederavtale init --git» and «sync»)",
        ".index.json", ".index.delta.json", ".index.flock", ".*.lock", ".*.draft.json", ".*.journal.json", ".*.tmp-*",
        "# section 4 (personal development goals) and its history never enter the shared repository",
        "*.private.json",
        "/\(privateGitFolder)/",
    ]

    /// Every store file is merged by lederavtale's driver.
    public static let attributeLines = [
        "# lederavtale: agreements, their histories and the store's other files are merged by lederavtale",
        "*.json merge=lederavtale",
    ]

    /// Makes the store a repository: `git init`, then `prepare`. Returns false when it was one already.
    @discardableResult
    public func create(branch: String = "main") throws(SyncFailure) -> Bool {
        if exists { return false }
        let made = run(["init", "-q", "-b", branch])
        guard made.succeeded else { throw SyncFailure.git(.committing, made) }
        try prepare()
        return true
    }

    /// Writes what is missing of `.gitignore` and `.gitattributes` (lines the user added are
    /// kept) and registers the merge driver in the repository's config.
    public func prepare() throws(SyncFailure) {
        do {
            if location.isEmpty {
                try ensureLines(Self.ignoredLines, in: "\(store.root)/.gitignore")
                try ensureLines(Self.attributeLines, in: "\(store.root)/.gitattributes")
            } else {
                // Section 4's repository holds the private files and nothing else; the store's
                // `.gitattributes` gives them the merge driver there too.
                let exclude = ["*", "!*/", "!*.private.json", "/\(Self.privateGitFolder)/"].joined(separator: "\n") + "\n"
                try store.fileSystem.createDirectory("\(store.root)/\(Self.privateGitFolder)/info")
                try store.fileSystem.write(Data(exclude.utf8), to: "\(store.root)/\(Self.privateGitFolder)/info/exclude",
                                           options: .internalFile(permissions: 0o644))
                try ensureLines(Self.attributeLines, in: "\(store.root)/.gitattributes")
            }
        } catch {
            throw SyncFailure(.gitFailed(.committing, detail: "\(error)"))
        }
        for (key, value) in [("merge.lederavtale.name", "lederavtale: agreements merged by id"), ("merge.lederavtale.driver", driverCommand)] {
            let set = run(["config", key, value])
            guard set.succeeded else { throw SyncFailure.git(.committing, set) }
        }
    }

    /// Adds the lines a file lacks at its end, keeping what is there.
    private func ensureLines(_ lines: [String], in path: String) throws {
        let existing = (try? store.fileSystem.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(existing.split(separator: "\n").map(String.init))
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += missing.joined(separator: "\n") + "\n"
        try store.fileSystem.write(Data(text.utf8), to: path, options: .internalFile(permissions: 0o644))
    }
}

/// A sync that could not go on, with what stopped it.
public struct SyncFailure: Error, Equatable, Sendable {
    public var problem: SyncProblem
    public init(_ problem: SyncProblem) { self.problem = problem }

    /// git failed at `step`: stopped for running too long, else in its own words.
    static func git(_ step: SyncStep, _ result: GitResult) -> SyncFailure {
        if let seconds = result.timedOutAfter { return SyncFailure(.timedOut(step, seconds: seconds)) }
        return SyncFailure(.gitFailed(step, detail: result.errorText))
    }
}

import AgreementKit

/// The steps of a sync, for the progress shown while it runs.
public enum SyncStep: Equatable, Sendable {
    case committing
    case fetching
    case merging
    case pushing
    /// Section 4, to its own remote.
    case privateFiles
}

/// What stopped a sync, or part of it, for a person to see to.
public enum SyncProblem: Equatable, Sendable {
    /// The store is not a git repository: `init --git` makes it one.
    case notARepository
    /// git is not installed.
    case gitMissing
    /// The repository has no remote to sync with.
    case noRemote
    /// The remote named does not exist in the repository.
    case unknownRemote(String)
    /// git failed at a step; its own words.
    case gitFailed(SyncStep, detail: String)
    /// git ran past the time it was given at a step (a dead or stalled remote) and was stopped.
    case timedOut(SyncStep, seconds: Int)
    /// Commits about to be pushed hold private files (added by hand): nothing was pushed.
    case privateFilesInCommits([String])
    /// The remote kept moving: pushing was refused again and again.
    case pushRefused(detail: String)
    /// The remote's HEAD names a branch with no commits (`git init --bare` names `master`), so a
    /// clone of it checks nothing out, and it could not be pointed at `branch` from here.
    case remoteHeadDangling(remote: String, branch: String)
    /// git does not know who commits: no name in the config, none in git's.
    case identityUnknown
}

/// A conflict the merge recorded in an agreement and nobody has settled yet.
public struct PendingConflict: Equatable, Sendable {
    public var agreementID: String
    public var conflict: FieldConflict
    /// Where it is, for people.
    public var field: FieldRef?
    public var place: FieldPlace

    public init(agreementID: String, conflict: FieldConflict, field: FieldRef?, place: FieldPlace) {
        self.agreementID = agreementID
        self.conflict = conflict
        self.field = field
        self.place = place
    }
}

/// How a sync went: what was committed, received and pushed, and what needs a person.
public struct SyncReport: Equatable, Sendable {
    /// The messages of the commits made from local changes.
    public var commits: [String] = []
    /// The remote synced with.
    public var remote: String?
    /// Files the merge brought in from the other side.
    public var received: [String] = []
    public var pushed = false
    /// Everything is on the remote and the remote's changes are here.
    public var inSync = false
    /// Files git could not merge: its conflict markers are in them.
    public var unmerged: [String] = []
    /// Conflicts recorded in agreements, waiting for a person.
    public var conflicts: [PendingConflict] = []
    public var problems: [SyncProblem] = []
    /// Section 4 was synced to its own remote.
    public var privateSynced = false

    public init() {}

    /// True when a person must do something: exit 1.
    public var needsPerson: Bool { !unmerged.isEmpty || !conflicts.isEmpty || !problems.isEmpty }
}

/// Who commits: the name (from the config) and an email if git knows one; nil fields leave it
/// to git's own identity (`user.name`, `GIT_AUTHOR_NAME`).
public struct SyncIdentity: Equatable, Sendable {
    public var name: String?
    public var email: String?

    public init(name: String?, email: String? = nil) {
        self.name = name
        self.email = email
    }

    /// The environment that makes git commit as this identity.
    var environment: [String: String] {
        var env: [String: String] = [:]
        if let name, !name.isEmpty {
            env["GIT_AUTHOR_NAME"] = name
            env["GIT_COMMITTER_NAME"] = name
            env["GIT_AUTHOR_EMAIL"] = email ?? ""
            env["GIT_COMMITTER_EMAIL"] = email ?? ""
        }
        return env
    }
}

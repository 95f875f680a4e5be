import AgreementKit
import Foundation

/// `lederavtale sync`: local changes committed (one commit per agreement, its message naming
/// the unit, the year and what changed), the remote fetched and merged with the agreement-aware
/// driver, the result pushed. Section 4 goes only to a separate remote, and only when named.
public struct StoreSync: Sendable {
    public let repository: StoreRepository
    /// Who commits; nil leaves it to git's own identity.
    public var identity: SyncIdentity?
    /// The words of commit messages.
    public var messages: SyncMessages
    /// Told of each step as it begins (the app shows it in the status line).
    public var progress: @Sendable (SyncStep) -> Void

    public init(repository: StoreRepository, identity: SyncIdentity?, messages: SyncMessages,
                progress: @escaping @Sendable (SyncStep) -> Void = { _ in }) {
        self.repository = repository
        self.identity = identity
        self.messages = messages
        self.progress = progress
    }

    var store: AgreementStore { repository.store }

    /// How many times fetch, merge and push are tried when the remote moves meanwhile.
    static let attempts = 3

    /// Syncs with `remote` (else the branch's upstream remote, else `origin`, else the only
    /// remote); with `privateRemote`, section 4 too, to that remote of its own repository.
    public func run(remote: String? = nil, privateRemote: String? = nil) -> SyncReport {
        var report = SyncReport()
        guard repository.exists else {
            report.problems.append(.notARepository)
            return report
        }
        do {
            try repository.prepare()
            progress(.committing)
            guard try finishMerge(&report) else { return report }
            let name = try remoteName(remote, in: repository)
            if let name, revision("HEAD", in: repository) == nil { try adoptRemoteBranch(name, in: repository) }
            try commitLocalChanges(in: repository, &report)
            guard let name else {
                report.problems.append(.noRemote)
                collectConflicts(&report)
                return report
            }
            report.remote = name
            try exchange(with: name, in: repository, &report)
        } catch {
            report.problems.append(error.problem)
        }
        collectConflicts(&report)
        if let privateRemote, report.unmerged.isEmpty {
            progress(.privateFiles)
            do {
                try syncPrivate(to: privateRemote, &report)
                report.privateSynced = true
            } catch {
                report.problems.append(error.problem)
            }
        }
        return report
    }

    /// Fetch, merge, push — again when the remote moved between the fetch and the push.
    func exchange(with remote: String, in repository: StoreRepository, _ report: inout SyncReport) throws(SyncFailure) {
        let branch = currentBranch(in: repository)
        let tracking = "refs/remotes/\(remote)/\(branch)"
        for attempt in 1...Self.attempts {
            progress(.fetching)
            let fetched = repository.run(["fetch", "-q", remote])
            guard fetched.succeeded else { throw SyncFailure.git(.fetching, fetched) }
            progress(.merging)
            guard try merge(tracking, in: repository, &report) else { return }
            progress(.pushing)
            let outgoing = repository.run(["log", "--format=", "--name-only"] + (revision(tracking, in: repository) == nil ? ["HEAD"] : ["\(tracking)..HEAD"]))
            let privateFiles = Set(outgoing.text.split(separator: "\n").map(String.init).filter { $0.hasSuffix(StoreFiles.privateSuffix) })
            if !repository.isPrivate, !privateFiles.isEmpty {
                throw SyncFailure(.privateFilesInCommits(privateFiles.sorted()))
            }
            if revision("HEAD", in: repository) == nil { report.inSync = true; return }
            if revision("HEAD", in: repository) == revision(tracking, in: repository) {
                report.inSync = true
                setUpstream(remote, branch, in: repository)
                try keepRemoteCloneable(remote, branch: branch, in: repository)
                return
            }
            let pushed = repository.run(["push", "-q", remote, "HEAD:refs/heads/\(branch)"])
            if pushed.succeeded {
                report.pushed = true
                report.inSync = true
                _ = repository.run(["fetch", "-q", remote])
                setUpstream(remote, branch, in: repository)
                try keepRemoteCloneable(remote, branch: branch, in: repository)
                return
            }
            let refused = ["rejected", "fetch first", "non-fast-forward"].contains { pushed.errorText.contains($0) }
            guard refused else { throw SyncFailure.git(.pushing, pushed) }
            if attempt == Self.attempts { throw SyncFailure(.pushRefused(detail: pushed.errorText)) }
        }
    }

    /// A repository without commits (a fresh clone of an empty-looking remote, a store made
    /// apart) starts from the remote's branch: the branch is taken over, the files the store
    /// lacks come from it, and the store's own files stay, as local changes on top.
    private func adoptRemoteBranch(_ remote: String, in repository: StoreRepository) throws(SyncFailure) {
        progress(.fetching)
        let fetched = repository.run(["fetch", "-q", remote])
        guard fetched.succeeded else { throw SyncFailure.git(.fetching, fetched) }
        let branches = repository.run(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/\(remote)/"]).text
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        let current = currentBranch(in: repository)
        let remoteHead = repository.run(["symbolic-ref", "-q", "--short", "refs/remotes/\(remote)/HEAD"]).text.split(separator: "/").last.map(String.init)
        guard let branch = [current, remoteHead, "main", "master"].compactMap({ $0 }).first(where: branches.contains) ?? branches.first else { return }
        _ = repository.run(["symbolic-ref", "HEAD", "refs/heads/\(branch)"])
        let reset = repository.run(["reset", "-q", "refs/remotes/\(remote)/\(branch)"])
        guard reset.succeeded else { throw SyncFailure.git(.merging, reset) }
        let missing = repository.run(["ls-files", "-d", "-z"]).output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        if !missing.isEmpty {
            let restored = repository.run(["checkout", "-q", "--"] + missing)
            guard restored.succeeded else { throw SyncFailure.git(.merging, restored) }
        }
    }

    private func setUpstream(_ remote: String, _ branch: String, in repository: StoreRepository) {
        _ = repository.run(["branch", "-q", "--set-upstream-to=\(remote)/\(branch)", branch])
    }

    /// Merges the remote's branch; false (with the files named) when git could not merge them all.
    private func merge(_ tracking: String, in repository: StoreRepository, _ report: inout SyncReport) throws(SyncFailure) -> Bool {
        guard let theirs = revision(tracking, in: repository) else { return true }
        guard let ours = revision("HEAD", in: repository) else {
            // Nothing here yet: take the remote's history as it is.
            let reset = repository.run(["reset", "-q", "--hard", theirs])
            guard reset.succeeded else { throw SyncFailure.git(.merging, reset) }
            report.received += changedFiles(from: nil, to: theirs, in: repository)
            return true
        }
        if ours == theirs || repository.run(["merge-base", "--is-ancestor", theirs, ours]).succeeded { return true }
        let merged = repository.run(["merge", "-q", "--no-edit", "--allow-unrelated-histories", "-m", messages.merge(repository.isPrivate ? nil : tracking), theirs],
                                    environment: commitEnvironment.merging(["LEDERAVTALE_MERGE_THEIRS": theirs]))
        let unmerged = repository.run(["diff", "--name-only", "--diff-filter=U"]).text.split(separator: "\n").map(String.init)
        if !unmerged.isEmpty {
            report.unmerged = unmerged
            return false
        }
        guard merged.succeeded else { throw SyncFailure(merged.lacksIdentity ? .identityUnknown : .gitFailed(.merging, detail: merged.errorText)) }
        report.received += changedFiles(from: ours, to: "HEAD", in: repository)
        return true
    }

    /// A merge left unfinished by an earlier sync: finished when every file has been resolved
    /// (no conflict markers left, every file readable); otherwise the files are named again.
    private func finishMerge(_ report: inout SyncReport) throws(SyncFailure) -> Bool {
        guard store.fileSystem.exists(gitPath("MERGE_HEAD")) else { return true }
        let unmerged = repository.run(["diff", "--name-only", "--diff-filter=U"]).text.split(separator: "\n").map(String.init)
        let stillBroken = unmerged.filter { path in
            guard let data = try? store.fileSystem.read("\(store.root)/\(path)") else { return true }
            return AgreementStore.conflictMarkerLine(data) != nil || JSONLocator.parse(data, tree: false).strictProblem != nil
        }
        if !stillBroken.isEmpty {
            report.unmerged = stillBroken
            return false
        }
        _ = repository.run(["add", "-A", "--"] + unmerged)
        let done = repository.run(["commit", "-q", "--no-edit"], environment: commitEnvironment)
        guard done.succeeded else { throw SyncFailure.git(.merging, done) }
        return true
    }

    /// The path of a file in the repository's git folder.
    private func gitPath(_ name: String) -> String {
        let dir = repository.run(["rev-parse", "--git-dir"]).text
        return dir.hasPrefix("/") ? "\(dir)/\(name)" : "\(store.root)/\(dir)/\(name)"
    }

    var commitEnvironment: [String: String] { identity?.environment ?? [:] }

    func revision(_ name: String, in repository: StoreRepository) -> String? {
        let result = repository.run(["rev-parse", "-q", "--verify", "\(name)^{commit}"])
        return result.succeeded ? result.text : nil
    }

    private func currentBranch(in repository: StoreRepository) -> String {
        let branch = repository.run(["symbolic-ref", "--short", "-q", "HEAD"])
        return branch.succeeded && !branch.text.isEmpty ? branch.text : "main"
    }

    private func changedFiles(from: String?, to: String, in repository: StoreRepository) -> [String] {
        let diff = from.map { repository.run(["diff", "--name-only", $0, to]) } ?? repository.run(["ls-tree", "-r", "--name-only", to])
        return diff.text.split(separator: "\n").map(String.init)
    }

    /// The remote to use: the one named (which must exist), else the upstream's, else
    /// `origin`, else the only one; nil when the repository has none.
    private func remoteName(_ given: String?, in repository: StoreRepository) throws(SyncFailure) -> String? {
        let remotes = repository.run(["remote"]).text.split(separator: "\n").map(String.init)
        if let given {
            guard remotes.contains(given) else { throw SyncFailure(.unknownRemote(given)) }
            return given
        }
        let upstream = repository.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        if upstream.succeeded, let name = upstream.text.split(separator: "/").first.map(String.init), remotes.contains(name) { return name }
        if remotes.contains("origin") { return "origin" }
        return remotes.count == 1 ? remotes[0] : nil
    }

    /// Every conflict recorded in the store's agreements.
    private func collectConflicts(_ report: inout SyncReport) {
        report.conflicts = []
        for id in (try? store.ids()) ?? [] {
            guard let data = try? store.fileSystem.read(store.path(of: id)),
                  let agreement = try? store.decodeAgreement(data, file: store.path(of: id)) else { continue }
            for conflict in agreement.conflicts {
                let field = FieldRef(path: conflict.path)
                report.conflicts.append(PendingConflict(agreementID: id, conflict: conflict, field: field,
                                                        place: field.map(agreement.place(of:)) ?? .unknown))
            }
        }
    }
}

extension Dictionary where Key == String, Value == String {
    func merging(_ other: [String: String]) -> [String: String] { merging(other) { _, new in new } }
}

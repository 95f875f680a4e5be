import AgreementKit
import Foundation

extension StoreSync {
    /// Makes the repository (when the store is not one yet) and its first commit of what the
    /// store holds. Returns false when it was a repository already (it is prepared anyway).
    public func initialize() throws(SyncFailure) -> Bool {
        let made = try repository.create()
        if !made { try repository.prepare() }
        guard revision("HEAD", in: repository) == nil else { return made }
        _ = repository.run(["add", "-A"])
        let first = repository.run(["commit", "-q", "--allow-empty", "-m", messages.first], environment: commitEnvironment)
        guard first.succeeded else { throw SyncFailure(first.lacksIdentity ? .identityUnknown : .gitFailed(.committing, detail: first.errorText)) }
        return made
    }

    /// Commits what changed in the work tree: one commit per agreement (its file, its companion
    /// folder), its message saying what changed since the last commit; then one for the rest.
    func commitLocalChanges(in repository: StoreRepository, _ report: inout SyncReport) throws(SyncFailure) {
        // Section 4's repository sees its files as ignored (the store's `.gitignore` keeps them
        // out of the shared one): they are asked for by name.
        let ignored = repository.isPrivate ? ["--ignored=matching"] : []
        let status = repository.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"] + ignored)
        guard status.succeeded else { throw SyncFailure.git(.committing, status) }
        let paths = status.output.split(separator: 0).compactMap { entry -> String? in
            guard entry.count > 3 else { return nil }
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            let isIgnored = entry.starts(with: Array("!!".utf8))
            return !isIgnored || (path.hasSuffix(StoreFiles.privateSuffix) && !path.hasPrefix(StoreRepository.privateGitFolder)) ? path : nil
        }
        guard !paths.isEmpty else { return }
        _ = repository.run(["reset", "-q"])
        var groups: [String: [String]] = [:]
        var others: [String] = []
        for path in paths {
            if let id = owner(of: path) { groups[id, default: []].append(path) } else { others.append(path) }
        }
        for id in groups.keys.sorted() {
            let files = groups[id] ?? []
            let message = repository.isPrivate ? messages.privateFiles([id]) : agreementMessage(id)
            try commit(files, message: message, in: repository, &report)
        }
        if !others.isEmpty {
            try commit(others, message: messages.otherFiles(others.sorted()), in: repository, &report)
        }
    }

    private func commit(_ files: [String], message: String, in repository: StoreRepository, _ report: inout SyncReport) throws(SyncFailure) {
        let added = repository.run(["add", "-A"] + (repository.isPrivate ? ["-f"] : []) + ["--"] + files)
        guard added.succeeded else { throw SyncFailure.git(.committing, added) }
        let made = repository.run(["commit", "-q", "-m", message, "--"] + files, environment: commitEnvironment)
        guard made.succeeded else { throw SyncFailure(made.lacksIdentity ? .identityUnknown : .gitFailed(.committing, detail: made.errorText)) }
        report.commits.append(message)
    }

    /// The agreement a changed path belongs to: `<id>.json`, `<id>.private.json` or a file in `<id>/`.
    private func owner(of path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            let id = parts[0]
            let known = store.fileSystem.exists(store.path(of: id)) || revision("HEAD:\(StoreFiles.agreementFileName(id))", in: repository) != nil
            return known ? id : nil
        }
        if path.hasSuffix(StoreFiles.privateSuffix) { return String(path.dropLast(StoreFiles.privateSuffix.count)) }
        return StoreFiles.agreementID(fromFileName: path)
    }

    /// "Hoeggen skole 2011: 2 loggføringer, vurdering av mål 3": the agreement now against the last commit.
    private func agreementMessage(_ id: String) -> String {
        let file = store.path(of: id)
        guard let data = try? store.fileSystem.read(file), let now = try? store.decodeAgreement(data, file: file) else {
            if !store.fileSystem.exists(file) { return messages.deleted(id) }
            return messages.agreement(id, 0, ChangeSummary(topics: [(.other, 1)]))
        }
        let committed = repository.run(["show", "HEAD:\(StoreFiles.agreementFileName(id))"])
        let before = committed.succeeded ? try? store.decodeAgreement(committed.output, file: file) : nil
        let changes = before.map { AgreementDiff.changes(from: $0, to: now) } ?? [TreeChange(.added, at: ChangePath(), old: nil, new: nil)]
        let summary = ChangeSummary(changes, in: now)
        return messages.agreement(now.header.unit, now.header.year, summary.topics.isEmpty ? ChangeSummary(topics: [(.other, 1)]) : summary)
    }

    /// Section 4 to its own remote, in its own repository (made the first time).
    func syncPrivate(to remote: String, _ report: inout SyncReport) throws(SyncFailure) {
        let personal = repository.privateRepository
        let sync = StoreSync(repository: personal, identity: identity, messages: messages, progress: { _ in })
        _ = try sync.initialize()
        let remotes = personal.run(["remote"]).text.split(separator: "\n").map(String.init)
        let configured = remotes.contains("origin") ? personal.run(["remote", "set-url", "origin", remote]) : personal.run(["remote", "add", "origin", remote])
        guard configured.succeeded else { throw SyncFailure.git(.privateFiles, configured) }
        var inner = SyncReport()
        try sync.commitLocalChanges(in: personal, &inner)
        try sync.exchange(with: "origin", in: personal, &inner)
        if !inner.unmerged.isEmpty { report.unmerged += inner.unmerged.map { "\(StoreRepository.privateGitFolder): \($0)" } }
        report.problems += inner.problems
    }
}

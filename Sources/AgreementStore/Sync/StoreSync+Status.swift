import AgreementKit
import Foundation

extension StoreSync {
    /// How many of an agreement's changes are not on the remote yet (as last fetched; the last
    /// commit when there is no remote): the entries of its history the remote's copy lacks.
    /// Nil when the store is not a git repository.
    public func unsyncedChanges(of id: String) -> Int? {
        guard repository.exists else { return nil }
        let local = (try? store.readHistory(store.historyPath(of: id))) ?? []
        let reference = revision("@{u}", in: repository) != nil ? "@{u}" : "HEAD"
        let known = Set(Self.history(at: reference, of: id, in: repository).map(\.id))
        return local.filter { !known.contains($0.id) }.count
    }

    /// The history of an agreement as a commit holds it; none when it has none.
    static func history(at revision: String, of id: String, in repository: StoreRepository) -> [ChangeRecord] {
        let file = "\(StoreFiles.companionFolder(id))/\(StoreFiles.historyFileName)"
        let shown = repository.run(["show", "\(revision):\(file)"])
        guard shown.succeeded else { return [] }
        return (try? FileDecoder(migration: HistoryFile.migration).decode(HistoryFile.self, kind: .agreement, from: shown.output,
                                                                         file: file, version: \.version).changes) ?? []
    }
}

/// Who last changed a path on each side of a merge, from the two sides' histories: the
/// merge driver records it with each conflict.
public struct MergeAttribution: Sendable {
    public var ours: [ChangeRecord]
    public var theirs: [ChangeRecord]

    public init(ours: [ChangeRecord], theirs: [ChangeRecord]) {
        self.ours = ours
        self.theirs = theirs
    }

    /// The histories of the agreement at `HEAD` and at the commit being merged (the one sync
    /// names in `LEDERAVTALE_MERGE_THEIRS`, else git's `MERGE_HEAD`), read with git in `root`.
    public static func read(agreement id: String, root: String, git: any GitRunner, theirs: String?) -> MergeAttribution {
        let repository = StoreRepository(store: AgreementStore(root: root), git: git, driverCommand: "")
        return MergeAttribution(ours: StoreSync.history(at: "HEAD", of: id, in: repository),
                                theirs: StoreSync.history(at: theirs ?? "MERGE_HEAD", of: id, in: repository))
    }

    /// The stamp of the last change on a side at the path, or at the item holding it.
    public func who(_ path: ChangePath, _ side: AgreementMerge.Side) -> ChangeStamp? {
        let records = side == .a ? ours : theirs
        return AgreementStore.chronological(records).last { !$0.path.components.isEmpty && (path.isWithin($0.path) || $0.path.isWithin(path)) }?.stamp
    }
}

/// The history of one value, newest first: each change at its path, or of the item it lies in
/// read at the value's place, as a record of the value itself (who, when, before → after, why).
public struct FieldHistory: Equatable, Sendable {
    public var path: ChangePath
    /// The value's changes, newest first, each at `path`.
    public var entries: [ChangeRecord]

    /// The entries of `records` (oldest first, as the store gives them) for the value at `path`.
    public init(records: [ChangeRecord], path: ChangePath) {
        self.path = path
        var entries: [ChangeRecord] = []
        for record in records.reversed() where path.isWithin(record.path) && record.kind != .reordered {
            let inner = ChangePath(Array(path.components.dropFirst(record.path.components.count)))
            let old = record.old.flatMap { inner.value(in: $0) }
            let new = record.new.flatMap { inner.value(in: $0) }
            guard old != new else { continue }
            let kind: TreeChange.Kind = old == nil ? .added : new == nil ? .removed : .changed
            entries.append(ChangeRecord(id: record.id, stamp: record.stamp, change: TreeChange(kind, at: path, old: old, new: new),
                                        reason: record.reason, amendmentID: record.amendmentID))
        }
        self.entries = entries
    }
}

/// One entry of an agreement's history (endringslogg): who, when, where and what — a value
/// changed from old to new, an item added or removed, a list put in another order. An
/// amendment is an entry with a reason.
public struct ChangeRecord: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// Who and when.
    public var stamp: ChangeStamp
    public var kind: TreeChange.Kind
    /// Where, by stable ids: `goalAreas/<id>/rows/<id>/target`.
    public var path: ChangePath
    /// The value before; nil when added.
    public var old: JSONValue?
    /// The value after; nil when removed.
    public var new: JSONValue?
    /// The reason, when the change was an amendment of the agreement.
    public var reason: String?
    /// The amendment recorded with the change, if it was one.
    public var amendmentID: ItemID?

    public init(id: ItemID, stamp: ChangeStamp, change: TreeChange, reason: String? = nil, amendmentID: ItemID? = nil) {
        self.id = id
        self.stamp = stamp
        self.kind = change.kind
        self.path = change.path
        self.old = change.old
        self.new = change.new
        self.reason = reason
        self.amendmentID = amendmentID
    }

    /// The change itself, without who and when.
    public var change: TreeChange { TreeChange(kind, at: path, old: old, new: new) }

    /// The field the change is on, if the interface edits one there.
    public var field: FieldRef? { FieldRef(path: path) }
}

/// One difference between two versions of a file: a value changed, an item or record added or
/// removed, or the items of a list put in another order.
public struct TreeChange: Hashable, Sendable {
    /// What happened at the path.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case changed
        case added
        case removed
        /// The items of the list at the path are in another order (old and new hold their ids).
        case reordered
    }

    public var path: ChangePath
    public var kind: Kind
    /// The value before; nil when added.
    public var old: JSONValue?
    /// The value after; nil when removed.
    public var new: JSONValue?

    public init(_ kind: Kind, at path: ChangePath, old: JSONValue?, new: JSONValue?) {
        self.path = path
        self.kind = kind
        self.old = old
        self.new = new
    }
}

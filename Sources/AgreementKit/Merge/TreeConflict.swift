/// A place where the two sides of a merge changed the same value differently (or one side
/// changed an item the other removed): both values, and what it was before.
public struct TreeConflict: Hashable, Sendable {
    public var path: ChangePath
    /// The value before both changes; nil when neither had it.
    public var base: JSONValue?
    /// This side's value (the file being merged into); nil when this side removed it.
    public var ours: JSONValue?
    /// The other side's value; nil when the other side removed it.
    public var theirs: JSONValue?

    public init(path: ChangePath, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}

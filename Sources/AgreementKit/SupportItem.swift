/// Support (støtte) the chief executive gives for a row's target, or a heading or instruction
/// set among the support as the form has them.
public struct SupportItem: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String
    /// Nil for support proper; otherwise what else the entry is.
    public var kind: ListEntryKind?

    public init(id: ItemID, text: String, kind: ListEntryKind? = nil) {
        self.id = id
        self.text = text
        self.kind = kind
    }

    /// True for support proper (not a heading or instruction).
    public var isItem: Bool { kind == nil }
}

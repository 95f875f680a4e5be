/// A measure (tiltak) the unit will carry out for a row's target, or a heading, instruction or
/// indicator set among the measures as the form has them.
public struct Measure: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String
    /// Nil for a measure; otherwise what else the entry is.
    public var kind: ListEntryKind?
    /// The day the measure was marked as carried out (orange); nil while it is not.
    public var done: LocalDate?
    /// The measure of an earlier agreement this one was carried over from.
    public var carriedFrom: ItemLink?

    public init(id: ItemID, text: String, kind: ListEntryKind? = nil, done: LocalDate? = nil, carriedFrom: ItemLink? = nil) {
        self.id = id
        self.text = text
        self.kind = kind
        self.done = done
        self.carriedFrom = carriedFrom
    }

    /// True for a measure proper (not a heading, instruction or indicator).
    public var isItem: Bool { kind == nil }
}

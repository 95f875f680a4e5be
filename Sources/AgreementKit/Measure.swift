/// A measure (tiltak) the unit will carry out for a row's target.
public struct Measure: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String

    public init(id: ItemID, text: String) {
        self.id = id
        self.text = text
    }
}

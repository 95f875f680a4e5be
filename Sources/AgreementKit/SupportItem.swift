/// Support (støtte) the chief executive gives for a row's target.
public struct SupportItem: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String

    public init(id: ItemID, text: String) {
        self.id = id
        self.text = text
    }
}

/// One of several result goals a goal area sets under one assessment ("1a. Økt læringsutbytte …",
/// "1b. Elevene får en mer praktisk rettet opplæring").
public struct SubGoal: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// "1a".
    public var number: String
    public var title: String

    public init(id: ItemID, number: String, title: String) {
        self.id = id
        self.number = number
        self.title = title
    }

    /// "1a. Økt læringsutbytte …".
    public var label: String { number.isEmpty ? title : "\(number). \(title)" }
}

/// A main goal of an action plan (hovedmål), with its initiatives.
public struct MainGoal: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// The number shown in the plan, 1 for the first main goal; initiative codes start with it.
    public var number: Int
    /// The title as written in the plan.
    public var title: String
    public var initiatives: [Initiative]

    public init(id: ItemID, number: Int, title: String, initiatives: [Initiative] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.initiatives = initiatives
    }
}

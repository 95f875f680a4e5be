/// A personal development goal of the leader (section 4): confidential, kept in the private file.
public struct PersonalGoal: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String

    public init(id: ItemID, text: String) {
        self.id = id
        self.text = text
    }
}

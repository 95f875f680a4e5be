/// A question for reflection in a conversation guide (spørsmål til refleksjon), with any sub-points it lists.
public struct ReflectionQuestion: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var text: String
    /// Points the question goes on to list; some questions end in them ("… when it comes to" ○ a ○ b).
    public var subpoints: [String]

    public init(id: ItemID, text: String, subpoints: [String] = []) {
        self.id = id
        self.text = text
        self.subpoints = subpoints
    }
}

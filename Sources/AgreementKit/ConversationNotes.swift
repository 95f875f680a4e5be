/// What was said under one area of a leader conversation: the notes and the questions discussed.
public struct ConversationNotes: Equatable, Sendable, Codable {
    /// The guide area, by id.
    public var areaID: ItemID
    public var notes: String
    /// The reflection questions marked as discussed, by id, in the order they were marked.
    public var discussed: [ItemID]

    public init(areaID: ItemID, notes: String = "", discussed: [ItemID] = []) {
        self.areaID = areaID
        self.notes = notes
        self.discussed = discussed
    }

    /// Marks a question discussed, or takes the mark back.
    public mutating func toggle(_ question: ItemID) {
        if let i = discussed.firstIndex(of: question) { discussed.remove(at: i) } else { discussed.append(question) }
    }
}

/// One area of a conversation guide (område): purpose, data sources, target and questions for reflection.
public struct GuideArea: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var title: String
    /// The goal, purpose or area column as plain text; paragraphs separated by a blank line. May be empty.
    public var purpose: String
    /// The bulleted points that follow the purpose text, often its important prerequisites.
    public var points: [GuidePoint]
    /// The sources and data to look at (kjelder / datagrunnlag), one per entry.
    public var sources: [String]
    /// The target column; empty when the guide leaves it to the conversation.
    public var target: String
    public var questions: [ReflectionQuestion]

    public init(id: ItemID, title: String, purpose: String = "", points: [GuidePoint] = [], sources: [String] = [],
                target: String = "", questions: [ReflectionQuestion] = []) {
        self.id = id
        self.title = title
        self.purpose = purpose
        self.points = points
        self.sources = sources
        self.target = target
        self.questions = questions
    }
}

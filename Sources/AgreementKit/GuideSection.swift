/// A headed passage of a conversation guide's introduction, e.g. what kind of conversation it is.
public struct GuideSection: Equatable, Sendable, Codable {
    public var heading: String
    /// Plain text; paragraphs are separated by a blank line.
    public var text: String

    public init(heading: String, text: String) {
        self.heading = heading
        self.text = text
    }
}

/// A bulleted point in a guide area's purpose column, with its own sub-points.
public struct GuidePoint: Equatable, Sendable, Codable {
    public var text: String
    public var subpoints: [String]

    public init(text: String, subpoints: [String] = []) {
        self.text = text
        self.subpoints = subpoints
    }
}

/// A message in the status line: information, or a warning or error that needs attention.
public struct Status: Equatable, Sendable {
    public enum Kind: Sendable {
        case info
        case warning
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

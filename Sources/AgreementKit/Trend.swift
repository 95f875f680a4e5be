/// Which way the last two points of a series moved, and whether that is for the better.
public struct Trend: Equatable, Sendable {
    public enum Direction: Equatable, Sendable {
        case up, down, flat
    }

    public var direction: Direction
    /// True when the move is an improvement, false when it is a worsening, nil when flat.
    public var improving: Bool?

    public init(direction: Direction, improving: Bool?) {
        self.direction = direction
        self.improving = improving
    }
}

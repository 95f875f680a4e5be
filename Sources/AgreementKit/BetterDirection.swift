/// Which way an indicator improves: sick leave is better lower, test results higher.
public enum BetterDirection: String, CaseIterable, Equatable, Sendable, Codable {
    case higher
    case lower

    /// True if `value` is at least as good as `target`: a target is met when reached.
    public func meets(_ value: Double, target: Double) -> Bool {
        switch self {
        case .higher: value >= target
        case .lower: value <= target
        }
    }

    /// True if moving from `old` to `new` is an improvement.
    public func improves(from old: Double, to new: Double) -> Bool {
        switch self {
        case .higher: new > old
        case .lower: new < old
        }
    }
}

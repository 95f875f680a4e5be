/// A perspective of the scorecard (styringskort) that groups indicators, as in balanced
/// scorecards: the users, the employees, the economy, society, and renewal.
public enum Perspective: String, CaseIterable, Equatable, Sendable, Codable {
    case user
    case employee
    case economy
    case society
    case development
}

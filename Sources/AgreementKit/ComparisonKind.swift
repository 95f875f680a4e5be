/// What an indicator is compared with: the national average, the municipality, the service area.
public enum ComparisonKind: String, CaseIterable, Equatable, Sendable, Codable {
    case national
    case municipality
    case serviceArea
}

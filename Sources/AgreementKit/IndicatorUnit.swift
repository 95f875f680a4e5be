/// What an indicator is measured in; the catalogue writes the symbol ("%", "kr") or word.
public enum IndicatorUnit: String, CaseIterable, Equatable, Sendable, Codable {
    case percent
    case count
    case score
    case days
    case kroner

    /// The values a measurement in this unit can take: 0–100 for percent, never below zero for
    /// counts and days; scores and amounts are not bounded.
    public var range: ClosedRange<Double>? {
        switch self {
        case .percent: 0...100
        case .count, .days: 0...Double.greatestFiniteMagnitude
        case .score, .kroner: nil
        }
    }
}

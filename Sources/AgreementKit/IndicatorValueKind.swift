/// Which series of an indicator a value belongs to; the `kind` column of the indicator CSV.
public enum IndicatorValueKind: String, CaseIterable, Hashable, Sendable, Codable {
    case result
    case target
    case baseline
    case national
    case municipality
    case serviceArea

    /// The comparison this kind is, if it is one.
    public var comparison: ComparisonKind? {
        switch self {
        case .national: .national
        case .municipality: .municipality
        case .serviceArea: .serviceArea
        case .result, .target, .baseline: nil
        }
    }

    public init(_ comparison: ComparisonKind) {
        switch comparison {
        case .national: self = .national
        case .municipality: self = .municipality
        case .serviceArea: self = .serviceArea
        }
    }

    /// The kind of field it is, which decides its phase colour and when it may change: what was
    /// agreed (targets, the baseline) is blue; what is measured during the year is orange.
    public var fieldKind: FieldKind {
        switch self {
        case .target, .baseline: .indicator
        case .result, .national, .municipality, .serviceArea: .indicatorResult
        }
    }
}

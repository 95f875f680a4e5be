/// A value to compare an indicator's results with, for one period, with its source.
public struct ComparisonValue: Equatable, Sendable, Codable {
    public var kind: ComparisonKind
    public var period: Period
    public var value: Double
    public var source: String

    public init(kind: ComparisonKind, period: Period, value: Double, source: String = "") {
        self.kind = kind
        self.period = period
        self.value = value
        self.source = source
    }
}

/// One point of an indicator's series as charts draw it: a result, or the baseline before them.
public struct SeriesPoint: Equatable, Sendable {
    public var period: Period
    public var value: Double
    public var isBaseline: Bool

    public init(period: Period, value: Double, isBaseline: Bool = false) {
        self.period = period
        self.value = value
        self.isBaseline = isBaseline
    }
}

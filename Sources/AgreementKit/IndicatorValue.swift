/// One number of an indicator for one period (a result, a target or the baseline), with where it comes from.
public struct IndicatorValue: Equatable, Sendable, Codable {
    public var period: Period
    public var value: Double
    /// Where the number comes from ("Personalsystemet", "Udir, nasjonale prøver"); may be empty.
    public var source: String

    public init(period: Period, value: Double, source: String = "") {
        self.period = period
        self.value = value
        self.source = source
    }
}

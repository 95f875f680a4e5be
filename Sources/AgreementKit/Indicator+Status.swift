/// What an indicator's numbers say: its series, last result, the target that applies, status and trend.
extension Indicator {
    /// The results in period order, with the baseline first when it comes before them (and is
    /// not itself a result's period): what a chart draws.
    public var series: [SeriesPoint] {
        var points = results.sorted { $0.period < $1.period }.map { SeriesPoint(period: $0.period, value: $0.value) }
        if let baseline, !results.contains(where: { $0.period == baseline.period }),
           points.first.map({ baseline.period < $0.period }) ?? true {
            points.insert(SeriesPoint(period: baseline.period, value: baseline.value, isBaseline: true), at: 0)
        }
        return points
    }

    /// The latest result by period.
    public var lastResult: IndicatorValue? { results.max { $0.period < $1.period } }

    /// The target that applies to a period: the target for that very period, else the shortest
    /// target period that contains it (a year's target applies to its quarters).
    public func target(for period: Period) -> IndicatorValue? {
        if let exact = targets.first(where: { $0.period == period }) { return exact }
        return targets.filter { $0.period.contains(period) }
            .min { ($0.period.lastMonth - $0.period.firstMonth) < ($1.period.lastMonth - $1.period.firstMonth) }
    }

    /// The target to show beside the last result: the one that applies to it, else the latest.
    public var currentTarget: IndicatorValue? {
        if let last = lastResult, let target = target(for: last.period) { return target }
        return targets.max { $0.period < $1.period }
    }

    /// Met when the last result is at least as good as the target that applies to it.
    public var status: IndicatorStatus {
        guard let last = lastResult else { return .noResult }
        guard let target = target(for: last.period) else { return .noTarget }
        return better.meets(last.value, target: target.value) ? .met : .notMet
    }

    /// How the last two points of the series moved; nil with fewer than two.
    public var trend: Trend? {
        let points = series
        guard points.count >= 2 else { return nil }
        let (old, new) = (points[points.count - 2].value, points[points.count - 1].value)
        if old == new { return Trend(direction: .flat, improving: nil) }
        return Trend(direction: new > old ? .up : .down, improving: better.improves(from: old, to: new))
    }

    /// The comparison of a kind to show beside the last result: for its period, else the latest.
    public func comparison(_ kind: ComparisonKind) -> ComparisonValue? {
        let values = comparisons.filter { $0.kind == kind }
        if let last = lastResult, let same = values.first(where: { $0.period == last.period }) { return same }
        return values.max { $0.period < $1.period }
    }

    /// The status of a result for its own period: whether it met the target that applied then.
    public func status(of result: IndicatorValue) -> IndicatorStatus {
        guard let target = target(for: result.period) else { return .noTarget }
        return better.meets(result.value, target: target.value) ? .met : .notMet
    }

    /// Every period the indicator has a value for, in order: the table of its detail view.
    public var periods: [Period] {
        var all = Set(results.map(\.period)).union(targets.map(\.period)).union(comparisons.map(\.period))
        if let baseline { all.insert(baseline.period) }
        return all.sorted()
    }
}

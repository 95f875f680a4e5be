/// A measured indicator of a goal row: what is measured and in what, which way is better, the
/// baseline, the targets and results per period, and values to compare with.
///
/// A row may also keep its free-text indicator (`GoalRow.indicator`): a measured one is an
/// upgrade, not a replacement. Every value carries its own period (with its year), so a row
/// carried into next year's agreement keeps the whole series and the chart spans the years.
public struct Indicator: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var name: String
    public var unit: IndicatorUnit
    public var better: BetterDirection
    /// The scorecard perspective it is shown under; nil when none is chosen.
    public var perspective: Perspective?
    /// Where the unit started from, e.g. 14 % in the first quarter of 2012.
    public var baseline: IndicatorValue?
    /// Targets per period, in period order.
    public var targets: [IndicatorValue]
    /// Results per period, in period order.
    public var results: [IndicatorValue]
    /// National average, municipality, service area: per kind and period, in period order.
    public var comparisons: [ComparisonValue]

    public init(id: ItemID, name: String, unit: IndicatorUnit, better: BetterDirection, perspective: Perspective? = nil,
                baseline: IndicatorValue? = nil, targets: [IndicatorValue] = [], results: [IndicatorValue] = [],
                comparisons: [ComparisonValue] = []) {
        self.id = id
        self.name = name
        self.unit = unit
        self.better = better
        self.perspective = perspective
        self.baseline = baseline
        self.targets = targets
        self.results = results
        self.comparisons = comparisons
    }

    /// The value of one kind for one period, if there is one (the baseline only for its own period).
    public func value(_ kind: IndicatorValueKind, for period: Period) -> IndicatorValue? {
        switch kind {
        case .result: return results.first { $0.period == period }
        case .target: return targets.first { $0.period == period }
        case .baseline: return baseline?.period == period ? baseline : nil
        case .national, .municipality, .serviceArea:
            return comparisons.first { $0.kind == kind.comparison && $0.period == period }
                .map { IndicatorValue(period: $0.period, value: $0.value, source: $0.source) }
        }
    }

    /// Sets the value of a kind for a period, replacing one already there (so setting the same
    /// value twice changes nothing); the baseline is replaced whatever its period. Series stay in period order.
    public mutating func set(_ kind: IndicatorValueKind, _ value: IndicatorValue) {
        switch kind {
        case .result: Self.upsert(value, into: &results)
        case .target: Self.upsert(value, into: &targets)
        case .baseline: baseline = value
        case .national, .municipality, .serviceArea:
            guard let comparison = kind.comparison else { return }
            let new = ComparisonValue(kind: comparison, period: value.period, value: value.value, source: value.source)
            if let i = comparisons.firstIndex(where: { $0.kind == comparison && $0.period == value.period }) {
                comparisons[i] = new
            } else {
                comparisons.append(new)
                comparisons.sort { ($0.period, Self.order($0.kind)) < ($1.period, Self.order($1.kind)) }
            }
        }
    }

    /// Removes the value of a kind for a period; returns false when there was none.
    @discardableResult
    public mutating func remove(_ kind: IndicatorValueKind, for period: Period) -> Bool {
        switch kind {
        case .result: return results.removeFirst { $0.period == period }
        case .target: return targets.removeFirst { $0.period == period }
        case .baseline:
            guard baseline?.period == period else { return false }
            baseline = nil
            return true
        case .national, .municipality, .serviceArea:
            return comparisons.removeFirst { $0.kind == kind.comparison && $0.period == period }
        }
    }

    private static func upsert(_ value: IndicatorValue, into list: inout [IndicatorValue]) {
        if let i = list.firstIndex(where: { $0.period == value.period }) {
            list[i] = value
        } else {
            list.append(value)
            list.sort { $0.period < $1.period }
        }
    }

    private static func order(_ kind: ComparisonKind) -> Int {
        ComparisonKind.allCases.firstIndex(of: kind) ?? 0
    }
}

extension Array {
    /// Removes the first element matching; returns false when none did.
    mutating func removeFirst(where predicate: (Element) -> Bool) -> Bool {
        guard let i = firstIndex(where: predicate) else { return false }
        remove(at: i)
        return true
    }
}

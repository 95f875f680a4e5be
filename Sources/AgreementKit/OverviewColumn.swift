/// A column of the overview, in the order shown; each sorts its own way.
public enum OverviewColumn: String, CaseIterable, Sendable, Hashable {
    case unit, serviceArea, leader, contactPerson, year, phase, progress, deadline, log, ratings, plans

    /// Whether `a` comes before `b` when sorting ascending by this column: text in Norwegian
    /// order; year, phase, log entries and open plans from small to large; progress from least
    /// done (share of required); deadline from the earliest, so overdue ones come first and rows
    /// with nothing due last; ratings from the most «mindre enn avtalen», then the fewest «ut over».
    /// Nil when they are equal here.
    public func ascending(_ a: OverviewRow, _ b: OverviewRow) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        func text(_ x: String, _ y: String) -> Bool? {
            x == y ? nil : NorwegianOrder.less(x, y)
        }
        switch self {
        case .unit: return text(a.unit, b.unit)
        case .serviceArea: return text(a.serviceArea, b.serviceArea)
        case .leader: return text(a.leader, b.leader)
        case .contactPerson: return text(a.contactPerson, b.contactPerson)
        case .year: return order(a.year, b.year)
        case .phase: return order(a.phase, b.phase)
        case .progress: return order(a.progress.fraction, b.progress.fraction)
        case .deadline:
            switch (a.nextDeadline, b.nextDeadline) {
            case (nil, nil): return nil
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return order(x, y)
            }
        case .log: return order(a.logEntries30d, b.logEntries30d)
        case .ratings:
            return a.ratings.below != b.ratings.below ? a.ratings.below > b.ratings.below : order(a.ratings.beyond, b.ratings.beyond)
        case .plans: return order(a.openImprovementPlans, b.openImprovementPlans)
        }
    }
}


/// When an improvement plan runs: from the day it was agreed to its last monthly follow-up.
public struct PlanSpan: Equatable, Hashable, Sendable, Codable {
    public var created: LocalDate
    /// The last follow-up conversation; nil when none is set (the plan stays open).
    public var lastFollowUp: LocalDate?

    public init(created: LocalDate, lastFollowUp: LocalDate?) {
        self.created = created
        self.lastFollowUp = lastFollowUp
    }

    public init(_ plan: ImprovementPlan) {
        self.init(created: plan.created, lastFollowUp: plan.followUpDates.max())
    }

    /// Open on `date`: agreed by then, and its last follow-up not yet behind it.
    public func isOpen(on date: LocalDate) -> Bool {
        created <= date && (lastFollowUp.map { $0 >= date } ?? true)
    }
}

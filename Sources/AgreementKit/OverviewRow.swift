/// One line of the overview: an agreement's header and how it stands on a date — the progress
/// of its phase, its next deadline and whether that is overdue, its recent log activity, its
/// year-end ratings and its open improvement plans.
///
/// **Behind**, the one definition: on the date the overview is reckoned from, a step of the
/// year whose deadline has passed (the date is after it) is not done (`Agreement.isDone`).
/// The steps' dates are the agreement's own where set, else the wheel's, else the standard
/// ones (`StepDates`, the same rule as `Deadlines` for the wheel and the header). The next
/// deadline is the earliest step not done, so an agreement is behind exactly when its next
/// deadline is overdue.
public struct OverviewRow: Equatable, Hashable, Sendable, Identifiable {
    /// The log window: entries dated in the 30 days that end on the date reckoned from.
    public static let logWindowDays = 30

    public var id: String
    public var unit: String
    public var serviceArea: String
    public var leader: String
    public var contactPerson: String
    public var year: Int
    public var phase: Phase
    public var progress: PhaseProgress
    /// The earliest step not done, and when it is due; nil when every step is done.
    public var nextStep: YearStep?
    public var nextDeadline: LocalDate?
    /// The next deadline has passed: the agreement is behind.
    public var overdue: Bool
    public var logEntries30d: Int
    public var ratings: RatingCounts
    public var openImprovementPlans: Int
    public var commonGoals: [GoalAreaFacts]
    public var demo: Bool

    /// The line of an agreement in `municipality` (the wheels that apply to it may date its steps).
    public init(id: String, municipality: String, unit: String, serviceArea: String, leader: String, contactPerson: String, year: Int,
                phase: Phase, facts: OverviewFacts, on date: LocalDate, dates: StepDates) {
        self.id = id
        self.unit = unit
        self.serviceArea = serviceArea
        self.leader = leader
        self.contactPerson = contactPerson
        self.year = year
        self.phase = phase
        progress = facts.phaseProgress
        let next = dates.dated(facts.steps, year: year, municipality: municipality).first { !$0.done }
        nextStep = next?.step
        nextDeadline = next?.date
        overdue = next.map { date > $0.date } ?? false
        logEntries30d = facts.logDays.entries(inLast: Self.logWindowDays, endingOn: date)
        ratings = facts.ratings
        openImprovementPlans = facts.plans.filter { $0.isOpen(on: date) }.count
        commonGoals = facts.commonGoals
        demo = facts.demo
    }

    /// Behind on the date reckoned from (see the type's documentation).
    public var isBehind: Bool { overdue }

    /// The row's common goal area that is the same area as `key` (`GoalAreaFacts.key`).
    public func goal(_ key: String) -> GoalAreaFacts? {
        commonGoals.first { $0.key == key }
    }
}

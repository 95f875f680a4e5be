/// What the overview needs of one agreement beyond its header, computed once from the whole
/// agreement and kept in the store's index so the overview never decodes agreements: none of
/// it depends on the date the overview is reckoned from (see `OverviewRow` for what does).
public struct OverviewFacts: Equatable, Hashable, Sendable, Codable {
    /// Fields done and required in the current phase.
    public var phaseProgress: PhaseProgress
    /// The steps of the year with the agreement's own dates and whether each is done.
    public var steps: [YearStepFacts]
    /// The log's days, for "entries in the last 30 days".
    public var logDays: LogDays
    /// Goal-attainment ratings over every goal area.
    public var ratings: RatingCounts
    /// The improvement plans, for "open improvement plans".
    public var plans: [PlanSpan]
    /// The common goal areas (section 2.1), for the goal matrix.
    public var commonGoals: [GoalAreaFacts]
    /// True for generated demonstration data.
    public var demo: Bool

    public init(phaseProgress: PhaseProgress, steps: [YearStepFacts], logDays: LogDays, ratings: RatingCounts,
                plans: [PlanSpan], commonGoals: [GoalAreaFacts], demo: Bool) {
        self.phaseProgress = phaseProgress
        self.steps = steps
        self.logDays = logDays
        self.ratings = ratings
        self.plans = plans
        self.commonGoals = commonGoals
        self.demo = demo
    }

    public init(_ agreement: Agreement) {
        self.init(phaseProgress: agreement.phaseProgress,
                  steps: agreement.yearStepFacts,
                  logDays: LogDays(agreement.goalAreas.lazy.flatMap(\.rows).flatMap(\.log).map(\.date)),
                  ratings: RatingCounts(attainment: agreement.goalAreas),
                  plans: agreement.improvementPlans.map(PlanSpan.init),
                  commonGoals: agreement.goalAreas(in: .common).map { GoalAreaFacts($0, phase: agreement.phase) },
                  demo: agreement.demo)
    }
}

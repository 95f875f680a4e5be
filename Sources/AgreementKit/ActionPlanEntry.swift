/// What a code in an action plan names: an initiative, or a period goal with the initiative above it.
public struct ActionPlanEntry: Equatable, Sendable {
    public var mainGoal: MainGoal
    public var initiative: Initiative
    /// The period goal, when the code is a period goal's.
    public var periodGoal: PeriodGoal?

    public init(mainGoal: MainGoal, initiative: Initiative, periodGoal: PeriodGoal? = nil) {
        self.mainGoal = mainGoal
        self.initiative = initiative
        self.periodGoal = periodGoal
    }

    /// The code the entry was found by.
    public var code: String { periodGoal?.code ?? initiative.code }
}

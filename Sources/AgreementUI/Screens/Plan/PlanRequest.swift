import AgreementKit

/// What the action plans are loaded for: the plan view, or the choice of a row's links.
public enum PlanRequest: Equatable, Sendable {
    case view
    case links(row: ItemID)
}

/// The store's action plans as loaded for a request, with who serves them (from the index)
/// and the plan files that could not be used (worded).
public struct PlansLoaded: Equatable, Sendable {
    public var request: PlanRequest
    public var plans: [ActionPlan]
    public var participants: [PlanCoverage.Participant]
    public var problems: [String]

    public init(request: PlanRequest, plans: [ActionPlan], participants: [PlanCoverage.Participant] = [], problems: [String] = []) {
        self.request = request
        self.plans = plans
        self.participants = participants
        self.problems = problems
    }
}

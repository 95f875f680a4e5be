import AgreementKit

/// The content of `plans/<id>.json`: an action plan and the version of the plan format.
struct PlanFile: Codable {
    /// The plan format this build writes and reads; plans have their own versions.
    static let currentVersion = 1
    static let migration = SchemaMigration(steps: [:], currentVersion: currentVersion)

    var plan: ActionPlan
    var version: Int
}

/// The action plans of a store, and the plan files that could not be used (with their locations).
public struct PlanList: Sendable {
    public var plans: [ActionPlan]
    public var problems: [StoreError]

    public init(plans: [ActionPlan] = [], problems: [StoreError] = []) {
        self.plans = plans
        self.problems = problems
    }
}

/// Which units serve which items of an action plan: for every initiative and period goal the
/// rows that link to it, across the agreements of a store; what nobody serves stands out.
public struct PlanCoverage: Equatable, Sendable {
    /// An agreement's rows that link to plans, with what names the agreement.
    public struct Participant: Equatable, Sendable {
        public var id: String
        public var unit: String
        public var year: Int
        public var uses: [PlanUse]

        public init(id: String, unit: String, year: Int, uses: [PlanUse]) {
            self.id = id
            self.unit = unit
            self.year = year
            self.uses = uses
        }
    }

    /// One row serving a plan item.
    public struct Server: Equatable, Sendable {
        public var agreementID: String
        public var unit: String
        public var year: Int
        public var row: RowName
    }

    public let plan: ActionPlan
    /// The rows serving each code of the plan (initiatives' and period goals'), in store order.
    public let servers: [String: [Server]]

    public init(plan: ActionPlan, agreements: [Participant]) {
        self.plan = plan
        var servers: [String: [Server]] = [:]
        let codes = Set(plan.allCodes)
        for agreement in agreements {
            for use in agreement.uses {
                for link in use.links where link.plan == plan.id && codes.contains(link.code) {
                    servers[link.code, default: []].append(Server(agreementID: agreement.id, unit: agreement.unit, year: agreement.year, row: use.name))
                }
            }
        }
        self.servers = servers
    }

    /// The rows that serve a code.
    public func servers(of code: String) -> [Server] { servers[code] ?? [] }

    /// True when no row links to the period goal.
    public func isUnserved(_ goal: PeriodGoal) -> Bool { servers(of: goal.code).isEmpty }

    /// True when no row links to the initiative or to any of its period goals.
    public func isUnserved(_ initiative: Initiative) -> Bool {
        servers(of: initiative.code).isEmpty && initiative.periodGoals.allSatisfy(isUnserved)
    }

    /// The period goals no unit serves, in plan order.
    public var unservedPeriodGoals: [PeriodGoal] { plan.periodGoals.filter(isUnserved) }

    /// The initiatives with no unit goal at all, in plan order.
    public var unservedInitiatives: [Initiative] { plan.initiatives.filter(isUnserved) }
}

import AgreementKit
import Catalogue

/// The action plan across the store: the tree of the plan with, per period goal, the units and
/// rows that serve it, and the goals (and initiatives) no unit serves marked. Built from the
/// store's index when opened; `n`/`N` jump between the goals nobody serves.
public struct PlanState: ScreenState {
    public let plans: [ActionPlan]
    public let participants: [PlanCoverage.Participant]
    /// The plan shown, by place in `plans`.
    public internal(set) var current = 0
    /// The line under the cursor.
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0

    public init(plans: [ActionPlan], participants: [PlanCoverage.Participant]) {
        self.plans = plans
        self.participants = participants
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .plan }

    /// Who serves the plan shown.
    public var coverage: PlanCoverage? {
        plans.indices.contains(current) ? PlanCoverage(plan: plans[current], agreements: participants) : nil
    }

    public func lines(_ words: any Wording) -> [PlanLine] {
        coverage.map { PlanLine.lines($0, words: words) } ?? []
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .plan(let command) = action else { return .none }
        let lines = lines(core.words)
        let page = max(1, PlanView.bodyHeight(core.size) - 1)
        switch command {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor -= page
        case .pageDown: cursor += page
        case .first: cursor = 0
        case .last: cursor = lines.count - 1
        case .back: return .pop
        case .nextUnserved, .previousUnserved:
            let forward = command == .nextUnserved
            let order = forward ? Array(lines.indices.dropFirst(cursor + 1)) + Array(lines.indices.prefix(cursor + 1))
                : Array(lines.indices.prefix(cursor).reversed()) + Array(lines.indices.dropFirst(cursor).reversed())
            guard let next = order.first(where: { lines[$0].isUnservedGoal }) else {
                core.status = Status(core.words.indicatorInterface(.noUnservedGoals))
                return .none
            }
            cursor = next
        case .nextPlan:
            guard plans.count > 1 else {
                core.status = Status(core.words.indicatorInterface(.onePlanOnly))
                return .none
            }
            current = (current + 1) % plans.count
            cursor = 0
            scroll = 0
            return .none
        }
        cursor = min(max(0, cursor), max(0, lines.count - 1))
        let height = PlanView.bodyHeight(core.size)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        let count = lines(core.words).count
        cursor = min(cursor, max(0, count - 1))
        let height = PlanView.bodyHeight(core.size)
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        scroll = min(max(0, scroll), max(0, count - height))
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PlanView.draw(self, core, into: &screen)
    }
}

import AgreementKit
import Catalogue

extension AppState {
    /// The action plans are read: the plan view or the link chooser opens, or the status line
    /// says why not.
    mutating func plansLoaded(_ loaded: PlansLoaded) -> Outcome {
        let w = core.words
        if let first = loaded.problems.first {
            core.status = Status(w.indicatorInterface(.plansUnreadable(first: first, more: loaded.problems.count - 1)), kind: .warning)
        }
        guard !loaded.plans.isEmpty else {
            if loaded.problems.isEmpty { core.status = Status(w.indicatorInterface(.noPlanInStore), kind: .warning) }
            return .none
        }
        switch loaded.request {
        case .view:
            return .push(PlanState(plans: loaded.plans, participants: loaded.participants))
        case .links(let row):
            guard core.agreement?.row(row) != nil else { return .none }
            return .push(PlanLinksState(plans: loaded.plans, row: row, core: core))
        }
    }
}

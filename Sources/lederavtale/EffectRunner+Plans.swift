import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue

extension EffectRunner {
    /// The store's action plans and, for the plan view, which rows of which agreements link to
    /// them, from the index (no agreement is decoded unless its index entry is stale).
    func loadPlans(_ request: PlanRequest) -> PlansLoaded {
        let list = store.plans()
        var problems = list.problems.map(words.storeError)
        var participants: [PlanCoverage.Participant] = []
        if request == .view, !list.plans.isEmpty {
            do {
                let listed = try store.list()
                participants = listed.summaries.filter { !$0.planUses.isEmpty }.map {
                    PlanCoverage.Participant(id: $0.id, unit: $0.unit, year: $0.year, uses: $0.planUses)
                }
                problems += listed.problems.map(words.storeError)
            } catch {
                problems.append(words.storeError(error))
            }
        }
        return PlansLoaded(request: request, plans: list.plans, participants: participants, problems: problems)
    }
}

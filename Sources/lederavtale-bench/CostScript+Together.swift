import AgreementGenerator
import AgreementKit
import AgreementStore
import AgreementUI

/// The cost scripts of the screens that read more of the store than the open agreement: a field's
/// history and the action plan across the units (the plan also at 2,000 serving agreements).
extension CostScript {
    static let together: [CostScript] = [
        CostScript(name: "history", what: "a field's history of \(SampleHistory.edits) changes: down and up",
                   size: size, keys: [.down, .down, .down, .up, .up, .up]) {
            var state = try sample(size)
            let (field, records) = try SampleHistory.records(opening: &state)
            _ = state.update(.historyLoaded(field, records))
            guard state.keyContext == .history else { throw BenchFailure("the field's history did not open") }
            return state
        },
        CostScript(name: "plan", what: "the action plan of the samples and the demo municipality: down and up",
                   size: size, keys: [.down, .down, .down, .up, .up, .up]) {
            try plan(participants: SampleCatalog.agreements().map(AgreementSummary.init) + DemoMunicipality.agreements().map(AgreementSummary.init))
        },
        CostScript(name: "plan-2000", what: "the action plan served by 2,000 agreements: down and up",
                   size: size, keys: [.down, .down, .down, .up, .up, .up]) {
            try plan(servedBy: 2000)
        },
    ]

    /// The action plan view (`H` on the main screen of the sample), answered as the executable
    /// answers it: the shipped plans and the agreements whose rows link to them.
    static func plan(participants summaries: [AgreementSummary]) throws -> AppState {
        try plan(summaries.filter { !$0.planUses.isEmpty }.map {
            PlanCoverage.Participant(id: $0.id, unit: $0.unit, year: $0.year, uses: $0.planUses)
        })
    }

    /// The action plan with `count` units, each serving three of its codes with a row.
    static func plan(servedBy count: Int) throws -> AppState {
        let plans = try SampleCatalog.plans()
        guard let codes = plans.first?.allCodes, !codes.isEmpty, let id = plans.first?.id else { throw BenchFailure("the shipped action plan is missing") }
        var rng = SplitMix64(seed: 1, stream: 0)
        let participants = UnitCatalog.units(count: count, using: &rng).enumerated().map { index, unit in
            PlanCoverage.Participant(id: "enhet-\(index)", unit: unit.name, year: 2019, uses: (0..<3).map { row in
                PlanUse(rowID: ItemID("rad-\(row)"), area: "2.2 Økt læringsutbytte", targetNumber: "\(row + 1)", excerpt: "",
                        links: [PlanLink(plan: id, code: codes[(index * 7 + row * 3) % codes.count])])
            })
        }
        return try plan(participants)
    }

    private static func plan(_ participants: [PlanCoverage.Participant]) throws -> AppState {
        var state = try sample(size)
        guard state.update(.key(.character("H"))) == [.loadPlans(.view)] else { throw BenchFailure("H on the main screen did not ask for the action plan") }
        _ = state.update(.plansLoaded(PlansLoaded(request: .view, plans: try SampleCatalog.plans(), participants: participants)))
        guard state.keyContext == .plan else { throw BenchFailure("the action plan did not open") }
        return state
    }
}

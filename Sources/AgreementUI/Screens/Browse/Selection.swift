import AgreementKit

/// What the cursor of the goals pane stands on, resolved against the agreement.
public enum Selection: Equatable, Sendable {
    case none
    case about
    case checklist
    case goalArea(GoalArea)
    case row(GoalArea, GoalRow)
    case amendments
    case conditions
    case personalGoals

    init(node: GoalTree.Node, agreement: Agreement) {
        switch node {
        case .heading: self = .none
        case .about: self = .about
        case .checklist: self = .checklist
        case .amendments: self = .amendments
        case .conditions: self = .conditions
        case .personalGoals: self = .personalGoals
        case .goalArea(let id):
            self = agreement.goalArea(id).map { .goalArea($0) } ?? .none
        case .row(let areaID, let rowID):
            guard let area = agreement.goalArea(areaID), let row = area.rows.first(where: { $0.id == rowID }) else { self = .none; return }
            self = .row(area, row)
        }
    }

    /// The rows whose measures and log the other panes show.
    var rows: [GoalRow] {
        switch self {
        case .goalArea(let area): area.rows
        case .row(_, let row): [row]
        default: []
        }
    }

    /// The goal area selected, or the one of the selected row.
    var area: GoalArea? {
        switch self {
        case .goalArea(let area), .row(let area, _): area
        default: nil
        }
    }
}

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

    init(node: GoalTree.Node?, agreement: Agreement) {
        switch node {
        case .about: self = .about
        case .checklist: self = .checklist
        case .goalArea(let a) where agreement.goalAreas.indices.contains(a):
            self = .goalArea(agreement.goalAreas[a])
        case .row(let a, let r) where agreement.goalAreas.indices.contains(a) && agreement.goalAreas[a].rows.indices.contains(r):
            self = .row(agreement.goalAreas[a], agreement.goalAreas[a].rows[r])
        case .conditions: self = .conditions
        case .amendments: self = .amendments
        case .personalGoals: self = .personalGoals
        default: self = .none
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

    /// The measures pane's entries: measures, then support, of the selected row(s).
    var measureItems: [PaneItem] {
        let rows = rows
        guard !rows.isEmpty else {
            return [PaneItem(kind: .note, prefix: "", text: "Velg et målområde eller en rad for å se tiltak og støtte.")]
        }
        let showPrefix = rows.count > 1
        func prefix(_ row: GoalRow) -> String { showPrefix ? (row.targetNumber.isEmpty ? "•" : row.targetNumber) : "" }
        var items = [PaneItem(kind: .heading(.measure), prefix: "", text: "Tiltak")]
        let measures = rows.flatMap { row in row.measures.map { PaneItem(kind: .measure($0.id), prefix: prefix(row), text: $0.text) } }
        items += measures.isEmpty ? [PaneItem(kind: .note, prefix: "", text: "Ingen tiltak.")] : measures
        items.append(PaneItem(kind: .heading(.support), prefix: "", text: "Støtte"))
        let support = rows.flatMap { row in row.support.map { PaneItem(kind: .support($0.id), prefix: prefix(row), text: $0.text) } }
        items += support.isEmpty ? [PaneItem(kind: .note, prefix: "", text: "Ingen støtte.")] : support
        return items
    }

    /// The log pane's entries, by date.
    var logItems: [PaneItem] {
        let rows = rows
        guard !rows.isEmpty else {
            return [PaneItem(kind: .note, prefix: "", text: "Velg et målområde eller en rad for å se loggen.")]
        }
        let showPrefix = rows.count > 1
        let entries = rows.flatMap { row in
            row.log.map { entry in
                PaneItem(kind: .log(entry.id), prefix: showPrefix ? (row.targetNumber.isEmpty ? "•" : row.targetNumber) : "", text: entry.text, date: entry.date)
            }
        }
        guard !entries.isEmpty else {
            return [PaneItem(kind: .note, prefix: "", text: "Ingen loggføringer ennå.")]
        }
        return entries.enumerated().sorted { a, b in
            (a.element.date!, a.offset) < (b.element.date!, b.offset)
        }.map(\.element)
    }
}

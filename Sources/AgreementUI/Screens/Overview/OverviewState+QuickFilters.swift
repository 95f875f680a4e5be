import AgreementKit
import Catalogue

extension OverviewState {
    /// A quick filter's key: "mine" and "behind" turn on and off; service area, phase and year
    /// step through the values the rows have, then back to all. The status line says what is shown.
    mutating func toggle(_ command: OverviewCommand, core: inout AppCore) {
        let w = core.words
        var shown: String?
        var cleared: OverviewQuickFilter?
        switch command {
        case .mine:
            let me = core.session.person.trimmingCharacters(in: .whitespaces)
            if filter.contactPerson != nil {
                filter.contactPerson = nil
                cleared = .mine
            } else if me.isEmpty {
                core.status = Status(w.overview(.noName), kind: .warning)
                return
            } else {
                filter.contactPerson = me
                shown = w.overview(.mine)
            }
        case .serviceArea:
            let areas = Set(table.rows.map(\.serviceArea).filter { !$0.isEmpty }).sorted(by: NorwegianOrder.less)
            filter.serviceArea = next(after: filter.serviceArea, in: areas)
            shown = filter.serviceArea
            if shown == nil { cleared = .serviceArea }
        case .phase:
            filter.phase = next(after: filter.phase, in: Phase.allCases)
            shown = filter.phase.map(w.phase)
            if shown == nil { cleared = .phase }
        case .year:
            let years = Set(table.rows.map(\.year)).sorted(by: >)
            filter.year = next(after: filter.year, in: years)
            shown = filter.year.map(String.init)
            if shown == nil { cleared = .year }
        case .behind:
            filter.behindOnly.toggle()
            shown = filter.behindOnly ? w.overview(.behindOnly) : nil
            if shown == nil { cleared = .behind }
        default:
            return
        }
        refilter(keeping: selectedID)
        if let shown { core.status = Status(w.overview(.showingOnly(shown))) }
        if let cleared { core.status = Status(w.overview(.showingAll(cleared))) }
    }

    /// The value after `current` in `values`, or nil after the last (and the first after nil).
    private func next<T: Equatable>(after current: T?, in values: [T]) -> T? {
        guard let current else { return values.first }
        guard let i = values.firstIndex(of: current), i + 1 < values.count else { return nil }
        return values[i + 1]
    }

    /// The quick filters that are on, as chips for the filter line.
    func chips(_ core: AppCore) -> [String] {
        let w = core.words
        var chips: [String] = []
        if let person = filter.contactPerson {
            chips.append(person == core.session.person.trimmingCharacters(in: .whitespaces) ? w.overview(.mine) : w.overview(.contactPerson(person)))
        }
        if let area = filter.serviceArea { chips.append(w.overview(.serviceArea(area))) }
        if let phase = filter.phase { chips.append(w.overview(.phase(w.phase(phase)))) }
        if let year = filter.year { chips.append(w.overview(.year(year))) }
        if filter.behindOnly { chips.append(w.overview(.behindOnly)) }
        return chips
    }
}

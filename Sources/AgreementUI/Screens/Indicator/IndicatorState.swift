import AgreementKit
import Catalogue

/// One measured indicator full screen: its definition, a chart of the series with the target
/// as a line, and the series as a table, a line per period. The cursor is on the definition
/// (nil) or on a period, by value, so it stays put when values are added around it.
public struct IndicatorState: ScreenState {
    public let id: ItemID
    /// The period under the cursor; nil on the definition line.
    public internal(set) var period: Period?
    public internal(set) var scroll = 0

    public init(_ id: ItemID) {
        self.id = id
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .indicator }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .indicator(let command) = action else { return .none }
        guard let indicator = core.agreement?.indicator(id), let row = core.agreement?.row(ofIndicator: id) else {
            return command == .back ? .pop : .none
        }
        let periods = indicator.periods
        let at = period.flatMap { periods.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let page = max(1, IndicatorView.tableHeight(core.size) - 1)
        switch command {
        case .up: move(to: at - 1, periods, core)
        case .down: move(to: at + 1, periods, core)
        case .pageUp: move(to: at - page, periods, core)
        case .pageDown: move(to: at + page, periods, core)
        case .first: move(to: 0, periods, core)
        case .last: move(to: periods.count, periods, core)
        case .back: return .pop
        case .edit:
            guard let period else {
                guard core.allows(.indicator, amending: true) else { return .none }
                let amending = core.editability(.indicator) == .needsAmendment
                if amending { core.say(.amendmentNote, .warning) }
                return .push(FormState(.indicator(row: row.id, editing: id), core: core, amending: amending))
            }
            return ScorecardState.beginValue(id, kind: .result, period: period, &core)
        case .addResult:
            return ScorecardState.beginValue(id, kind: .result, period: nil, &core)
        case .addTarget:
            return ScorecardState.beginValue(id, kind: .target, period: period, &core)
        case .addComparison:
            let kind = period.flatMap { p in IndicatorValueKind.allCases.first { $0.comparison != nil && indicator.value($0, for: p) != nil } } ?? .national
            return ScorecardState.beginValue(id, kind: kind, period: period, &core)
        case .delete:
            guard let period else {
                guard core.allows(.indicator, amending: true) else { return .none }
                return .push(DialogState(.delete(.indicator(id)), core: core))
            }
            // The values of the period one at a time, the result first: the question names which.
            let order: [IndicatorValueKind] = [.result, .target, .national, .municipality, .serviceArea, .baseline]
            guard let kind = order.first(where: { indicator.value($0, for: period) != nil }) else { return .none }
            guard core.allows(kind.fieldKind, amending: true) else { return .none }
            return .push(DialogState(.delete(.indicatorValue(indicator: id, kind: kind, period: period)), core: core))
        }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        guard let indicator = core.agreement?.indicator(id) else { return }
        let periods = indicator.periods
        if let period, !periods.contains(period) {
            // Its values are gone: the period before it, else the one after, else the definition.
            self.period = periods.last { $0 < period } ?? periods.first
        }
        scrollIntoView(periods, core)
    }

    public mutating func reveal(_ target: Reveal, core: inout AppCore) {}

    public func render(_ core: AppCore, into screen: inout Screen) {
        IndicatorView.draw(self, core, into: &screen)
    }

    private mutating func move(to index: Int, _ periods: [Period], _ core: AppCore) {
        let clamped = min(max(0, index), periods.count)
        period = clamped == 0 ? nil : periods[clamped - 1]
        scrollIntoView(periods, core)
    }

    private mutating func scrollIntoView(_ periods: [Period], _ core: AppCore) {
        let height = max(1, IndicatorView.tableHeight(core.size) - 1)
        guard let period, let i = periods.firstIndex(of: period) else {
            scroll = 0
            return
        }
        if i < scroll { scroll = i }
        if i >= scroll + height { scroll = i - height + 1 }
        scroll = min(max(0, scroll), max(0, periods.count - height))
    }
}

import AgreementKit

/// One line of the scorecard: a perspective heading, a goal row, or an indicator of it.
public enum ScorecardLine: Equatable, Sendable {
    case perspective(Perspective?)
    case goal(area: ItemID, row: ItemID)
    case indicator(ItemID, row: ItemID)

    /// The lines of an agreement's scorecard: indicators grouped by perspective (in the
    /// scorecard's order, those without one last), under their goal rows in form order.
    static func lines(of agreement: Agreement) -> [ScorecardLine] {
        let all = agreement.allIndicators
        var lines: [ScorecardLine] = []
        for perspective in Perspective.allCases.map(Optional.some) + [nil] {
            let group = all.filter { $0.indicator.perspective == perspective }
            guard !group.isEmpty else { continue }
            lines.append(.perspective(perspective))
            var lastRow: ItemID?
            for (area, row, indicator) in group {
                if row.id != lastRow { lines.append(.goal(area: area.id, row: row.id)) }
                lastRow = row.id
                lines.append(.indicator(indicator.id, row: row.id))
            }
        }
        return lines
    }

    /// The indicator of an indicator line.
    var indicator: ItemID? {
        if case .indicator(let id, _) = self { return id }
        return nil
    }
}

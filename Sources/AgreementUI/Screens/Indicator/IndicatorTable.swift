import AgreementKit
import Catalogue

/// The table of an indicator's periods: result, target, comparisons, status and source, a line
/// per period; the baseline marked as such, and periods from last year's agreement with `*`.
enum IndicatorTable {
    static func draw(_ state: IndicatorState, _ indicator: Indicator, _ core: AppCore, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        let w = core.words
        let wide = rect.width >= 110
        var widths = [13, 11, 11, 11]
        var titles: [IndicatorScreenText] = [.columnPeriod, .columnResult, .columnTarget, .columnNational]
        if wide {
            widths += [11, 11]
            titles += [.columnMunicipality, .columnServiceArea]
        }
        widths.append(16)
        titles.append(.columnStatus)
        let source = max(6, rect.width - widths.reduce(0, +))
        widths.append(source)
        titles.append(.columnSource)
        func cells(_ texts: [(String, Role)]) -> [Span] {
            zip(texts, widths).map { text, width in Span(TextLayout.pad(TextLayout.truncate(text.0, to: width - 1), to: width), text.1) }
        }
        screen.put(cells(titles.map { (w.indicatorScreen($0), .title) }), x: rect.x, y: rect.y, width: rect.width)
        let periods = indicator.periods
        if periods.isEmpty {
            screen.put(w.indicatorScreen(.noValues), x: rect.x, y: rect.y + 1, role: .muted, limit: rect.width)
            return
        }
        for (i, period) in periods.dropFirst(state.scroll).prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + i
            func value(_ kind: IndicatorValueKind) -> String {
                indicator.value(kind, for: period).map { w.measurement($0.value, indicator.unit) } ?? ""
            }
            let result = indicator.value(.result, for: period)
            let isBaseline = indicator.baseline?.period == period
            // A period before the agreement's year came with the row from last year's agreement.
            let earlier = core.agreement.map { $0.carriedFrom != nil && period.year < $0.header.year } ?? false
            var row: [(String, Role)] = [((earlier ? "*" : "") + w.periodShort(period), earlier ? .muted : .normal)]
            row.append(result != nil ? (value(.result), .phaseOrange) : isBaseline ? (value(.baseline), .muted) : ("", .normal))
            row += [(value(.target), .phaseBlue), (value(.national), .normal)]
            if wide { row += [(value(.municipality), .normal), (value(.serviceArea), .normal)] }
            if let result {
                let status = IndicatorSummary.status(indicator.status(of: result), glyphs: core.session.glyphs, words: w)
                row.append((status.text, status.role))
            } else {
                row.append((isBaseline ? w.indicatorScreen(.baselineMark) : "", .muted))
            }
            let sources = IndicatorValueKind.allCases.compactMap { indicator.value($0, for: period)?.source }.filter { !$0.isEmpty }
            row.append((sources.first ?? "", .muted))
            screen.put(cells(row), x: rect.x, y: y, width: rect.width)
            if period == state.period { screen.setRole(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
        }
        if periods.count > rect.height - 1 {
            if state.scroll > 0 { screen.put("↑", x: rect.maxX - 1, y: rect.y + 1, role: .muted) }
            if state.scroll + rect.height - 1 < periods.count { screen.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, role: .muted) }
        }
    }
}

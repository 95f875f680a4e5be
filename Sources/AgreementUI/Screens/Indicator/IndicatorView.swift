import AgreementKit
import Catalogue

/// An indicator full screen: what it measures and where it started, a chart of the series
/// with the target as a dashed line, and the table of every period.
enum IndicatorView {
    /// Lines of the chart for a terminal size (its last line holds the periods).
    static func chartHeight(_ size: Size) -> Int { max(4, min(12, (size.height - 10) / 2)) }

    /// Lines of the table, its heading included.
    static func tableHeight(_ size: Size) -> Int { max(2, size.height - 11 - chartHeight(size)) }

    static func draw(_ state: IndicatorState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let indicator = core.agreement?.indicator(state.id)
        screen.frame(frame, title: w.indicatorScreen(.indicatorTitle(indicator?.name ?? "")), focused: true)
        let inner = MainLayout.inner(frame)
        FooterView.draw(core, context: .indicator, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
        guard let agreement = core.agreement, let indicator, let place = agreement.place(ofIndicator: state.id) else {
            screen.put(w.interface(.noteDeleted(w.itemNoun(.indicator(state.id)), "")), x: inner.x, y: inner.y, role: .muted, limit: inner.width)
            return
        }
        var y = inner.y
        screen.put(w.indicatorScreen(.goal(w.rowName(RowName(place.row, in: place.area)))), x: inner.x, y: y, role: .phaseBlue, limit: inner.width)
        y += 1
        let definition = w.indicatorScreen(.measuredIn(unit: w.unitName(indicator.unit), better: w.better(indicator.better), perspective: w.perspective(indicator.perspective)))
        screen.put([Span("B ", .phaseBlue), Span(definition)], x: inner.x, y: y, width: inner.width)
        if state.period == nil { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        y += 1
        let baseline = indicator.baseline.map { w.indicatorScreen(.baseline(value: w.measurement($0.value, indicator.unit), period: w.period($0.period))) }
            ?? w.indicatorScreen(.noBaseline)
        let summary = IndicatorSummary.status(indicator.status, glyphs: core.session.glyphs, words: w)
        screen.put([Span("  " + baseline + "  ·  "), Span(IndicatorSummary.target(indicator, words: w), .phaseBlue), Span("  ·  "), summary],
                   x: inner.x, y: y, width: inner.width)
        y += 2
        let chartHeight = chartHeight(size)
        var legend = [Span(w.indicatorScreen(.chartTitle), .title), Span("   " + String(core.session.glyphs.targetLine) + String(core.session.glyphs.targetLine) + " "),
                      Span(w.indicatorScreen(.targetLegend), .muted)]
        // Values carried with the row from last year's agreement are marked (* in the table).
        if agreement.carriedFrom != nil, indicator.periods.contains(where: { $0.year < agreement.header.year }) {
            legend.append(Span("   " + w.indicatorScreen(.earlierYears(before: agreement.header.year, from: agreement.carriedFrom)), .muted))
        }
        screen.put(legend, x: inner.x, y: y, width: inner.width)
        y += 1
        let chart = BarChart(bars: bars(indicator, words: w), glyphs: core.session.glyphs, format: { w.measurement($0, indicator.unit) })
        let lines = chart.lines(width: inner.width, height: chartHeight)
        if lines.isEmpty {
            screen.put(w.indicatorScreen(.noValues), x: inner.x, y: y, role: .muted, limit: inner.width)
        }
        for (i, spans) in lines.enumerated() { screen.put(spans, x: inner.x, y: y + i, width: inner.width) }
        y += chartHeight + 1
        IndicatorTable.draw(state, indicator, core, in: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), into: &screen)
    }

    /// The bars of the series: the baseline muted, each result in the role of its status.
    static func bars(_ indicator: Indicator, words w: any Wording) -> [BarChart.Bar] {
        indicator.series.map { point in
            let target = indicator.target(for: point.period)?.value
            let role: Role
            if point.isBaseline {
                role = .muted
            } else if let target {
                role = indicator.better.meets(point.value, target: target) ? .met : .notMet
            } else {
                role = .phaseOrange
            }
            return BarChart.Bar(label: w.periodShort(point.period), value: point.value, target: target, role: role)
        }
    }
}

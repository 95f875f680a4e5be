import AgreementKit
import Catalogue

/// The cells that sum an indicator up — target, last result, national average, status, trend —
/// as the scorecard, the indicator view and a row's detail show them. Status and trend always
/// carry a glyph and words or an arrow, never colour alone.
enum IndicatorSummary {
    /// "≤ 5,2 %", or "–" without a target.
    static func target(_ indicator: Indicator, words w: any Wording) -> String {
        guard let target = indicator.currentTarget else { return "–" }
        return (indicator.better == .lower ? "≤ " : "≥ ") + w.measurement(target.value, indicator.unit)
    }

    /// "6 %", or "–" without a result.
    static func last(_ indicator: Indicator, words w: any Wording) -> String {
        indicator.lastResult.map { w.measurement($0.value, indicator.unit) } ?? "–"
    }

    static func national(_ indicator: Indicator, words w: any Wording) -> String {
        indicator.comparison(.national).map { w.measurement($0.value, indicator.unit) } ?? "–"
    }

    /// The status glyph and words in their role: "✓ mål nådd", "✗ ikke nådd", "– uten mål".
    static func status(_ status: IndicatorStatus, glyphs: Glyphs, words w: any Wording) -> Span {
        switch status {
        case .met: Span("\(glyphs.met) \(w.indicatorStatus(status))", .met)
        case .notMet: Span("\(glyphs.notMet) \(w.indicatorStatus(status))", .notMet)
        case .noResult, .noTarget: Span("\(glyphs.noData) \(w.indicatorStatus(status))", .muted)
        }
    }

    /// The trend arrow, in the role of better or worse: "▲", "▼", "►"; empty with one point.
    static func arrow(_ indicator: Indicator, glyphs: Glyphs) -> Span {
        guard let trend = indicator.trend else { return Span("") }
        let role: Role = trend.improving.map { $0 ? .met : .notMet } ?? .muted
        return switch trend.direction {
        case .up: Span(glyphs.up, role)
        case .down: Span(glyphs.down, role)
        case .flat: Span(glyphs.flat, role)
        }
    }

    /// The sparkline of the series in `width` cells, then the arrow.
    static func trend(_ indicator: Indicator, width: Int, glyphs: Glyphs) -> [Span] {
        let spark = Sparkline.text(indicator.series.map(\.value), width: max(1, width - 2), glyphs: glyphs)
        return [Span(spark), Span(" "), arrow(indicator, glyphs: glyphs)]
    }

    /// One line for a row's detail: "Sykefravær ▁█ ▼ 6 % (1. kvartal 2013) · mål ≤ 5,2 % · ✗ ikke nådd".
    static func line(_ indicator: Indicator, glyphs: Glyphs, words w: any Wording) -> String {
        var parts: [String] = []
        let spark = Sparkline.text(indicator.series.map(\.value), width: 12, glyphs: glyphs)
        let arrow = self.arrow(indicator, glyphs: glyphs).text
        parts.append([indicator.name, spark, arrow].filter { !$0.isEmpty }.joined(separator: " "))
        parts.append(indicator.lastResult.map { w.indicatorScreen(.lastValue(value: w.measurement($0.value, indicator.unit), period: w.period($0.period))) }
            ?? w.indicatorScreen(.noResultYet))
        parts.append(indicator.currentTarget.map { w.indicatorScreen(.target(value: w.measurement($0.value, indicator.unit), better: indicator.better)) }
            ?? w.indicatorScreen(.noTargetSet))
        parts.append(status(indicator.status, glyphs: glyphs, words: w).text)
        return parts.joined(separator: " · ")
    }
}

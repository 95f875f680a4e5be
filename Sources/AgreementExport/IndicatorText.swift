import AgreementKit
import Catalogue

/// The words of a measured indicator in the exports, shared by Markdown, HTML and CSV: the
/// scorecard's cells, the line under a row's target, the series as rows of a table.
struct IndicatorText {
    let words: any Wording

    /// "≤ 5,2 %", or "–".
    func target(_ indicator: Indicator) -> String {
        guard let target = indicator.currentTarget else { return "–" }
        return (indicator.better == .lower ? "≤ " : "≥ ") + words.measurement(target.value, indicator.unit)
    }

    /// "6 % (1. kvartal 2013)", or "–".
    func last(_ indicator: Indicator) -> String {
        indicator.lastResult.map { words.indicatorScreen(.lastValue(value: words.measurement($0.value, indicator.unit), period: words.period($0.period))) } ?? "–"
    }

    func national(_ indicator: Indicator) -> String {
        indicator.comparison(.national).map { words.indicatorScreen(.lastValue(value: words.measurement($0.value, indicator.unit), period: words.period($0.period))) } ?? "–"
    }

    /// The status in words, with its sign: "✓ mål nådd", "✗ ikke nådd", "– uten mål".
    func status(_ status: IndicatorStatus) -> String {
        let sign = switch status {
        case .met: "✓"
        case .notMet: "✗"
        case .noResult, .noTarget: "–"
        }
        return "\(sign) \(words.indicatorStatus(status))"
    }

    /// What it measures: unit, direction, perspective and baseline.
    func definition(_ indicator: Indicator) -> String {
        words.indicatorExport(.definition(unit: words.unitName(indicator.unit), better: words.better(indicator.better),
                                          perspective: words.perspective(indicator.perspective),
                                          baseline: indicator.baseline.map { words.indicatorScreen(.lastValue(value: words.measurement($0.value, indicator.unit), period: words.period($0.period))) }))
    }

    /// The line under a row's target: "Målt: Sykefravær – 6 % (1. kvartal 2013) · mål ≤ 5,2 % · ✗ ikke nådd".
    func measured(_ indicator: Indicator) -> String {
        var parts = [indicator.lastResult == nil ? indicator.name : "\(indicator.name) – \(last(indicator))"]
        if let target = indicator.currentTarget {
            parts.append(words.indicatorScreen(.target(value: words.measurement(target.value, indicator.unit), better: indicator.better)))
        }
        parts.append(status(indicator.status))
        return words.indicatorExport(.measured(parts.joined(separator: " · ")))
    }

    /// "Handlingsplan: S.1, 1.a (kuo-2018-2021)", or nil without links.
    func planLinks(_ links: [PlanLink]) -> String? {
        guard !links.isEmpty else { return nil }
        var plans: [String] = []
        for link in links where !plans.contains(link.plan) { plans.append(link.plan) }
        let text = plans.map { plan in links.filter { $0.plan == plan }.map(\.code).joined(separator: ", ") + " (\(plan))" }.joined(separator: "; ")
        return words.indicatorExport(.planLinks(text))
    }

    /// The scorecard's column titles.
    var scorecardColumns: [String] {
        [.columnPerspective, .columnRow, .columnIndicator, .columnTarget, .columnLast, .columnNational, .columnStatus].map(words.indicatorExport)
    }

    /// The scorecard's rows: perspective, row, indicator, target, last result, national average, status.
    func scorecardRows(_ agreement: Agreement) -> [[String]] {
        let order = Perspective.allCases.map(Optional.some) + [nil]
        return order.flatMap { perspective in
            agreement.allIndicators.filter { $0.indicator.perspective == perspective }.map { area, row, indicator in
                [words.perspective(perspective), words.rowName(RowName(row, in: area)), indicator.name, target(indicator), last(indicator),
                 national(indicator), status(indicator.status)]
            }
        }
    }

    /// The series table's column titles.
    var seriesColumns: [String] {
        [.columnPeriod, .columnResult, .columnTarget, .columnNational, .columnMunicipality, .columnServiceArea, .columnStatus, .columnSource].map(words.indicatorExport)
    }

    /// A row per period: result (or the baseline, marked), target, comparisons, status, source.
    func seriesRows(_ indicator: Indicator) -> [[String]] {
        indicator.periods.map { period in
            func value(_ kind: IndicatorValueKind) -> String {
                indicator.value(kind, for: period).map { words.measurement($0.value, indicator.unit) } ?? ""
            }
            let result = indicator.value(.result, for: period)
            let isBaseline = result == nil && indicator.baseline?.period == period
            let status = result.map { self.status(indicator.status(of: $0)) } ?? (isBaseline ? words.indicatorExport(.baselineMark) : "")
            let sources = IndicatorValueKind.allCases.compactMap { indicator.value($0, for: period)?.source }.filter { !$0.isEmpty }
            var seen: [String] = []
            for source in sources where !seen.contains(source) { seen.append(source) }
            return [words.period(period), isBaseline ? value(.baseline) : value(.result), value(.target), value(.national), value(.municipality),
                    value(.serviceArea), status, seen.joined(separator: "; ")]
        }
    }

    /// The CSV cell of a row's indicators: "Sykefravær (%): utgangspunkt 2012-Q1 14; resultat 2013-Q1 6".
    func csvCell(_ row: GoalRow) -> String {
        row.indicators.map { indicator in
            var values: [String] = []
            if let b = indicator.baseline { values.append("\(words.valueKind(.baseline)) \(b.period.id) \(words.number(b.value))") }
            for kind in [IndicatorValueKind.target, .result, .national, .municipality, .serviceArea] {
                for p in indicator.periods {
                    if let v = indicator.value(kind, for: p) { values.append("\(words.valueKind(kind)) \(p.id) \(words.number(v.value))") }
                }
            }
            return "\(indicator.name) (\(words.unitName(indicator.unit))): " + values.joined(separator: "; ")
        }.joined(separator: "\n")
    }
}

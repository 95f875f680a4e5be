import AgreementKit

/// The scorecard in the HTML export: the table like the form's, then a figure per measured
/// indicator with its definition, an inline SVG chart and its series as a table.
extension HTMLExport {
    /// The extra rules of the scorecard and its charts (no "<" or "&", so the page stays XML).
    static let scorecardCSS = """
    table.scorecard td.status, table.series td.status { white-space: nowrap; font-weight: 700; }
    figure.indicator { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
    figure.indicator figcaption { font-weight: 700; margin-bottom: 0.3em; }
    svg.chart { display: block; max-width: 100%; height: auto; margin: 0.4em 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
    svg.chart .scale, svg.chart .period, svg.chart .value, svg.chart .target-label { fill: #000000; }
    p.plan-links { font-size: 0.9em; }
    """

    func scorecard() -> String {
        let all = agreement.allIndicators
        guard !all.isEmpty else { return "" }
        let text = IndicatorText(words: words)
        func table(_ columns: [String], _ rows: [[String]], class cls: String, statusColumn: Int) -> String {
            let head = H.element("tr", columns.map { H.element("th", [("scope", "col")], H.escape($0)) }.joined())
            let body = rows.map { row in
                H.element("tr", row.enumerated().map { i, cell in
                    H.element("td", i == statusColumn ? [("class", "status")] : [], H.escape(cell, lineBreaks: true))
                }.joined())
            }.joined()
            return H.element("table", class: cls, H.element("thead", head) + H.element("tbody", body))
        }
        var html = H.element("h2", H.escape(words.indicatorExport(.scorecardHeading)))
            + H.element("p", H.escape(words.indicatorExport(.scorecardIntro)))
            + table(text.scorecardColumns, text.scorecardRows(agreement), class: "scorecard", statusColumn: 6)
        for (n, (area, row, indicator)) in all.enumerated() {
            let caption = words.indicatorExport(.seriesHeading(indicator: indicator.name, row: words.rowName(RowName(row, in: area))))
            let rows = text.seriesRows(indicator)
            html += H.element("figure", [("class", "indicator"), ("data-indicator", indicator.id.rawValue)],
                              H.element("figcaption", H.escape(caption))
                                  + H.element("p", class: "definition", H.escape(text.definition(indicator)))
                                  + IndicatorSVG.chart(indicator, id: "indikator-\(n + 1)", words: words)
                                  + (rows.isEmpty ? "" : table(text.seriesColumns, rows, class: "series", statusColumn: 6)))
        }
        return H.element("section", [("class", "part"), ("id", "styringskort")], html)
    }
}

import AgreementKit

/// The scorecard in the Markdown export: a table like the form's, then each measured
/// indicator with what it measures and its series as a table, the numbers written out.
extension MarkdownExport {
    func scorecard() -> [String] {
        guard !agreement.allIndicators.isEmpty else { return [] }
        let text = IndicatorText(words: form.words)
        let words = form.words
        var parts = ["## " + MarkdownText.heading(words.indicatorExport(.scorecardHeading)), MarkdownText.inline(words.indicatorExport(.scorecardIntro)),
                     MarkdownText.table(text.scorecardColumns.map(MarkdownText.heading), text.scorecardRows(agreement).map { $0.map(MarkdownText.cell) })]
        for (area, row, indicator) in agreement.allIndicators {
            parts.append("### " + MarkdownText.heading(words.indicatorExport(.seriesHeading(indicator: indicator.name, row: words.rowName(RowName(row, in: area))))))
            parts.append(MarkdownText.inline(text.definition(indicator)))
            let rows = text.seriesRows(indicator)
            if !rows.isEmpty { parts.append(MarkdownText.table(text.seriesColumns.map(MarkdownText.heading), rows.map { $0.map(MarkdownText.cell) })) }
        }
        return parts
    }
}

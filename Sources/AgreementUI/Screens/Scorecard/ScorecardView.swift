import AgreementKit
import Catalogue

/// The scorecard full screen: a table like the form's — perspective, goal, then per indicator
/// its target, last result, national average, status and trend.
enum ScorecardView {
    /// The columns' widths for an inner width: the name takes what the others leave.
    struct Columns {
        var name: Int
        var target = 10
        var last = 9
        var period: Int
        var national = 11
        var status = 16
        var trend: Int

        init(width: Int) {
            period = width >= 110 ? 12 : 0
            trend = width >= 110 ? 14 : 10
            name = max(8, width - (target + last + period + national + status + trend) - 1)
        }
    }

    /// Lines of the table body (inside the frame, under the column heading).
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 6) }

    static func draw(_ state: ScorecardState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let h = core.agreement?.header
        screen.frame(frame, title: w.indicatorScreen(.scorecardTitle(unit: h?.unit ?? "", year: h?.year ?? 0)), focused: true)
        let inner = MainLayout.inner(frame)
        let columns = Columns(width: inner.width)
        screen.put(heading(columns, words: w), x: inner.x, y: inner.y, width: inner.width)
        if state.lines.isEmpty {
            for (i, text) in (TextLayout.wrap(w.indicatorScreen(.scorecardEmpty), width: inner.width)
                + [""] + TextLayout.wrap(w.indicatorScreen(.scorecardEmptyHint), width: inner.width)).enumerated() where i + 2 < inner.height {
                screen.put(text, x: inner.x, y: inner.y + 2 + i, role: .muted, limit: inner.width)
            }
        }
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        if let agreement = core.agreement {
            for (i, line) in state.lines.dropFirst(state.scroll).prefix(body.height).enumerated() {
                let y = body.y + i
                screen.put(row: state.cells(at: state.scroll + i, of: agreement, columns, width: body.width, core), x: body.x, y: y)
                if line.indicator != nil, line.indicator == state.cursor {
                    screen.setRole(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection)
                }
            }
        }
        if state.lines.count > body.height {
            ScrollMark.draw(first: state.scroll, visible: body.height, total: state.lines.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: .scorecard, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    private static func cell(_ text: String, _ width: Int, _ role: Role = .normal) -> Span {
        Span(TextLayout.pad(TextLayout.truncate(text, to: width - 1), to: width), role)
    }

    private static func heading(_ c: Columns, words w: any Wording) -> [Span] {
        var spans = [cell(w.indicatorScreen(.columnIndicator), c.name + 1, .title), cell(w.indicatorScreen(.columnTarget), c.target, .title),
                     cell(w.indicatorScreen(.columnLast), c.last, .title)]
        if c.period > 0 { spans.append(cell(w.indicatorScreen(.columnPeriod), c.period, .title)) }
        spans += [cell(w.indicatorScreen(.columnNational), c.national, .title), cell(w.indicatorScreen(.columnStatus), c.status, .title),
                  cell(w.indicatorScreen(.columnTrend), c.trend, .title)]
        return spans
    }

    static func spans(_ line: ScorecardLine, _ agreement: Agreement, _ c: Columns, _ core: AppCore) -> [Span] {
        let w = core.words
        switch line {
        case .perspective(let perspective):
            return [Span(w.perspective(perspective), .title)]
        case .goal(let areaID, let rowID):
            guard let area = agreement.goalArea(areaID), let row = area.rows.first(where: { $0.id == rowID }) else { return [] }
            return [Span("  " + w.rowName(RowName(row, in: area)), .phaseBlue)]
        case .indicator(let id, _):
            guard let indicator = agreement.indicator(id) else { return [] }
            let glyphs = core.session.glyphs
            var spans = [cell("    " + indicator.name, c.name + 1), cell(IndicatorSummary.target(indicator, words: w), c.target, .phaseBlue),
                         cell(IndicatorSummary.last(indicator, words: w), c.last, .phaseOrange)]
            if c.period > 0 { spans.append(cell(indicator.lastResult.map { w.periodShort($0.period) } ?? "", c.period, .muted)) }
            let status = IndicatorSummary.status(indicator.status, glyphs: glyphs, words: w)
            spans += [cell(IndicatorSummary.national(indicator, words: w), c.national), cell(status.text, c.status, status.role)]
            spans += IndicatorSummary.trend(indicator, width: c.trend, glyphs: glyphs)
            return spans
        }
    }
}

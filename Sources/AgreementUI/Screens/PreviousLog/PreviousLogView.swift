import AgreementKit
import Catalogue

/// Last year's log of a row: a heading, then each entry with its date (orange) and the measure
/// it reports on, wrapped to the width.
enum PreviousLogView {
    /// The lines of the log at the terminal's width.
    static func lines(_ log: PreviousLog, core: AppCore) -> [[Span]] {
        let w = core.words
        let width = max(10, core.size.width - 4)
        var lines: [[Span]] = [[Span(w.yearStart(.previousLogReadOnly), .muted)], []]
        if log.entries.isEmpty { lines.append([Span(w.screen(.noLogEntries), .muted)]) }
        // Dates as the language writes them (14.03.2011, 14 Mar 2011); the text lines up after the widest.
        let dates = log.entries.map { w.date($0.date) }
        let indent = (dates.map(DisplayWidth.of).max() ?? 10) + 1
        let blank = String(repeating: " ", count: indent)
        for (entry, date) in zip(log.entries, dates) {
            for (i, line) in TextLayout.wrap(entry.text, width: width - indent).enumerated() {
                lines.append([Span(i == 0 ? date + String(repeating: " ", count: indent - DisplayWidth.of(date)) : blank, .phaseOrange), Span(line)])
            }
            if let measure = entry.measure {
                for line in TextLayout.wrap(w.linkedMeasure(measure), width: width - indent) {
                    lines.append([Span(blank), Span(line, .muted)])
                }
            }
        }
        return lines
    }

    static func draw(_ state: PreviousLogState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.title(w.yearStart(.previousLogTitle(year: state.log.year, row: state.log.row)), right: state.log.agreementID + " ",
                         in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: w.screen(.paneLog), focused: true)
        let inner = MainLayout.inner(frame)
        let lines = lines(state.log, core: core)
        for (i, spans) in lines.dropFirst(state.offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: state.offset, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: .previousLog, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

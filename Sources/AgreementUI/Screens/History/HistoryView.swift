import AgreementKit
import Catalogue

/// The history of a field: a note on what `Enter` does, then each change, newest first — when
/// and who (with the role) on one line, old → new below with the reason of an amendment.
enum HistoryView {
    /// The lines of the view and the line each entry starts on.
    typealias Laid = (lines: [[Span]], starts: [Int])

    /// Every line at the terminal's width, and the line each entry starts on (kept by the state:
    /// `HistoryState.layout(_:)`).
    static func layout(_ state: HistoryState, _ core: AppCore) -> Laid {
        let w = core.words
        let width = max(10, core.size.width - 4)
        var lines: [[Span]] = TextLayout.wrap(w.historyRestoreNote, width: width).map { [Span($0, .muted)] } + [[]]
        var starts: [Int] = []
        if state.history.entries.isEmpty { lines.append([Span(w.historyNone, .muted)]) }
        let location = core.agreement?.location(of: state.history.path)
        for entry in state.history.entries {
            starts.append(lines.count)
            lines.append([Span(w.changedAt(entry.stamp) + "  ", .phaseOrange), Span(w.changedBy(entry.stamp))])
            let what = location.map { w.changeWhat(entry, at: $0) } ?? ""
            // An amendment's reason is part of what changed.
            for line in TextLayout.wrap(what, width: width - 2) { lines.append([Span("  " + line)]) }
        }
        return (lines, starts)
    }

    static func draw(_ state: HistoryState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: core.words.historyTitle(state.label), focused: true)
        let inner = MainLayout.inner(frame)
        let (lines, starts) = state.layout(core)
        for (i, spans) in lines.dropFirst(state.offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if starts.indices.contains(state.cursor) {
            let line = starts[state.cursor] - state.offset
            if (0..<inner.height).contains(line) {
                screen.setRole(Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1), role: .selection)
            }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: state.offset, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: .history, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

import AgreementKit
import Catalogue

/// The link chooser: the filter, then the codes with their texts, the marked ones ticked.
enum PlanLinksView {
    static func listHeight(_ size: Size) -> Int { max(1, size.height - 8) }

    static func draw(_ state: PlanLinksState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let rowName = core.agreement.flatMap { a in a.location(ofRow: state.row).map { w.rowName(RowName(a.goalAreas[$0.area].rows[$0.row], in: a.goalAreas[$0.area])) } } ?? ""
        screen.frame(frame, title: w.indicatorPrompt(.planLinksTitle(row: rowName)), focused: true)
        let inner = MainLayout.inner(frame)
        let label = w.indicatorPrompt(.filter) + ": "
        screen.put([Span(label, .title), Span(state.filter)], x: inner.x, y: inner.y, width: inner.width)
        screen.cursor = (x: min(inner.maxX - 1, inner.x + DisplayWidth.of(label) + DisplayWidth.of(state.filter)), y: inner.y)
        let chosen = state.marked.map(\.code).joined(separator: ", ")
        screen.put(chosen.isEmpty ? w.plan(.planWithoutLinks) : chosen, x: inner.x, y: inner.y + 1, role: .phaseBlue, limit: inner.width)
        let glyphs = core.session.glyphs
        let top = inner.y + 3
        if state.visible.isEmpty {
            screen.put(w.plan(.noMatch), x: inner.x, y: top, role: .muted, limit: inner.width)
        }
        for (i, index) in state.visible.dropFirst(state.scroll).prefix(max(0, inner.maxY - top)).enumerated() {
            let entry = state.entries[index]
            let y = top + i
            let box = state.marked.contains(entry.link) ? glyphs.marked : glyphs.unmarked
            let code = TextLayout.pad(entry.link.code, to: 6)
            screen.put([Span(box + " ", .phaseBlue), Span(code, .title), Span(entry.text)], x: inner.x, y: y, width: inner.width)
            if state.scroll + i == state.cursor { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
        FooterView.draw(core, context: .planLinks, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

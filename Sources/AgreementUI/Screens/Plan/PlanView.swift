import AgreementKit
import Catalogue

/// The plan view: the plan's tree, the rows serving each period goal, and a mark — a glyph and
/// words, not colour alone — on every goal and initiative no unit serves.
enum PlanView {
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 5) }

    static func draw(_ state: PlanState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        let plan = state.plans.indices.contains(state.current) ? state.plans[state.current] : nil
        let right = state.plans.count > 1 ? w.plan(.position(state.current + 1, of: state.plans.count)) + " " : ""
        HeaderView.title(plan.map { w.plan(.title($0.title, id: $0.id)) } ?? "", right: right, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: w.contextTitle(.plan), focused: true)
        let inner = MainLayout.inner(frame)
        let lines = state.lines(core)
        for i in 0..<max(0, min(inner.height, lines.count - state.scroll)) {
            let y = inner.y + i
            screen.put(row: state.cells(at: state.scroll + i, of: lines, width: inner.width, core), x: inner.x, y: y)
            if state.scroll + i == state.cursor { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: state.scroll, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: .plan, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    static func spans(_ line: PlanLine, glyphs: Glyphs, words w: any Wording, width: Int) -> [Span] {
        let indent = String(repeating: " ", count: line.indent)
        switch line.kind {
        case .subtitle: return [Span(line.text, .muted)]
        case .summary: return [Span(line.text, .title)]
        case .mainGoal: return [Span(line.text, .title)]
        case .initiative(_, let unserved):
            let text = [Span(indent + line.text, .phaseBlue)]
            return unserved ? mark(text, w.plan(.initiativeUnserved), glyphs: glyphs, width: width) : text
        case .wholeInitiative, .sector: return [Span(indent + line.text, .muted)]
        case .periodGoal(_, let unserved):
            let text = [Span(indent + line.text)]
            return unserved ? mark(text, w.plan(.unserved), glyphs: glyphs, width: width) : text
        case .server: return [Span(indent + line.text, .phaseOrange)]
        case .blank: return []
        }
    }

    /// Text followed by a warning mark and its words, right-aligned when there is room.
    private static func mark(_ spans: [Span], _ words: String, glyphs: Glyphs, width: Int) -> [Span] {
        let mark = "\(glyphs.warning) \(words)"
        let used = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let gap = max(2, width - used - DisplayWidth.of(mark))
        return spans + [Span(String(repeating: " ", count: gap)), Span(mark, .warning)]
    }
}

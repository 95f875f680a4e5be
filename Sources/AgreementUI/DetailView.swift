import AgreementKit

/// Every field of the focused item with its label, phase letter and colour: as a pane on the
/// main screen, and full screen after `Enter`. Fields of a later phase are shown muted.
enum DetailView {
    /// The styled lines of the detail for a width.
    static func lines(_ state: AppState, width: Int) -> [[Span]] {
        let content = DetailContent.of(state)
        let phase = state.agreement?.phase ?? .agreement
        var out: [[Span]] = []
        for field in content.fields {
            let later = field.colour.map { $0.phase > phase } ?? false
            var label: [Span] = []
            if let colour = field.colour {
                label.append(Span(String(colour.letter), Span.role(for: colour)))
                label.append(Span(" "))
            }
            label.append(Span(field.label, later ? .muted : Span.role(for: field.colour)))
            out.append(label)
            let text = field.text.isEmpty ? "–" : field.text
            for line in TextLayout.wrap(text, width: max(1, width - 2)) {
                out.append([Span("  " + line, field.text.isEmpty || later ? .muted : .normal)])
            }
        }
        return out
    }

    /// The detail pane of the main screen.
    static func drawPane(_ state: AppState, in frame: Rect, into screen: inout Screen) {
        let content = DetailContent.of(state)
        screen.frame(frame, title: content.title.isEmpty ? "Detaljer" : content.title, focused: false)
        let inner = MainLayout.inner(frame)
        let all = lines(state, width: inner.width)
        for (i, spans) in all.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            screen.put("↓ Enter viser alt", x: max(inner.x, frame.maxX - 19), y: frame.maxY - 1, role: .muted)
        }
    }

    /// The full-screen detail after `Enter`, scrolled by `offset` lines.
    static func drawFull(_ state: AppState, offset: Int, into screen: inout Screen) {
        let size = screen.bounds.size
        if let agreement = state.agreement {
            HeaderView.draw(agreement, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        }
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let content = DetailContent.of(state)
        screen.frame(frame, title: content.title, focused: true)
        let inner = MainLayout.inner(frame)
        let all = lines(state, width: inner.width)
        for (i, spans) in all.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        FooterView.draw(state, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    /// How many lines the full-screen detail has (for scrolling limits).
    static func lineCount(_ state: AppState) -> Int {
        lines(state, width: max(1, state.size.width - 2)).count
    }
}

import AgreementKit
import Catalogue

/// Every field of the focused item with its label, phase letter and colour: as a pane on the
/// main screen, and full screen after `Enter`, where a cursor picks the field to edit.
/// Fields of a later phase are shown muted.
enum DetailView {
    /// The styled lines of one field: its label line, then its text wrapped and indented.
    static func lines(of field: DetailField, phase: Phase, width: Int) -> [[Span]] {
        let later = field.colour.map { $0.phase > phase } ?? false
        var label: [Span] = []
        if let colour = field.colour {
            label.append(Span(String(colour.letter), Span.role(for: colour)))
            label.append(Span(" "))
        }
        label.append(Span(field.label, later ? .muted : Span.role(for: field.colour)))
        var out = [label]
        let text = field.text.isEmpty ? "–" : field.text
        for line in TextLayout.wrap(text, width: max(1, width - 2)) {
            out.append([Span("  " + line, field.text.isEmpty || later ? .muted : .normal)])
        }
        // A recorded conflict: a mark and words, not colour alone.
        for (i, note) in field.conflictLines.enumerated() {
            for (j, line) in TextLayout.wrap(note, width: max(1, width - 4)).enumerated() {
                out.append([Span(i == 0 && j == 0 ? "! " : "  ", .warning), Span((i == 0 || j == 0 ? "" : "   ") + line, .warning)])
            }
        }
        return out
    }

    /// Every line of the detail, and the line each field starts on.
    static func layout(_ content: DetailContent, phase: Phase, width: Int) -> (lines: [[Span]], starts: [Int]) {
        var lines: [[Span]] = []
        var starts: [Int] = []
        for field in content.fields {
            starts.append(lines.count)
            lines += self.lines(of: field, phase: phase, width: width)
        }
        return (lines, starts)
    }

    /// The full-screen detail laid out: the fields, every line as cells, and the line each field starts on.
    struct Full: Sendable {
        var content: DetailContent
        var rows: [[Cell]]
        var starts: [Int]

        /// The lines [start, end) that a field occupies.
        func lineRange(of field: Int) -> (Int, Int) {
            guard starts.indices.contains(field) else { return (0, 0) }
            return (starts[field], field + 1 < starts.count ? starts[field + 1] : rows.count)
        }
    }

    /// Lays out every field of `content` at `width` columns.
    static func full(_ content: DetailContent, phase: Phase, width: Int) -> Full {
        let (lines, starts) = layout(content, phase: phase, width: width)
        return Full(content: content, rows: lines.map { Screen.row(of: $0, width: max(0, width)) }, starts: starts)
    }

    /// The detail pane of the main screen as drawn: its title, the lines that fit as cells, and
    /// whether more follow (kept across frames by the main screen, `LayoutMemo`).
    struct PaneLines: Sendable {
        var title: String
        var rows: [[Cell]]
        var more: Bool
    }

    /// Lays out the pane's lines for an inner area of `width` × `height`.
    static func paneLines(_ content: DetailContent, phase: Phase, width: Int, height: Int, words w: any Wording) -> PaneLines {
        let all = layout(content, phase: phase, width: width).lines
        return PaneLines(title: content.title.isEmpty ? w.screen(.detailsTitle) : content.title,
                         rows: all.prefix(max(0, height)).map { Screen.row(of: $0, width: width) },
                         more: all.count > height)
    }

    /// The detail pane of the main screen.
    static func drawPane(_ lines: PaneLines, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: lines.title, focused: false)
        let inner = MainLayout.inner(frame)
        for (i, row) in lines.rows.prefix(inner.height).enumerated() {
            screen.put(row: row, x: inner.x, y: inner.y + i)
        }
        if lines.more {
            let more = "↓ " + core.words.screen(.enterShowsAll)
            let width = DisplayWidth.of(more)
            if width + 3 < frame.width { screen.put(more, x: frame.maxX - width - 2, y: frame.maxY - 1, role: .muted) }
        }
    }

    /// The full-screen detail after `Enter`, with the focused field marked.
    static func drawFull(_ state: DetailState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let inner = MainLayout.inner(frame)
        let full = state.full(core, width: inner.width)
        screen.frame(frame, title: full.content.title, focused: true)
        for (i, row) in full.rows.dropFirst(state.offset).prefix(inner.height).enumerated() {
            screen.put(row: row, x: inner.x, y: inner.y + i)
        }
        let starts = full.starts
        if starts.indices.contains(state.field) {
            let labelLine = starts[state.field] - state.offset
            if (0..<inner.height).contains(labelLine) {
                screen.setRole(Rect(x: inner.x, y: inner.y + labelLine, width: inner.width, height: 1), role: .selection)
            }
        }
        let all = full.rows
        if all.count > inner.height {
            ScrollMark.draw(first: state.offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: state.keyContext(core), status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

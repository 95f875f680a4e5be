import Catalogue

/// The picker: every agreement with unit, year, phase and progress, filtered as you type.
enum PickerView {
    static func draw(_ state: PickerState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.title(w.screen(.pickerTitle), right: "\(state.visible.count)/\(state.entries.count) ", in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        screen.put([Span(" " + w.screen(.filter) + ": ", .title), Span(state.filter), Span("▏", .muted)], x: 0, y: 1, width: size.width)
        let frame = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        screen.frame(frame, title: w.screen(.agreements), focused: true)
        let inner = MainLayout.inner(frame)
        if state.visible.isEmpty && inner.height > 1 {
            screen.put(w.screen(state.entries.isEmpty ? .storeIsEmpty : .noneMatch), x: inner.x, y: inner.y + 1, role: .muted, limit: inner.width)
        }
        let scroll = max(0, state.cursor - inner.height + 1)
        let newRow = state.visible.count - scroll
        if newRow >= 0 && newRow < inner.height {
            let y = inner.y + newRow
            screen.put(" " + w.yearStart(.newAgreementRow), x: inner.x, y: y, role: .phaseBlue, limit: inner.width)
            if state.isOnNewAgreementRow { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
        let unitWidth = max(12, min(40, inner.width - 52))
        let layout = LayoutMemo<Int, [Cell]>.Layout(width: inner.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        for (line, index) in state.visible.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + line
            // Laid out once per entry: a filter key shows other entries, it does not change them.
            let row = state.lines.value(for: index, in: layout) {
                let entry = state.entries[index]
                let text = [TextLayout.pad(entry.unit, to: unitWidth), String(entry.year), TextLayout.pad(w.phase(entry.phase), to: 17), w.progress(entry.progress)]
                    .joined(separator: "  ")
                return Screen.row(of: [Span(TextLayout.truncate(" " + text, to: inner.width))], width: max(0, inner.width))
            }
            screen.put(row: row, x: inner.x, y: y)
            if scroll + line == state.cursor {
                screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
            }
        }
        FooterView.draw(core, context: .picker, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

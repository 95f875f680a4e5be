/// The picker: every agreement with unit, year, phase and progress, filtered as you type.
enum PickerView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let size = screen.bounds.size
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .header)
        screen.put(" lederavtale – velg avtale", x: 0, y: 0, role: .header)
        let entries = state.visibleEntries
        let count = "\(entries.count)/\(state.entries.count) "
        screen.put(count, x: size.width - DisplayWidth.of(count), y: 0, role: .header)
        screen.put([Span(" Filter: ", .title), Span(state.filter), Span("▏", .muted)], x: 0, y: 1, width: size.width)
        let frame = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        screen.frame(frame, title: "Avtaler", focused: true)
        let inner = MainLayout.inner(frame)
        if entries.isEmpty {
            screen.put(state.entries.isEmpty ? "Lageret har ingen avtaler." : "Ingen avtaler passer filteret.", x: inner.x, y: inner.y, role: .muted, limit: inner.width)
        }
        let scroll = max(0, state.pickerCursor - inner.height + 1)
        let unitWidth = max(12, min(40, inner.width - 52))
        for (line, entry) in entries.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + line
            let text = [TextLayout.pad(entry.unit, to: unitWidth), String(entry.year), TextLayout.pad(words.phase(entry.phase), to: 17), words.progress(entry.progress)]
                .joined(separator: "  ")
            screen.put(" " + text, x: inner.x, y: y, role: .normal, limit: inner.width)
            if scroll + line == state.pickerCursor {
                screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
            }
        }
        FooterView.draw(state, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

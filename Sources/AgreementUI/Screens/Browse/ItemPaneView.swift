import AgreementKit
import Catalogue

/// The measures-and-support pane and the log pane: wrapped items with a cursor. Only the
/// visible entries are laid out.
enum ItemPaneView {
    static func draw(_ list: PaneList<PaneItem>, cursor: Int, scroll: Int, title: String,
                     focused: Bool, words: any Wording, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: title, focused: focused)
        let inner = MainLayout.inner(frame)
        guard inner.height > 0, inner.width > 0 else { return }
        var y = inner.y
        var index = scroll
        while y < inner.maxY, list.entries.indices.contains(index) {
            // Laid out once per entry at the list's width (a resize rebuilds the list); the entry
            // itself is read only then.
            let rows = list.width == inner.width
                ? list.rows(of: index) { self.rows(of: list.entries[index], width: inner.width, words: words) }
                : self.rows(of: list.entries[index], width: inner.width, words: words)
            let selected = index == cursor && list.isSelectable(index)
            for row in rows where y < inner.maxY {
                screen.put(row: row, x: inner.x, y: y)
                if selected {
                    screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: focused ? .selection : .selectionInactive)
                }
                y += 1
            }
            index += 1
        }
        // The marks need only whether something is above and whether the rest passes the
        // bottom, never the total of every entry's lines.
        let rest = list.lines(from: scroll, limit: inner.height)
        if scroll > 0 || rest > inner.height {
            ScrollMark.draw(first: min(scroll, 1), visible: inner.height, total: min(scroll, 1) + rest, frame: frame, into: &screen)
        }
    }

    /// An entry's lines drawn in `width` columns, one row of cells each, without the cursor.
    static func rows(of item: PaneItem, width: Int, words: any Wording) -> [[Cell]] {
        let lines = ItemLines.lines(of: item, width: width, words: words)
        var screen = Screen(width: width, height: lines.count)
        for (y, text) in lines.enumerated() {
            switch item.kind {
            case .heading(let field):
                screen.put([Span(String(field.colour.letter) + " ", Span.role(for: field.colour)), Span(text, Span.role(for: field.colour))],
                           x: 0, y: y, width: width)
            case .note:
                screen.put(text, x: 0, y: y, role: .muted, limit: width)
            case .log:
                // The date is the orange field's marker; the text stays readable.
                let dateWidth = y == 0 ? min(10, DisplayWidth.of(text)) : 0
                screen.put(String(text.prefix(dateWidth)), x: 0, y: y, role: .phaseOrange, limit: width)
                screen.put(String(text.dropFirst(dateWidth)), x: dateWidth, y: y, role: .normal, limit: width - dateWidth)
            case .measure, .support:
                let role: Role = switch item.entry {
                case .heading?: .title
                case .instruction?: .muted
                case .indicator?, nil: .normal
                }
                screen.put(text, x: 0, y: y, role: role, limit: width)
            }
        }
        return (0..<lines.count).map { y in Array(screen.cells[(y * width)..<((y + 1) * width)]) }
    }
}

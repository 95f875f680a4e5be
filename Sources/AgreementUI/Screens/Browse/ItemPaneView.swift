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
            let item = list.entries[index]
            for (i, text) in ItemLines.lines(of: item, width: inner.width, words: words).enumerated() where y < inner.maxY {
                switch item.kind {
                case .heading(let field):
                    screen.put([Span(String(field.colour.letter) + " ", Span.role(for: field.colour)), Span(text, Span.role(for: field.colour))],
                               x: inner.x, y: y, width: inner.width)
                case .note:
                    screen.put(text, x: inner.x, y: y, role: .muted, limit: inner.width)
                case .log:
                    // The date is the orange field's marker; the text stays readable.
                    let dateWidth = i == 0 ? min(10, DisplayWidth.of(text)) : 0
                    screen.put(String(text.prefix(dateWidth)), x: inner.x, y: y, role: .phaseOrange, limit: inner.width)
                    screen.put(String(text.dropFirst(dateWidth)), x: inner.x + dateWidth, y: y, role: .normal, limit: inner.width - dateWidth)
                case .measure, .support:
                    let role: Role = switch item.entry {
                    case .heading?: .title
                    case .instruction?: .muted
                    case .indicator?, nil: .normal
                    }
                    screen.put(text, x: inner.x, y: y, role: role, limit: inner.width)
                }
                if index == cursor && item.isSelectable {
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
}

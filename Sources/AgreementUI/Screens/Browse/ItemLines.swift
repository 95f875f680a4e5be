import AgreementKit
import Catalogue

/// How one pane item is laid out in lines of a given width: the one definition used by both
/// scrolling (in update) and drawing (in render).
enum ItemLines {
    /// The item's lines: first line with its lead ("• ", "1.1 ", "14.03.2011 "), then the wrap indented.
    static func lines(of item: PaneItem, width: Int, words: any Wording) -> [String] {
        switch item.kind {
        case .heading:
            return TextLayout.wrap(item.text, width: max(1, width))
        case .note(let note):
            return TextLayout.wrap(words.screen(note), width: max(1, width))
        case .measure, .support, .log:
            let (lead, indent, text) = parts(of: item, width: width, words: words)
            let wrapped = TextLayout.wrap(text, width: max(1, width - indent))
            return wrapped.enumerated().map { i, line in
                (i == 0 ? TextLayout.pad(lead, to: indent) : String(repeating: " ", count: indent)) + line
            }
        }
    }

    /// `lines(of:width:words:).count`, counted without making the lines (an entry of a long
    /// log is measured when it is first shown or scrolled past).
    static func height(of item: PaneItem, width: Int, words: any Wording) -> Int {
        switch item.kind {
        case .heading:
            return max(1, TextLayout.lineCount(item.text, width: max(1, width)))
        case .note(let note):
            return max(1, TextLayout.lineCount(words.screen(note), width: max(1, width)))
        case .measure, .support, .log:
            var leadWidth = 0
            if let date = item.date { leadWidth = DisplayWidth.of(words.date(date)) + 1 }
            if item.prefix.isEmpty {
                if item.date == nil, item.entry == nil { leadWidth += DisplayWidth.of(item.done ? "✓ " : "• ") }
            } else {
                leadWidth += DisplayWidth.of(item.prefix) + 1
            }
            let indent = min(leadWidth, max(0, width / 2))
            let text = item.entry == .indicator ? words.indicator(item.text) : item.text
            return max(1, TextLayout.lineCount(text.isEmpty ? "–" : text, width: max(1, width - indent)))
        }
    }

    /// An item's lead, the columns its wrapped lines are indented by, and its text.
    private static func parts(of item: PaneItem, width: Int, words: any Wording) -> (lead: String, indent: Int, text: String) {
        var lead = item.date.map { words.date($0) + " " } ?? ""
        // Headings, instructions and indicators among the measures stand without a bullet;
        // a measure carried out has a tick instead.
        let bullet = item.entry != nil ? "" : item.done ? "✓ " : "• "
        lead += item.prefix.isEmpty ? (item.date == nil ? bullet : "") : item.prefix + " "
        let indent = min(DisplayWidth.of(lead), max(0, width / 2))
        let text = item.entry == .indicator ? words.indicator(item.text) : item.text
        return (lead, indent, text.isEmpty ? "–" : text)
    }
}

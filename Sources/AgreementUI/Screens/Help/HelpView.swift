import AgreementKit
import Catalogue

/// The `?` screen: the colour legend, then every context's bindings from the binding table,
/// the context help was asked in first.
enum HelpView {
    static func lines(_ state: HelpState, words w: any Wording, width: Int) -> [[Span]] {
        var out: [[Span]] = []
        for line in TextLayout.wrap(w.screen(.legendIntro), width: max(10, width - 4)) { out.append([Span(line, .title)]) }
        for colour in PhaseColour.allCases {
            out.append([Span("  \(colour.letter) ", Span.role(for: colour)), Span("\(w.colour(colour)) – \(w.phase(colour.phase))", Span.role(for: colour))])
        }
        for note in [w.screen(.legendRatings), w.screen(.legendLog)] {
            for (i, line) in TextLayout.wrap(note, width: max(10, width - 8)).enumerated() {
                out.append([Span((i == 0 ? "  " : "      ") + line)])
            }
        }
        let contexts = [state.context] + KeyContext.allCases.filter { $0 != state.context }
        for context in contexts where !Keymap.bindings(in: context).isEmpty {
            out.append([])
            out.append([Span(w.contextTitle(context), .title)])
            for binding in Keymap.bindings(in: context) {
                let description = TextLayout.wrap(w.describe(binding.action), width: max(10, width - 18))
                for (i, line) in description.enumerated() {
                    out.append([Span("  " + TextLayout.pad(i == 0 ? binding.label : "", to: 12), .footerKey), Span(" " + line)])
                }
            }
            if let note = w.contextNote(context) {
                for line in TextLayout.wrap(note, width: max(10, width - 4)) { out.append([Span("  " + line, .muted)]) }
            }
        }
        return out
    }

    /// The width of the text inside the frame for a screen this wide.
    static func innerWidth(_ width: Int) -> Int {
        MainLayout.inner(Rect(x: 0, y: 1, width: width, height: 3)).width
    }

    static func draw(_ state: HelpState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.title(w.screen(.helpTitle), in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        screen.frame(frame, title: w.screen(.keys), focused: true)
        let inner = MainLayout.inner(frame)
        let all = state.lines(core)
        for (i, spans) in all.dropFirst(state.offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            ScrollMark.draw(first: state.offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        screen.put(KeyHints.spans(.help, width: size.width, words: w), x: 0, y: size.height - 1, width: size.width)
    }
}

import AgreementKit

/// The `?` screen: every binding of every context from the binding table, and the colour legend.
enum HelpView {
    static func lines(width: Int) -> [[Span]] {
        var out: [[Span]] = [[Span("Fargene viser når et felt fylles ut; bokstaven sier det samme uten farge:", .title)]]
        for colour in PhaseColour.allCases {
            out.append([Span("  \(colour.letter) ", Span.role(for: colour)), Span("\(colour.title) – \(colour.phase.title)", Span.role(for: colour))])
        }
        out.append([Span("  [▲●] vurdering av målområdet: ▲ Ut over avtalen, ● I tråd med avtalen, ▼ Mindre enn avtalen, · ikke satt")])
        out.append([Span("  ✎3  antall loggføringer på raden")])
        for context in KeyContext.allCases {
            out.append([])
            out.append([Span(context.title, .title)])
            for binding in Keymap.bindings(in: context) {
                out.append([Span("  " + TextLayout.pad(binding.label, to: 12), .footerKey), Span(" " + binding.description)])
            }
            let note = context == .picker ? Keymap.pickerTypingNote : context == .editor ? Keymap.editorNote : context == .dialog ? Keymap.dialogNote : nil
            if let note {
                for line in TextLayout.wrap(note, width: max(10, width - 4)) { out.append([Span("  " + line, .muted)]) }
            }
        }
        return out
    }

    static func lineCount(width: Int) -> Int { lines(width: width).count }

    static func draw(offset: Int, into screen: inout Screen) {
        let size = screen.bounds.size
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .header)
        screen.put(" lederavtale – hjelp", x: 0, y: 0, role: .header)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        screen.frame(frame, title: "Taster", focused: true)
        let inner = MainLayout.inner(frame)
        let all = lines(width: inner.width)
        for (i, spans) in all.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        var spans: [Span] = []
        for binding in Keymap.bindings(in: .help) where binding.inFooter {
            spans += [Span(" \(binding.label) ", .footerKey), Span("\(binding.footer ?? binding.description) ", .footerText)]
        }
        screen.put(spans, x: 0, y: size.height - 1, width: size.width)
    }
}

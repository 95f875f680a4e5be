import AgreementKit
import Catalogue

/// The phase dialog's screen: the phase now and next, what is missing, the signatures, the history.
enum PhaseView {
    static func lines(_ core: AppCore) -> [[Span]] {
        guard let a = core.agreement else { return [] }
        let w = core.words
        let width = max(10, core.size.width - 4)
        var out: [[Span]] = []
        func wrapped(_ text: String, _ role: Role = .normal, indent: String = "", hanging: Int = 0) {
            for (i, line) in TextLayout.wrap(text, width: width - indent.count - hanging).enumerated() {
                out.append([Span((i == 0 ? indent : String(repeating: " ", count: indent.count + hanging)) + line, role)])
            }
        }
        out.append([Span(w.screen(.phaseNow) + " ", .title), HeaderView.badge(for: a.phase, words: w)]
                   + (a.phase.next.map { [Span("  → " + w.screen(.phaseNext) + " "), HeaderView.badge(for: $0, words: w)] } ?? []))
        out.append([])
        out.append([Span(w.screen(.signedIn(w.phase(a.phase))), .title)])
        let signed = a.currentSignOffs
        if signed.isEmpty { wrapped(w.screen(.noSignatures(w.partyInSentence(core.session.party))), .muted, indent: "  ") }
        for s in signed { wrapped("\(w.party(s.party)): \(s.name) – \(w.date(s.date))", indent: "  ") }
        out.append([])
        if let next = a.phase.next {
            let gaps = a.gapsBeforeNextPhase
            if gaps.isEmpty {
                wrapped(w.screen(.nothingMissing(w.phase(next))), .title)
            } else {
                wrapped(w.screen(.missingBefore(w.phase(next), count: gaps.count)), .warning)
                for gap in gaps { wrapped("• " + w.gap(gap), indent: "  ", hanging: 2) }
            }
        }
        if !a.phaseChanges.isEmpty {
            out.append([])
            out.append([Span(w.screen(.phaseHistory), .title)])
            for c in a.phaseChanges {
                let what = c.to > c.from ? "\(w.phase(c.from)) → \(w.phase(c.to))" : w.screen(.reopened(w.phase(c.to), reason: c.reason))
                let gaps = c.gaps.isEmpty ? "" : " " + w.screen(.gapCount(c.gaps.count))
                wrapped("\(w.date(c.date)) \(w.person(c.person, as: c.party)): \(what)\(gaps)", indent: "  ", hanging: 2)
            }
        }
        if !a.amendments.isEmpty {
            out.append([])
            wrapped(w.screen(.amendmentsNote(a.amendments.count)), .muted)
        }
        return out
    }

    static func draw(_ state: PhaseState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: w.screen(.phaseTitle), focused: true)
        let inner = MainLayout.inner(frame)
        let all = lines(core)
        for (i, spans) in all.dropFirst(state.offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            ScrollMark.draw(first: state.offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        let question = core.agreement?.phase.next.map { w.screen(.goToPhase(w.phase($0))) } ?? w.screen(.agreementClosed)
        let statusLine = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        screen.put(TextLayout.truncate(" " + question, to: size.width), x: 0, y: statusLine.y, role: .title, limit: size.width)
        let used = DisplayWidth.of(question) + 3
        FooterView.drawStatus(core, in: Rect(x: used, y: statusLine.y, width: max(0, size.width - used), height: 1), into: &screen)
        screen.put(KeyHints.spans(.phase, width: size.width, words: w), x: 0, y: size.height - 1, width: size.width)
    }
}

import AgreementKit

/// The phase dialog: where the year stands, what is missing before the next phase, who has
/// signed, what happened before — and the question "Gå til <fase>? (j/n)".
enum PhaseView {
    static func lines(_ state: AppState) -> [[Span]] {
        guard let a = state.agreement else { return [] }
        var out: [[Span]] = []
        out.append([Span("Fase nå: ", .title), HeaderView.badge(for: a.phase)] + (a.phase.next.map { [Span("  → neste: "), HeaderView.badge(for: $0)] } ?? []))
        out.append([])
        if let next = a.phase.next {
            let gaps = a.gapsBeforeNextPhase
            if gaps.isEmpty {
                out.append([Span("Ingenting mangler før \(next.title).", .title)])
            } else {
                out.append([Span("Mangler før \(next.title) (\(gaps.count)); du kan gå videre likevel, og manglene registreres:", .warning)])
                for gap in gaps { out.append([Span("  • " + words.gap(gap))]) }
            }
            out.append([])
        }
        out.append([Span("Signert i \(a.phase.title):", .title)])
        let signed = a.currentSignOffs
        if signed.isEmpty { out.append([Span("  ingen ennå – s signerer som \(state.party.title.lowercased())", .muted)]) }
        for s in signed { out.append([Span("  \(s.party.title): \(s.name) – \(s.date.display)")]) }
        if !a.phaseChanges.isEmpty {
            out.append([])
            out.append([Span("Historikk:", .title)])
            for c in a.phaseChanges {
                let what = c.to > c.from ? "\(c.from.title) → \(c.to.title)" : "gjenåpnet \(c.to.title): \(c.reason)"
                let gaps = c.gaps.isEmpty ? "" : " (\(c.gaps.count) mangler)"
                out.append([Span("  \(c.date.display) \(c.party.title): \(what)\(gaps)")])
            }
        }
        if !a.amendments.isEmpty {
            out.append([])
            out.append([Span("Endringer i avtalen: \(a.amendments.count) (se «Endringer i avtalen» i målruten)", .muted)])
        }
        return out
    }

    static func lineCount(_ state: AppState) -> Int { lines(state).count }

    static func draw(_ state: AppState, offset: Int, into screen: inout Screen) {
        let size = screen.bounds.size
        if let agreement = state.agreement {
            HeaderView.draw(agreement, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        }
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: "Fase", focused: true)
        let inner = MainLayout.inner(frame)
        let all = lines(state)
        for (i, spans) in all.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if all.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: all.count, frame: frame, into: &screen)
        }
        let question = state.agreement?.phase.next.map { "Gå til \($0.title)? (j/n)" } ?? "Avtalen er avsluttet."
        screen.put(" " + question, x: 0, y: size.height - 2, role: .title, limit: size.width)
        FooterView.draw(state, status: Rect(x: 0, y: size.height - 2, width: 0, height: 0),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
        if let status = state.status {
            screen.put("  " + status.text, x: DisplayWidth.of(question) + 2, y: size.height - 2, role: .warning, limit: size.width)
        }
    }
}

import AgreementExport
import AgreementKit
import Catalogue

/// The selected entry in full: its title, date and distance, kind and state, who, where it
/// comes from, and what `Enter` goes to.
enum WheelDetailView {
    static func draw(_ wheel: WheelState, core: AppCore, in frame: Rect, into screen: inout Screen) {
        let entry = wheel.selected(core)
        let inner = MainLayout.inner(frame)
        screen.frame(frame, title: entry.map(core.words.deadlineKind) ?? core.words.wheel(.legendTitle), focused: false)
        guard inner.width > 0, inner.height > 0 else { return }
        let drawn = wheel.part(.detail(entry?.id), core, size: inner.size) { area, core in
            draw(entry, core: core, in: Rect(x: 0, y: 0, width: inner.width, height: inner.height), into: &area)
        }
        for (i, row) in drawn.enumerated() { screen.put(row: row, x: inner.x, y: inner.y + i) }
    }

    /// The entry's lines (or the legend without one) in the pane's inner area.
    private static func draw(_ entry: DeadlineEntry?, core: AppCore, in inner: Rect, into screen: inout Screen) {
        let w = core.words
        let today = core.session.today
        guard let entry, let agreement = core.agreement else {
            drawLegend(core, in: inner, into: &screen)
            return
        }
        let mark = WheelMark(entry, today: today)
        var lines: [[Span]] = []
        func add(_ text: String, _ role: Role = .normal) {
            for part in TextLayout.wrap(text, width: max(1, inner.width)) { lines.append([Span(part, role)]) }
        }
        add(w.deadlineTitle(entry.source, inSentence: false), .title)
        lines.append([])
        lines.append([Span(mark.glyph + " ", mark.role), Span(w.wheel(.whenLine(date: w.date(entry.date), days: w.daysAway(today.days(to: entry.date)))), mark.textRole)])
        let listing = WheelListing([], selection: .all, reference: today)
        add(w.deadlineKind(entry) + " · " + listing.status(of: entry, words: w), mark.textRole)
        let who = WheelListing.who(entry, words: w)
        if !who.isEmpty { add(w.wheel(.whoLine(who))) }
        add(WheelListing.source(entry, words: w), .muted)
        lines.append([])
        switch entry.target {
        case .phase(let phase)?: add(w.wheel(.concernsPhase(phase)), .muted)
        case .meeting(let kind)?: add(w.wheel(.concernsMeeting(kind)), .muted)
        case .indicator(let name)?: add(w.wheel(.concernsIndicator(name)), .muted)
        case .goalRow(let id)?: add(w.wheel(.concernsRow(agreement.rowReference(id) ?? "")), .muted)
        case .conversation(let date)?: add(w.wheel(.concernsConversation(w.date(date))), .muted)
        case nil: break
        }
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        // What the marks mean, at the bottom when there is room.
        let legend = w.wheel(.legend).split(separator: "\n")
        if inner.height - lines.count > legend.count {
            drawLegend(core, in: Rect(x: inner.x, y: inner.maxY - legend.count, width: inner.width, height: legend.count), into: &screen)
        }
    }

    /// What the marks mean, when no entry is selected.
    static func drawLegend(_ core: AppCore, in rect: Rect, into screen: inout Screen) {
        for (i, part) in core.words.wheel(.legend).split(separator: "\n").prefix(rect.height).enumerated() {
            screen.put(String(part), x: rect.x, y: rect.y + i, role: .muted, limit: rect.width)
        }
    }
}

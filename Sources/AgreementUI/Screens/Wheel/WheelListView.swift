import AgreementKit
import Catalogue

/// The dates of the year by month: a heading per month, one line per entry with its mark, date
/// and title, a line where today falls, and notes (no wheel applies, a file that cannot be read).
enum WheelListView {
    /// A line of the list.
    enum Line: Equatable {
        case month(Int, year: Int)
        case entry(Int)
        case today
        case note(String, Role)
    }

    static func lines(_ entries: [DeadlineEntry], core: AppCore) -> [Line] {
        let w = core.words
        let today = core.session.today
        var lines: [Line] = []
        var month: (Int, Int)?
        var todayShown = false
        for (i, entry) in entries.enumerated() {
            if !todayShown, entry.date >= today, today.year == entry.date.year || entries.first.map({ $0.date < today }) == true {
                lines.append(.today)
                todayShown = true
            }
            if month.map({ $0 != (entry.date.month, entry.date.year) }) ?? true {
                month = (entry.date.month, entry.date.year)
                lines.append(.month(entry.date.month, year: entry.date.year))
            }
            lines.append(.entry(i))
        }
        if !todayShown, let last = entries.last, last.date < today { lines.append(.today) }
        var notes: [Line] = []
        if entries.isEmpty { notes.append(.note(w.wheel(.nothingDated), .normal)) }
        if let agreement = core.agreement {
            let municipality = agreement.header.municipality
            let applying = core.companions.wheels.filter { $0.applies(to: municipality) }
            if core.companions.wheels.isEmpty && core.companions.wheelProblems.isEmpty {
                notes.append(.note(w.wheel(.noWheels), .muted))
            } else if applying.isEmpty && !core.companions.wheels.isEmpty {
                let others = core.companions.wheels.map { ($0.municipalities.isEmpty ? $0.title : $0.municipalities.joined(separator: ", ")) }
                notes.append(.note(w.wheel(.noWheelApplies(municipality: municipality, others: others)), .muted))
            }
        }
        if let first = core.companions.wheelProblems.first {
            notes.append(.note(w.wheel(.unreadableWheels(first: first, more: core.companions.wheelProblems.count - 1)), .error))
        }
        if !notes.isEmpty && !lines.isEmpty { lines.append(.note("", .normal)) }
        return lines + notes
    }

    static func draw(_ wheel: WheelState, entries: [DeadlineEntry], core: AppCore, in frame: Rect, into screen: inout Screen) {
        let w = core.words
        let today = core.session.today
        screen.frame(frame, title: w.wheel(.title(year: core.agreement?.header.year ?? today.year)), focused: true)
        let inner = MainLayout.inner(frame)
        guard inner.width > 0, inner.height > 0 else { return }
        // Rendered lines: notes wrap, everything else is one line.
        var rendered: [(spans: [Span], selected: Bool)] = []
        for line in lines(entries, core: core) {
            switch line {
            case .month(let month, let year):
                rendered.append(([Span(w.wheel(.monthHeading(month: month, year: year)), .title)], false))
            case .entry(let i):
                let entry = entries[i]
                let mark = WheelMark(entry, today: today)
                let title = w.deadlineTitle(entry.source, inSentence: false)
                rendered.append(([Span(" \(mark.glyph) ", mark.role), Span(w.dayMonth(entry.date) + " ", mark.textRole),
                                  Span(title, mark.textRole)], entry.id == wheel.cursor))
            case .today:
                let label = "── \(w.wheel(.today)) \(w.date(today)) "
                rendered.append(([Span(label + String(repeating: "─", count: max(0, inner.width - DisplayWidth.of(label))), .warning)], false))
            case .note(let text, let role):
                if text.isEmpty { rendered.append(([], false)) }
                for part in TextLayout.wrap(text, width: inner.width) { rendered.append(([Span(part, role)], false)) }
            }
        }
        let cursorLine = rendered.firstIndex { $0.selected } ?? 0
        let top = max(0, min(cursorLine - inner.height / 2, rendered.count - inner.height))
        for (n, line) in rendered.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + n
            screen.put(line.spans, x: inner.x, y: y, width: inner.width)
            if line.selected { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
        if rendered.count > inner.height {
            ScrollMark.draw(first: top, visible: inner.height, total: rendered.count, frame: frame, into: &screen)
        }
    }
}

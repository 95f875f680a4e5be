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

    /// The list laid out at a width: each line's cells and the entry it shows, if any.
    struct Laid: Sendable {
        var rows: [[Cell]] = []
        var entryIDs: [String?] = []
    }

    /// What a laid-out list depends on besides the width, language and glyphs: the agreement and
    /// its dated things (`AppCore.derived`) and the day.
    struct Key: Hashable, Sendable {
        var derived: UInt64
        var today: LocalDate
    }

    /// Every line of the list, `width` wide (kept by the state: `WheelState.laid(_:width:)`).
    static func laid(_ entries: [DeadlineEntry], core: AppCore, width: Int) -> Laid {
        let w = core.words
        let today = core.session.today
        var laid = Laid()
        func add(_ spans: [Span], entry: String? = nil) {
            laid.rows.append(Screen.row(of: spans, width: width))
            laid.entryIDs.append(entry)
        }
        // Notes wrap, everything else is one line.
        for line in lines(entries, core: core) {
            switch line {
            case .month(let month, let year):
                add([Span(w.wheel(.monthHeading(month: month, year: year)), .title)])
            case .entry(let i):
                let entry = entries[i]
                let mark = WheelMark(entry, today: today)
                let title = w.deadlineTitle(entry.source, inSentence: false)
                add([Span(" \(mark.glyph) ", mark.role), Span(w.dayMonth(entry.date) + " ", mark.textRole), Span(title, mark.textRole)], entry: entry.id)
            case .today:
                let label = "── \(w.wheel(.today)) \(w.date(today)) "
                add([Span(label + String(repeating: "─", count: max(0, width - DisplayWidth.of(label))), .warning)])
            case .note(let text, let role):
                if text.isEmpty { add([]) }
                for part in TextLayout.wrap(text, width: width) { add([Span(part, role)]) }
            }
        }
        return laid
    }

    static func draw(_ wheel: WheelState, core: AppCore, in frame: Rect, into screen: inout Screen) {
        let w = core.words
        let today = core.session.today
        screen.frame(frame, title: w.wheel(.title(year: core.agreement?.header.year ?? today.year)), focused: true)
        let inner = MainLayout.inner(frame)
        guard inner.width > 0, inner.height > 0 else { return }
        let laid = wheel.laid(core, width: inner.width)
        let cursorLine = wheel.cursor.flatMap { cursor in laid.entryIDs.firstIndex { $0 == cursor } } ?? 0
        let top = max(0, min(cursorLine - inner.height / 2, laid.rows.count - inner.height))
        for n in 0..<max(0, min(inner.height, laid.rows.count - top)) {
            let y = inner.y + n
            screen.put(row: laid.rows[top + n], x: inner.x, y: y)
            if wheel.cursor != nil, laid.entryIDs[top + n] == wheel.cursor {
                screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
            }
        }
        if laid.rows.count > inner.height {
            ScrollMark.draw(first: top, visible: inner.height, total: laid.rows.count, frame: frame, into: &screen)
        }
    }
}

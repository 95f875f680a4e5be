import AgreementKit
import Catalogue

/// The overview: a title with the date reckoned from, the filter and its quick-filter chips, the
/// column headings (the sorted one marked ▲/▼), files that could not be read, one line per
/// agreement, the counts in the frame's bottom edge, and about the selected agreement what the
/// columns leave out.
enum OverviewView {
    /// At most this many unreadable files get a line of their own; the rest are counted.
    static let problemLines = 3

    static func draw(_ state: OverviewState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        var right = ""
        if core.session.todayIsFixed, let date = state.reckonedFrom { right = w.screen(.asOf(w.date(date))) + " " }
        HeaderView.title(w.overview(.title), right: right, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        var filterLine = [Span(" " + w.screen(.filter) + ": ", .title), Span(state.filter.text), Span("▏", .muted)]
        for chip in state.chips(core) { filterLine += [Span("  "), Span(" \(chip) ", .selectionInactive)] }
        screen.put(filterLine, x: 0, y: 1, width: size.width)

        let frame = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        let sorted = w.overview(.sortedBy(w.overviewColumn(state.sort.column), descending: state.sort.descending))
        screen.frame(frame, title: "\(w.overview(.listTitle)) · \(sorted)", focused: true)
        let inner = MainLayout.inner(frame)
        let layout = OverviewColumns(width: inner.width - 1)
        drawHeadings(layout, sort: state.sort, words: w, at: inner, into: &screen)
        var y = inner.y + 1
        for problem in state.problems.prefix(problemLines) {
            screen.put(" ⚠ " + w.overview(.unreadableLine(problem)), x: inner.x, y: y, role: .error, limit: inner.width)
            y += 1
        }
        if state.problems.count > problemLines {
            screen.put("   " + w.overview(.moreUnreadable(state.problems.count - problemLines)), x: inner.x, y: y, role: .error, limit: inner.width)
            y += 1
        }
        let height = inner.maxY - y
        if !state.isLoaded {
            screen.put(" " + w.overview(.loading), x: inner.x, y: y, role: .muted, limit: inner.width)
        } else if state.visible.isEmpty {
            screen.put(" " + w.overview(state.table.rows.isEmpty ? .storeIsEmpty : .noneMatch), x: inner.x, y: y, role: .muted, limit: inner.width)
        }
        let scroll = max(0, state.cursor - height + 1)
        let memo = LayoutMemo<Int, [Cell]>.Layout(width: inner.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        for (line, index) in state.visible.dropFirst(scroll).prefix(max(0, height)).enumerated() {
            // Laid out once per row: moving, sorting and filtering show other rows, they do not change them.
            let cells = state.lines.value(for: index, in: memo) { row(state.table.rows[index], layout, words: w, width: inner.width) }
            screen.put(row: cells, x: inner.x, y: y + line)
            if scroll + line == state.cursor {
                screen.setRole(Rect(x: inner.x, y: y + line, width: inner.width, height: 1), role: .selection)
            }
        }
        drawCounts(state, words: w, frame: frame, into: &screen)
        let status = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        FooterView.draw(core, context: .overview, status: status, footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
        if core.status == nil, let row = state.selectedRow {
            screen.put(TextLayout.truncate(" " + aboutSelected(row, words: w), to: status.width - 1), x: 0, y: status.y, role: .muted, limit: status.width)
        }
    }

    private static func drawHeadings(_ layout: OverviewColumns, sort: OverviewSort, words w: any Wording, at inner: Rect, into screen: inout Screen) {
        var x = inner.x + 1
        for column in layout.columns {
            var heading = w.overviewHeader(column.column)
            if column.column == sort.column { heading += sort.descending ? " ▼" : " ▲" }
            screen.put(TextLayout.truncate(heading, to: column.width), x: x, y: inner.y, role: column.column == sort.column ? .match : .title, limit: column.width)
            x += column.width + 1
        }
    }

    /// One agreement's line, `width` cells: each column's text in its place.
    static func row(_ row: OverviewRow, _ layout: OverviewColumns, words w: any Wording, width: Int) -> [Cell] {
        var line = Screen(width: max(0, width), height: 1)
        let cells = OverviewColumns.cells(row, words: w)
        var x = 1
        for column in layout.columns {
            if let cell = cells[column.column] {
                line.put(cell.text, x: x, y: 0, role: cell.role, limit: min(column.width, width - x))
            }
            x += column.width + 1
        }
        return line.cells
    }

    /// "14 av 20 avtaler · 6 på etterskudd · 1 fil kan ikke leses" in the frame's bottom edge.
    private static func drawCounts(_ state: OverviewState, words w: any Wording, frame: Rect, into screen: inout Screen) {
        guard state.isLoaded, frame.width > 6 else { return }
        var parts = [w.overview(.shown(state.visible.count, of: state.table.rows.count))]
        let behind = state.table.behindCount(state.visible)
        if behind > 0 { parts.append(w.overview(.behind(behind))) }
        if !state.problems.isEmpty { parts.append(w.overview(.unreadable(state.problems.count))) }
        let text = TextLayout.truncate(" " + parts.joined(separator: " · ") + " ", to: frame.width - 4)
        screen.put(text, x: frame.x + 2, y: frame.maxY - 1, role: state.problems.isEmpty ? .borderFocused : .error)
    }

    /// What the columns may leave out about the selected agreement: the next step and its date,
    /// the contact person and the service area.
    static func aboutSelected(_ row: OverviewRow, words w: any Wording) -> String {
        var parts = ["\(row.unit) \(row.year)"]
        if let step = row.nextStep, let date = row.nextDeadline {
            parts.append("\(w.yearStep(step)) \(w.date(date))" + (row.overdue ? " (\(w.overview(.behindOnly).lowercased()))" : ""))
        }
        parts.append(w.overviewColumn(.contactPerson) + ": " + (row.contactPerson.isEmpty ? "–" : row.contactPerson))
        if !row.serviceArea.isEmpty { parts.append(row.serviceArea) }
        return parts.joined(separator: " · ")
    }
}

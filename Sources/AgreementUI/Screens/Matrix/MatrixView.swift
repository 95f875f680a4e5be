import AgreementKit
import Catalogue

/// The goal matrix: units grouped by service area down, common goal areas across; each cell the
/// goal-attainment glyph (▲ ● ▼, with its words where there is room) or, before the year-end
/// rating, the progress of the area in the agreement's phase (its letter and done/required).
/// Below, the ratings rolled up per goal area, and per service area for the column of the cursor.
enum MatrixView {
    static let unitMinimum = 18
    static let cellMinimum = 7
    static let cellMaximum = 24

    static func draw(_ state: MatrixState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        let right = core.session.todayIsFixed ? w.screen(.asOf(w.date(core.session.today))) + " " : ""
        HeaderView.title(w.overview(.matrixTitle), right: right, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let totals = totalsLines(state, words: w)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let (gridFrame, totalsFrame) = body.splitBottom(min(totals.count + 2, body.height / 2))
        screen.frame(gridFrame, title: w.overview(.shown(state.matrix.rows.count, of: state.matrix.rows.count)), focused: true)
        drawGrid(state, core, in: MainLayout.inner(gridFrame), into: &screen)
        screen.frame(totalsFrame, title: w.overview(.totalsTitle), focused: false)
        let inner = MainLayout.inner(totalsFrame)
        for (i, line) in totals.prefix(inner.height).enumerated() {
            screen.put(line, x: inner.x, y: inner.y + i, width: inner.width)
        }
        FooterView.draw(core, context: .matrix, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
        if core.status == nil {
            screen.put(TextLayout.truncate(" " + w.overview(.matrixLegend), to: size.width), x: 0, y: size.height - 2, role: .muted, limit: size.width)
        }
    }

    /// Lines of the grid below its heading, for paging.
    static func gridHeight(_ state: MatrixState, size: Size) -> Int {
        let body = size.height - 3
        return max(1, body - min(totalsCount(state) + 2, body / 2) - 3)
    }

    /// How many goal-area columns fit beside the unit column.
    static func columnsShown(_ state: MatrixState, width: Int) -> Int {
        let inner = width - 2
        return max(1, min(state.matrix.areas.count, (inner - unitMinimum) / cellMinimum))
    }

    private static func totalsCount(_ state: MatrixState) -> Int {
        state.matrix.areas.count + (state.matrix.areas.isEmpty ? 0 : 1 + state.matrix.serviceAreas.count)
    }

    private static func drawGrid(_ state: MatrixState, _ core: AppCore, in inner: Rect, into screen: inout Screen) {
        let w = core.words
        let matrix = state.matrix
        guard !matrix.areas.isEmpty else {
            screen.put(" " + w.overview(matrix.rows.isEmpty ? .noneMatch : .noCommonGoals), x: inner.x, y: inner.y, role: .muted, limit: inner.width)
            return
        }
        let shown = columnsShown(state, width: inner.width + 2)
        let columns = Array(state.firstColumn..<min(matrix.areas.count, state.firstColumn + shown))
        // The unit's column keeps about 28 places (name and year) before the areas widen.
        let cellWidth = max(cellMinimum, min(cellMaximum, (inner.width - max(unitMinimum, 28)) / max(1, columns.count)))
        let unitWidth = inner.width - cellWidth * columns.count
        screen.put(" " + w.overview(.unitColumn), x: inner.x, y: inner.y, role: .title, limit: unitWidth)
        for (k, c) in columns.enumerated() {
            let marker = k == 0 && state.firstColumn > 0 ? "‹" : (k == columns.count - 1 && c < matrix.areas.count - 1 ? "›" : "")
            screen.put(TextLayout.truncate(matrix.areas[c].title, to: cellWidth - 1 - marker.count) + marker, x: inner.x + unitWidth + k * cellWidth, y: inner.y,
                       role: c == state.column ? .match : .title, limit: cellWidth - 1)
        }
        let height = inner.height - 1
        let scroll = max(0, state.line - height + 1)
        let layout = LayoutMemo<MatrixState.GridLine, [Cell]>.Layout(width: inner.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        for (offset, line) in state.lines.dropFirst(scroll).prefix(max(0, height)).enumerated() {
            let y = inner.y + 1 + offset
            switch line {
            case .group(let name):
                screen.put(" " + (name.isEmpty ? w.overview(.noServiceArea) : name), x: inner.x, y: y, role: .title, limit: inner.width)
            case .unit(let i):
                // Laid out once per row and first column: moving the cursor only marks other cells.
                let key = MatrixState.GridLine(row: i, firstColumn: state.firstColumn)
                let cells = state.gridLines.value(for: key, in: layout) {
                    unitLine(matrix, row: i, columns: columns, unitWidth: unitWidth, cellWidth: cellWidth, words: w, width: inner.width)
                }
                screen.put(row: cells, x: inner.x, y: y)
                guard scroll + offset == state.line else { continue }
                if let k = columns.firstIndex(of: state.column) {
                    screen.setRole(Rect(x: inner.x + unitWidth + k * cellWidth, y: y, width: cellWidth - 1, height: 1), role: .selection)
                }
                screen.setRole(Rect(x: inner.x, y: y, width: unitWidth - 1, height: 1), role: .selectionInactive)
            }
        }
    }

    /// A unit's line of the grid, `width` cells: its name and year, then a cell per column shown.
    private static func unitLine(_ matrix: GoalMatrix, row i: Int, columns: [Int], unitWidth: Int, cellWidth: Int, words w: any Wording, width: Int) -> [Cell] {
        var line = Screen(width: max(0, width), height: 1)
        let row = matrix.rows[i]
        // The year stays in view however short the unit's name must be.
        let year = " \(row.year)"
        line.put("   " + TextLayout.truncate(row.unit, to: max(1, unitWidth - 4 - year.count)) + year, x: 0, y: 0, role: .normal, limit: unitWidth - 1)
        for (k, c) in columns.enumerated() {
            let cell = self.cell(matrix.cells[i][c], phase: row.phase, words: w, width: cellWidth - 1)
            line.put(cell.text, x: unitWidth + k * cellWidth, y: 0, role: cell.role, limit: cellWidth - 1)
        }
        return line.cells
    }

    /// A cell: the rating's glyph and word, the progress before the rating, or a dash.
    static func cell(_ facts: GoalAreaFacts?, phase: Phase, words w: any Wording, width: Int) -> Span {
        guard let facts else { return Span("  ·", .muted) }
        if let rating = facts.attainment {
            let word = w.overview(.ratingShort(rating))
            let text = width >= DisplayWidth.of(word) + 2 ? "\(rating.glyph) \(word)" : "\(rating.glyph)"
            return Span(text, rating == .belowAgreement ? .warning : .normal)
        }
        if phase == .closed { return Span("–", .muted) }
        return Span("\(OverviewColumns.phaseLetter(phase)) \(facts.progress.done)/\(facts.progress.required)", Span.role(for: phase.colour))
    }

    /// One line per goal area with its totals in words, then the column of the cursor per service area.
    static func totalsLines(_ state: MatrixState, words w: any Wording) -> [[Span]] {
        let matrix = state.matrix
        guard !matrix.areas.isEmpty else { return [] }
        var out: [[Span]] = matrix.areas.enumerated().map { c, area in
            [Span(area.title + ": ", c == state.column ? .match : .title), Span(w.ratingCounts(area.totals))]
        }
        if let area = state.selectedArea {
            out.append([Span(w.overview(.perServiceArea(area.title)), .title)])
            for (s, service) in matrix.serviceAreas.enumerated() {
                let name = service.isEmpty ? w.overview(.noServiceArea) : service
                out.append([Span("  " + name + ": "), Span(w.ratingCounts(area.byServiceArea[s]))])
            }
        }
        return out
    }
}

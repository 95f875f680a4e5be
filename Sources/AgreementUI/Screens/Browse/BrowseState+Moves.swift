import AgreementKit

extension BrowseState {
    /// Lines a page moves in the focused pane.
    func pageSize(_ core: AppCore) -> Int {
        let layout = MainLayout(core.size)
        let rect = focus == .goals ? layout.goals : focus == .measures ? layout.measures : layout.log
        return max(1, rect.height - 3)
    }

    mutating func moveCursor(by distance: Int, _ core: AppCore) {
        switch focus {
        case .goals:
            let next = tree.move(from: node, by: distance)
            if next != node { select(next, core) }
        case .measures:
            measuresCursor = measures.move(from: measuresCursor, by: distance)
            scrollPanesIntoView(core)
        case .log:
            logCursor = log.move(from: logCursor, by: distance)
            scrollPanesIntoView(core)
        }
    }

    mutating func scrollGoalsIntoView(_ core: AppCore) {
        let height = MainLayout.inner(MainLayout(core.size).goals).height
        guard height > 0, let cursor = tree.position(of: node) else { return }
        // Keep the heading above the cursor in view when it is the line just above.
        var top = cursor
        if top > 0, !tree.nodes[top - 1].isSelectable { top -= 1 }
        if top < goalsScroll { goalsScroll = top }
        if cursor >= goalsScroll + height { goalsScroll = cursor - height + 1 }
        goalsScroll = max(0, goalsScroll)
    }

    mutating func scrollPanesIntoView(_ core: AppCore) {
        let layout = MainLayout(core.size)
        measuresScroll = measures.scroll(cursor: measuresCursor, current: measuresScroll, height: MainLayout.inner(layout.measures).height)
        logScroll = log.scroll(cursor: logCursor, current: logScroll, height: MainLayout.inner(layout.log).height)
    }

    /// The row that adding a measure or log entry applies to: the selected row, or the only row of the selected goal area.
    func targetRow(_ core: AppCore) -> GoalRow? {
        switch selection(core) {
        case .row(_, let row): row
        case .goalArea(let area) where area.rows.count == 1: area.rows[0]
        default: nil
        }
    }

    /// The item under the cursor of the focused pane.
    func focusedItem(_ core: AppCore) -> ItemRef? {
        switch focus {
        case .goals:
            switch selection(core) {
            case .goalArea(let area): .goalArea(area.id)
            case .row(_, let row): .row(row.id)
            default: nil
            }
        case .measures: focusedMeasure?.item
        case .log: focusedLogEntry?.item
        }
    }
}

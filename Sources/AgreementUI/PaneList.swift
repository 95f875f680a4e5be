/// Cursor and scrolling over a list of pane items of different heights.
enum PaneList {
    static func firstSelectable(_ items: [PaneItem]) -> Int? {
        items.firstIndex(where: \.isSelectable)
    }

    /// The selectable item nearest to `index`, preferring the one at or before it.
    static func nearestSelectable(_ items: [PaneItem], to index: Int) -> Int {
        let clamped = min(max(0, index), max(0, items.count - 1))
        var i = clamped
        while i >= 0 { if items.indices.contains(i) && items[i].isSelectable { return i }; i -= 1 }
        return firstSelectable(items) ?? 0
    }

    /// The selectable item `distance` steps from `index`, stopping at the ends.
    static func move(_ items: [PaneItem], from index: Int, by distance: Int) -> Int {
        let step = distance < 0 ? -1 : 1
        var current = index
        var remaining = abs(distance)
        var i = index + step
        while remaining > 0, items.indices.contains(i) {
            if items[i].isSelectable {
                current = i
                remaining -= 1
            }
            i += step
        }
        return current
    }

    /// The first visible item so that `cursor` is fully visible in `height` lines, moving as little as possible.
    static func scroll(_ items: [PaneItem], cursor: Int, current: Int, width: Int, height: Int) -> Int {
        guard !items.isEmpty, height > 0 else { return 0 }
        var first = min(current, cursor)
        // Show the heading just above the cursor when that is all it takes.
        if first == cursor, cursor > 0, !items[cursor - 1].isSelectable { first = cursor - 1 }
        while first < cursor {
            let used = (first...cursor).reduce(0) { $0 + ItemLines.height(of: items[$1], width: width) }
            if used <= height { break }
            first += 1
        }
        return max(0, first)
    }
}

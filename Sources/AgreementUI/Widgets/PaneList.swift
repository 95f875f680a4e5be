/// A list of entries of different heights (wrapped text) in a pane: the cursor, and scrolling
/// in time independent of how many entries there are, from heights measured once per width.
public struct PaneList<Entry: Equatable & Sendable>: Equatable, Sendable {
    public let entries: [Entry]
    public let width: Int
    /// Lines each entry takes at `width`.
    public let heights: [Int]
    /// `offsets[i]` is the line entry `i` starts on; `offsets[count]` the total.
    private let offsets: [Int]
    private let selectable: [Bool]

    /// Measures every entry once; `height` gives its lines at a width, `isSelectable` whether the cursor may stop on it.
    public init(_ entries: [Entry], width: Int, height: (Entry, Int) -> Int, isSelectable: (Entry) -> Bool) {
        self.entries = entries
        self.width = width
        heights = entries.map { max(1, height($0, width)) }
        var offsets = [0]
        offsets.reserveCapacity(entries.count + 1)
        for h in heights { offsets.append(offsets[offsets.count - 1] + h) }
        self.offsets = offsets
        selectable = entries.map(isSelectable)
    }

    public var count: Int { entries.count }
    public var totalLines: Int { offsets[entries.count] }
    /// The line entry `index` starts on.
    public func lineOffset(of index: Int) -> Int { offsets[max(0, min(index, entries.count))] }
    public func isSelectable(_ index: Int) -> Bool { selectable.indices.contains(index) && selectable[index] }

    public var firstSelectable: Int? { selectable.firstIndex(of: true) }

    /// The selectable entry nearest to `index`, preferring the one at or before it.
    public func nearestSelectable(to index: Int) -> Int {
        let clamped = min(max(0, index), max(0, count - 1))
        var i = clamped
        while i >= 0 {
            if isSelectable(i) { return i }
            i -= 1
        }
        return firstSelectable ?? 0
    }

    /// The selectable entry `distance` steps from `index`, stopping at the ends.
    public func move(from index: Int, by distance: Int) -> Int {
        let step = distance < 0 ? -1 : 1
        var current = index
        var remaining = distance.magnitude
        var i = index + step
        while remaining > 0, selectable.indices.contains(i) {
            if selectable[i] {
                current = i
                remaining -= 1
            }
            i += step
        }
        return current
    }

    /// The first visible entry so that `cursor` is fully visible in `height` lines, moving as
    /// little as possible from `current`.
    public func scroll(cursor: Int, current: Int, height: Int) -> Int {
        guard !entries.isEmpty, height > 0, entries.indices.contains(cursor) else { return 0 }
        var first = min(current, cursor)
        // Show the heading just above the cursor when that is all it takes.
        if first == cursor, cursor > 0, !selectable[cursor - 1] { first = cursor - 1 }
        let end = offsets[cursor + 1]
        if end - offsets[first] <= height || first == cursor { return max(0, first) }
        // The smallest first entry in (first, cursor] from which the cursor's end is within reach.
        var low = first + 1, high = cursor
        while low < high {
            let mid = (low + high) / 2
            if end - offsets[mid] <= height { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

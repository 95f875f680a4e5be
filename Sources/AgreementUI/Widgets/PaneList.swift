import AgreementKit
import Synchronization

/// A list of entries of different heights (wrapped text) in a pane: the cursor, and scrolling
/// in time independent of how many entries there are. An entry is measured when it is first
/// needed (shown, or passed while scrolling to the cursor) and its height kept, so no key walks
/// every entry of a 5,000-entry log.
public struct PaneList<Entry: Equatable & Sendable>: Equatable, Sendable {
    public let entries: [Entry]
    public let width: Int
    private let selectable: [Bool]
    /// The indices of the selectable entries, ascending (a move is a binary search).
    private let stops: [Int]
    private var memo: PaneListMemo<Entry>

    /// Measures nothing yet; `height` gives an entry's lines at a width, `isSelectable` whether the cursor may stop on it.
    public init(_ entries: [Entry], width: Int, height: @escaping @Sendable (Entry, Int) -> Int, isSelectable: (Entry) -> Bool) {
        self.entries = entries
        self.width = width
        let selectable = entries.map(isSelectable)
        self.selectable = selectable
        stops = selectable.indices.filter { selectable[$0] }
        memo = PaneListMemo(count: entries.count, measure: height)
    }

    /// Lists are equal when they hold the same entries at the same width (what is measured is derived).
    public static func == (a: PaneList, b: PaneList) -> Bool {
        a.width == b.width && a.entries == b.entries
    }

    public var count: Int { entries.count }
    public func isSelectable(_ index: Int) -> Bool { selectable.indices.contains(index) && selectable[index] }

    public var firstSelectable: Int? { stops.first }

    /// Lines entry `index` takes at the list's width (measured once).
    public func height(of index: Int) -> Int {
        // The entry is read only when it is measured: a copy of it per look-up cost more than the look-up.
        memo.height(of: index, width: width) { entries[index] }
    }

    /// How many entries have been measured so far (a test counts them).
    var measuredCount: Int { memo.measuredCount }

    /// Entry `index` as drawn at the list's width, one row of cells per line, made by `make` the
    /// first time it is shown (kept for the entries shown lately, `PaneListMemo.rowCapacity`).
    func rows(of index: Int, make: () -> [[Cell]]) -> [[Cell]] {
        memo.rows(of: index, make: make)
    }

    /// The same list with nothing measured or drawn yet (a test draws it afresh).
    func forgettingDrawnRows() -> PaneList {
        var copy = self
        copy.memo = memo.fresh()
        return copy
    }

    /// The lines the entries from `index` on take, counted only until they pass `limit`:
    /// the result is at most `limit + 1`.
    public func lines(from index: Int, limit: Int) -> Int {
        var total = 0
        var i = max(0, index)
        while i < entries.count, total <= limit {
            total += height(of: i)
            i += 1
        }
        return min(total, limit + 1)
    }

    /// The selectable entry nearest to `index`, preferring the one at or before it.
    public func nearestSelectable(to index: Int) -> Int {
        let clamped = min(max(0, index), max(0, count - 1))
        let after = firstStop(after: clamped)
        if after > 0 { return stops[after - 1] }
        return firstSelectable ?? 0
    }

    /// The selectable entry `distance` steps from `index`, stopping at the ends.
    public func move(from index: Int, by distance: Int) -> Int {
        guard distance != 0 else { return index }
        if distance > 0 {
            // The first stop after `index`, then `distance - 1` more.
            let next = firstStop(after: index)
            guard next < stops.count else { return index }
            let steps = min(distance - 1, stops.count - 1 - next)
            return stops[next + steps]
        }
        // The last stop before `index`, then `-distance - 1` more.
        let previous = firstStop(after: index - 1) - 1
        guard previous >= 0 else { return index }
        let steps = min(distance.magnitude - 1, UInt(previous))
        return stops[previous - Int(steps)]
    }

    /// The position in `stops` of the first stop greater than `index` (`stops.count` when none).
    private func firstStop(after index: Int) -> Int {
        var low = 0, high = stops.count
        while low < high {
            let mid = (low + high) / 2
            if stops[mid] <= index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first visible entry so that `cursor` is fully visible in `height` lines, moving as
    /// little as possible from `current`. Measures at most the entries that fit above the cursor.
    public func scroll(cursor: Int, current: Int, height: Int) -> Int {
        guard !entries.isEmpty, height > 0, entries.indices.contains(cursor) else { return 0 }
        var first = max(0, min(current, cursor))
        // Show the heading just above the cursor when that is all it takes.
        if first == cursor, cursor > 0, !selectable[cursor - 1] { first = cursor - 1 }
        if first == cursor { return first }
        // Walk up from the cursor while its end stays within reach: the smallest such entry in
        // (first, cursor], or `first` itself when everything from it fits.
        var lines = self.height(of: cursor)
        var top = cursor
        while top > first {
            let above = self.height(of: top - 1)
            if lines + above > height { return top }
            lines += above
            top -= 1
        }
        return first
    }
}

extension PaneList where Entry == PaneItem {
    /// The entry that shows `item`: the first look-up indexes every entry, the next ones are
    /// immediate (each `n` in a search of a 5,000-entry log looks one up).
    func index(of item: ItemRef) -> Int? {
        memo.index(of: item) {
            var index: [ItemRef: Int] = [:]
            for (i, entry) in entries.enumerated() {
                if let item = entry.item, index[item] == nil { index[item] = i }
            }
            return index
        }
    }
}

/// The heights a `PaneList` has measured, kept across copies of the list (a list is a value;
/// what it measured is a cache of a pure function of its entries and width).
final class PaneListMemo<Entry: Sendable>: Sendable {
    private let measure: @Sendable (Entry, Int) -> Int
    /// 0 while an entry is not measured yet (every height is at least 1).
    private let heights: Mutex<[Int]>
    /// Which entry shows which item, made at the first look-up.
    private let items = Mutex<[ItemRef: Int]?>(nil)
    /// The entries drawn lately, as rows of cells.
    private let drawn = Mutex<[Int: [[Cell]]]>([:])
    /// At most this many entries are kept drawn (a pane shows a few dozen; scrolling a long log
    /// through starts the memo over rather than keeping every entry).
    static var rowCapacity: Int { 256 }

    init(count: Int, measure: @escaping @Sendable (Entry, Int) -> Int) {
        self.measure = measure
        heights = Mutex([Int](repeating: 0, count: count))
    }

    func height(of index: Int, width: Int, entry: () -> Entry) -> Int {
        let known = heights.withLock { $0.indices.contains(index) ? $0[index] : 0 }
        if known > 0 { return known }
        let measured = max(1, measure(entry(), width))
        heights.withLock { if $0.indices.contains(index) { $0[index] = measured } }
        return measured
    }

    /// The entry that shows `item`, from the index `building` makes at the first look-up.
    func index(of item: ItemRef, building: () -> [ItemRef: Int]) -> Int? {
        if let known = items.withLock({ $0 }) { return known[item] }
        let built = building()
        items.withLock { $0 = built }
        return built[item]
    }

    /// How many entries have been measured.
    var measuredCount: Int { heights.withLock { $0.count(where: { $0 > 0 }) } }

    /// A memo of the same entries with nothing measured or drawn.
    func fresh() -> PaneListMemo {
        PaneListMemo(count: heights.withLock { $0.count }, measure: measure)
    }

    func rows(of index: Int, make: () -> [[Cell]]) -> [[Cell]] {
        if let kept = drawn.withLock({ $0[index] }) { return kept }
        let made = make()
        drawn.withLock { memo in
            if memo.count >= Self.rowCapacity { memo = [:] }
            memo[index] = made
        }
        return made
    }
}

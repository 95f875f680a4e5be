import AgreementKit
@testable import AgreementUI
import Testing

/// A pane list measures an entry only when it is shown or scrolled past (issue 14.6): its moves
/// and scrolling give exactly what the plain way — every height measured, prefix sums — gives,
/// and scrolling to the end of 5,000 entries measures only what fits above the cursor.
@Suite("Pane lists: moves and scrolling from heights measured on demand")
struct PaneListTests {
    /// Entries are their own height (0 = a heading the cursor skips, shown on one line).
    static func list(_ heights: [Int], width: Int = 40) -> PaneList<Int> {
        PaneList(heights, width: width, height: { entry, _ in max(1, entry) }, isSelectable: { $0 > 0 })
    }

    /// The old, plain way: every entry measured, prefix sums, loops over the entries.
    struct Plain {
        let heights: [Int]
        let selectable: [Bool]
        var offsets: [Int] { heights.reduce(into: [0]) { $0.append($0[$0.count - 1] + max(1, $1)) } }

        func move(from index: Int, by distance: Int) -> Int {
            let step = distance < 0 ? -1 : 1
            var current = index, remaining = distance.magnitude, i = index + step
            while remaining > 0, selectable.indices.contains(i) {
                if selectable[i] {
                    current = i
                    remaining -= 1
                }
                i += step
            }
            return current
        }

        func nearestSelectable(to index: Int) -> Int {
            var i = min(max(0, index), max(0, heights.count - 1))
            while i >= 0 {
                if selectable.indices.contains(i), selectable[i] { return i }
                i -= 1
            }
            return selectable.firstIndex(of: true) ?? 0
        }

        func scroll(cursor: Int, current: Int, height: Int) -> Int {
            guard !heights.isEmpty, height > 0, heights.indices.contains(cursor) else { return 0 }
            let offsets = self.offsets
            var first = min(current, cursor)
            if first == cursor, cursor > 0, !selectable[cursor - 1] { first = cursor - 1 }
            let end = offsets[cursor + 1]
            if end - offsets[first] <= height || first == cursor { return max(0, first) }
            var candidate = first + 1
            while candidate < cursor, end - offsets[candidate] > height { candidate += 1 }
            return candidate
        }
    }

    @Test func movesAndScrollingEqualThePlainWay() {
        var generator = SplitMix64(seed: 146)
        for round in 0..<300 {
            let count = Int(generator.next() % 30)
            let heights = (0..<count).map { _ in Int(generator.next() % 6) }
            let list = Self.list(heights)
            let plain = Plain(heights: heights, selectable: heights.map { $0 > 0 })
            #expect(list.firstSelectable == plain.selectable.firstIndex(of: true), "round \(round)")
            for _ in 0..<20 {
                let index = Int(generator.next() % UInt64(count + 2)) - 1
                let distances = [1, -1, 3, -3, 10, -10, Int.max / 2, -Int.max / 2, 0]
                let distance = distances[Int(generator.next() % UInt64(distances.count))]
                #expect(list.move(from: index, by: distance) == plain.move(from: index, by: distance),
                        "round \(round): \(heights) from \(index) by \(distance)")
                #expect(list.nearestSelectable(to: index) == plain.nearestSelectable(to: index), "round \(round): \(heights) near \(index)")
                let current = Int(generator.next() % UInt64(count + 3))
                let height = Int(generator.next() % 12)
                #expect(list.scroll(cursor: index, current: current, height: height) == plain.scroll(cursor: index, current: current, height: height),
                        "round \(round): \(heights) cursor \(index) from \(current) in \(height) lines")
            }
        }
    }

    @Test func linesFromAnEntryStopJustPastTheLimit() {
        let list = Self.list([2, 3, 0, 4, 1])
        #expect(list.lines(from: 0, limit: 100) == 11)
        #expect(list.lines(from: 0, limit: 4) == 5, "2 + 3 passes 4: one more than the limit")
        #expect(list.lines(from: 3, limit: 10) == 5)
        #expect(list.lines(from: 5, limit: 10) == 0)
    }

    @Test func scrollingToTheEndOfFiveThousandMeasuresOnlyWhatFits() {
        let list = Self.list((0..<5_000).map { 1 + $0 % 3 })
        #expect(list.measuredCount == 0, "nothing is measured when the list is made")
        let last = list.move(from: 0, by: Int.max / 2)
        #expect(last == 4_999)
        let top = list.scroll(cursor: last, current: 0, height: 30)
        #expect(list.lines(from: top, limit: 30) <= 30 && list.lines(from: top - 1, limit: 30) > 30, "the last entry ends at the bottom")
        #expect(list.measuredCount <= 31, "only the entries that fit above the cursor, and the one past them: \(list.measuredCount)")
        // A copy shares what was measured.
        let copy = list
        _ = copy.scroll(cursor: last, current: 0, height: 30)
        #expect(copy.measuredCount == list.measuredCount)
    }
}

/// What changed between two screens of the same size, as runs of cells to paint per row: the
/// terminal layer paints only these. Pure, so it is tested without a terminal.
public enum CellDiff {
    /// A run of changed cells on one row, from `x` for `count` cells.
    public struct Run: Equatable, Sendable {
        public var y: Int
        public var x: Int
        public var count: Int
    }

    /// The runs that differ. Without a previous screen (or after a resize) every row is one run.
    /// A wide character and its right half are always in the same run.
    public static func runs(from previous: Screen?, to next: Screen) -> [Run] {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return (0..<next.height).map { Run(y: $0, x: 0, count: next.width) }
        }
        var runs: [Run] = []
        for y in 0..<next.height {
            var x = 0
            while x < next.width {
                guard previous[x, y] != next[x, y] else { x += 1; continue }
                var start = x
                // A changed right half repaints its left half too.
                if start > 0, next[start, y].isContinuation || previous[start, y].isContinuation { start -= 1 }
                var end = x + 1
                while end < next.width, previous[end, y] != next[end, y] || next[end, y].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.count >= start {
                    runs[runs.count - 1].count = end - last.x
                } else {
                    runs.append(Run(y: y, x: start, count: end - start))
                }
                x = end
            }
        }
        return runs
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// A wide character and its right half are always in the same run. A row equal to the one
    /// before is passed over in one memcmp of its cells (eight bytes each, no text).
    public static func runs(from previous: Screen?, to next: Screen) -> [Run] {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return (0..<next.height).map { Run(y: $0, x: 0, count: next.width) }
        }
        let width = next.width
        var runs: [Run] = []
        previous.cells.withUnsafeBufferPointer { before in
            next.cells.withUnsafeBufferPointer { after in
                let rowBytes = width * MemoryLayout<Cell>.stride
                for y in 0..<next.height {
                    let row = y * width
                    // Most rows are unchanged: one memcmp passes them over. Equal bytes are equal
                    // cells; unequal bytes may be padding only, so the cells decide then.
                    if let a = before.baseAddress, let b = after.baseAddress, memcmp(a + row, b + row, rowBytes) == 0 { continue }
                    guard let first = firstDifference(before, after, from: row, to: row + width) else { continue }
                    var x = first - row
                    while x < width {
                        guard before[row + x] != after[row + x] else { x += 1; continue }
                        var start = x
                        // A changed right half repaints its left half too.
                        if start > 0, after[row + start].isContinuation || before[row + start].isContinuation { start -= 1 }
                        var end = x + 1
                        while end < width, before[row + end] != after[row + end] || after[row + end].isContinuation { end += 1 }
                        if let last = runs.last, last.y == y, last.x + last.count >= start {
                            runs[runs.count - 1].count = end - last.x
                        } else {
                            runs.append(Run(y: y, x: start, count: end - start))
                        }
                        x = end
                    }
                }
            }
        }
        return runs
    }

    /// The first index in `from..<to` where the two buffers differ, or nil when that part is equal.
    private static func firstDifference(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>, from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if a[i] != b[i] { return i }
            i += 1
        }
        return nil
    }
}

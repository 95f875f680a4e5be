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

    /// The most equal cells between two changed ones that a run goes on over: printable ASCII in
    /// the role of the changed cell before them, so painting them again is a byte each in the
    /// rendition already sent — no more than the cursor move that would pass them over.
    static let gapLimit = 6

    /// The runs that differ. Without a previous screen (or after a resize) every row is one run.
    /// A wide character and its right half are always in the same run; so is a short gap of equal
    /// cells between changed ones (`gapLimit`). A row equal to the one before is passed over in
    /// one memcmp of its cells (four bytes each, no text).
    public static func runs(from previous: Screen?, to next: Screen) -> [Run] {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return (0..<next.height).map { Run(y: $0, x: 0, count: next.width) }
        }
        let width = next.width
        var runs: [Run] = []
        // Room for two runs a row, so a frame that changes much of the screen does not grow the
        // array step by step (a screen stepped to new text gives a hundred runs and more).
        runs.reserveCapacity(2 * next.height)
        previous.cells.withUnsafeBytes { beforeBytes in
            next.cells.withUnsafeBytes { afterBytes in
                guard let before = beforeBytes.baseAddress, let after = afterBytes.baseAddress else { return }
                // A cell is four bytes without padding (`Cell`): equal words are equal cells.
                let stride = MemoryLayout<Cell>.stride
                func same(_ i: Int) -> Bool {
                    before.loadUnaligned(fromByteOffset: i &* stride, as: UInt32.self)
                        == after.loadUnaligned(fromByteOffset: i &* stride, as: UInt32.self)
                }
                // Eight cells at a time, where a changed row's equal stretches are passed over.
                func sameEight(_ i: Int) -> Bool {
                    let a = before + i &* stride, b = after + i &* stride
                    let d0 = a.loadUnaligned(as: UInt64.self) ^ b.loadUnaligned(as: UInt64.self)
                    let d1 = a.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    let d2 = a.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    let d3 = a.loadUnaligned(fromByteOffset: 24, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    return d0 | d1 | d2 | d3 == 0
                }
                // Eight cells at a time where a changed stretch goes on (a screen stepped to new text
                // changes nearly every cell): a 32-bit lane of the XOR is zero only where the two
                // cells are equal, and `(d - 1…1) & ~d & 8…8` is nonzero exactly when a lane is zero.
                func noneSameEight(_ i: Int) -> Bool {
                    let a = before + i &* stride, b = after + i &* stride
                    let ones: UInt64 = 0x0000_0001_0000_0001, highs: UInt64 = 0x8000_0000_8000_0000
                    func zeroLanes(_ offset: Int) -> UInt64 {
                        let d = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        return (d &- ones) & ~d & highs
                    }
                    return zeroLanes(0) | zeroLanes(8) | zeroLanes(16) | zeroLanes(24) == 0
                }
                func continues(_ i: Int) -> Bool {
                    after.load(fromByteOffset: i &* stride, as: Cell.self).isContinuation
                }
                func continued(_ i: Int) -> Bool {
                    before.load(fromByteOffset: i &* stride, as: Cell.self).isContinuation
                }
                let rowBytes = width * stride
                for y in 0..<next.height {
                    let row = y * width
                    // Most rows are unchanged: one memcmp passes them over.
                    if memcmp(before + row * stride, after + row * stride, rowBytes) == 0 { continue }
                    var x = 0
                    while x < width {
                        if same(row + x) {
                            if x + 8 <= width, sameEight(row + x) {
                                // A long equal stretch (a pane the key left alone, the cells between
                                // two borders that changed role) goes by thirty-two cells to a memcmp.
                                x += 8
                                while x + 32 <= width, memcmp(before + (row + x) * stride, after + (row + x) * stride, 32 * stride) == 0 { x += 32 }
                                while x + 8 <= width, sameEight(row + x) { x += 8 }
                            } else {
                                // A short one (a blank between two changed words) cell by cell:
                                // no call for it.
                                x += 1
                            }
                            continue
                        }
                        var start = x
                        // A changed right half repaints its left half too.
                        if start > 0, continues(row + start) || continued(row + start) { start -= 1 }
                        var end = x + 1
                        while true {
                            // Cells that all differ belong to the run whatever they hold.
                            while end + 8 <= width, noneSameEight(row + end) { end += 8 }
                            while end < width, !same(row + end) || continues(row + end) { end += 1 }
                            guard end < width else { break }
                            // A short gap of equal cells the terminal can be given again as they
                            // are (text stepped to other text leaves a letter or a blank where it
                            // stood, every few cells) stays in the run: one run, not one a word.
                            let kind = after.load(fromByteOffset: (row + end - 1) &* stride, as: UInt32.self) & ~Cell.codeMask
                            var next = end
                            while next < width, next - end < gapLimit, same(row + next) {
                                let bits = after.load(fromByteOffset: (row + next) &* stride, as: UInt32.self)
                                guard bits & ~Cell.codeMask == kind, (bits & Cell.codeMask) &- 0x20 < 0x5F else { break }
                                next += 1
                            }
                            guard next < width, next > end, !same(row + next) else { break }
                            end = next + 1
                        }
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
}

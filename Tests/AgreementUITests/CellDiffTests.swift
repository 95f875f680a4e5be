@testable import AgreementUI
import AgreementKit
import Testing

@Suite("The cell diff: only what changed is painted")
struct CellDiffTests {
    func screen(_ lines: [String]) -> Screen {
        var s = Screen(width: 8, height: lines.count)
        for (y, line) in lines.enumerated() { s.put(line, x: 0, y: y, role: .normal) }
        return s
    }

    @Test func aFirstFrameOrAResizePaintsEverything() {
        let next = screen(["abc", "def"])
        #expect(CellDiff.runs(from: nil, to: next) == [.init(y: 0, x: 0, count: 8), .init(y: 1, x: 0, count: 8)])
        #expect(CellDiff.runs(from: Screen(width: 4, height: 2), to: next).count == 2)
    }

    @Test func equalScreensPaintNothing() {
        #expect(CellDiff.runs(from: screen(["abc"]), to: screen(["abc"])).isEmpty)
    }

    @Test func changedCellsBecomeRunsAndNearbyOnesMerge() {
        #expect(CellDiff.runs(from: screen(["abcdefgh"]), to: screen(["aXYdefgh"])) == [.init(y: 0, x: 1, count: 2)])
        // Four equal letters between two changes: painted again, one run.
        #expect(CellDiff.runs(from: screen(["abcdefgh"]), to: screen(["aXcdefYh"])) == [.init(y: 0, x: 1, count: 6)])
        // Seven are passed over.
        var before = Screen(width: 12, height: 1), after = Screen(width: 12, height: 1)
        before.put("abcdefghijkl", x: 0, y: 0, role: .normal)
        after.put("aXcdefghiYkl", x: 0, y: 0, role: .normal)
        #expect(CellDiff.runs(from: before, to: after) == [.init(y: 0, x: 1, count: 1), .init(y: 0, x: 9, count: 1)])
    }

    @Test func aGapInAnotherRoleOrNotASCIIIsPassedOver() {
        // A border between two changed panes, a letter that is not ASCII: a move is cheaper.
        var after = screen(["aXcdefYh"])
        after.setRole(Rect(x: 3, y: 0, width: 1, height: 1), role: .selection)
        var before = screen(["abcdefgh"])
        before.setRole(Rect(x: 3, y: 0, width: 1, height: 1), role: .selection)
        #expect(CellDiff.runs(from: before, to: after) == [.init(y: 0, x: 1, count: 1), .init(y: 0, x: 6, count: 1)])
        #expect(CellDiff.runs(from: screen(["abcøefgh"]), to: screen(["aXcøefYh"])) == [.init(y: 0, x: 1, count: 1), .init(y: 0, x: 6, count: 1)])
    }

    @Test func aRoleChangeIsAChange() {
        var next = screen(["abc"])
        next.setRole(Rect(x: 0, y: 0, width: 2, height: 1), role: .selection)
        #expect(CellDiff.runs(from: screen(["abc"]), to: next) == [.init(y: 0, x: 0, count: 2)])
    }

    @Test func aWideCharacterIsPaintedWhole() {
        let runs = CellDiff.runs(from: screen(["ab宽d"]), to: screen(["ab字d"]))
        #expect(runs == [.init(y: 0, x: 2, count: 2)])
        let half = CellDiff.runs(from: screen(["宽cd"]), to: screen(["ab cd"]))
        #expect(half.first?.x == 0, "the old wide character's both cells are repainted")
    }

    /// The runs cell by cell, without passing equal stretches over in bulk: what `runs` must give.
    static func reference(from before: Screen, to after: Screen) -> [CellDiff.Run] {
        var runs: [CellDiff.Run] = []
        let width = after.width
        for y in 0..<after.height {
            let same = { (x: Int) in before[x, y] == after[x, y] }
            /// Equal cells from `x` that a run goes on over: ASCII in `role`, at most the limit, with
            /// a changed cell after them.
            func gap(from x: Int, role: Role) -> Int? {
                var n = 0
                while x + n < width, same(x + n) {
                    let cell = after[x + n, y]
                    guard n < CellDiff.gapLimit, cell.role == role, cell.text.count == 1,
                          let ascii = cell.text.unicodeScalars.first?.value, (0x20..<0x7F).contains(ascii) else { return nil }
                    n += 1
                }
                return x + n < width && n > 0 ? n : nil
            }
            var x = 0
            while x < width {
                if same(x) {
                    x += 1
                    continue
                }
                var start = x
                if start > 0, after[start, y].isContinuation || before[start, y].isContinuation { start -= 1 }
                var end = x + 1
                while end < width, !same(end) || after[end, y].isContinuation
                    || gap(from: end, role: after[end - 1, y].role) != nil { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.count >= start {
                    runs[runs.count - 1].count = end - last.x
                } else {
                    runs.append(CellDiff.Run(y: y, x: start, count: end - start))
                }
                x = end
            }
        }
        return runs
    }

    @Test func runsAreThoseOfACellByCellComparisonOnRandomScreens() {
        // Long equal stretches (passed over 32 and 8 cells at a time), short gaps between
        // changes, wide characters, role changes, at every offset, on rows of several widths.
        var random = SplitMix64(seed: 7)
        let pieces = ["a", "b", " ", "  ", "宽", "字", "ø", "word ", "        "]
        func line() -> String { (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        for round in 0..<300 {
            // Widths that are and are not a multiple of the 8 and 32 cells passed over at once.
            let width = [100, 64, 130, 128, 200][round % 5]
            var before = Screen(width: width, height: 3), after = Screen(width: width, height: 3)
            for y in 0..<3 {
                let text = line()
                before.put(text, x: 0, y: y, role: .normal)
                // Mostly the same row with a few changes, sometimes a different one.
                if Bool.random(using: &random) {
                    after.put(text, x: 0, y: y, role: .normal)
                    for _ in 0..<Int.random(in: 0...4, using: &random) {
                        after.put(pieces.randomElement(using: &random)!, x: Int.random(in: 0..<width, using: &random), y: y, role: .normal)
                    }
                    if Bool.random(using: &random) {
                        after.setRole(Rect(x: Int.random(in: 0..<width, using: &random), y: y, width: Int.random(in: 1...20, using: &random), height: 1), role: .selection)
                    }
                } else {
                    after.put(line(), x: 0, y: y, role: .normal)
                }
            }
            #expect(CellDiff.runs(from: before, to: after) == Self.reference(from: before, to: after), "round \(round)")
        }
    }
}

@testable import AgreementUI
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
        #expect(CellDiff.runs(from: screen(["abcdefgh"]), to: screen(["aXcdefYh"])) == [.init(y: 0, x: 1, count: 1), .init(y: 0, x: 6, count: 1)])
        #expect(CellDiff.runs(from: screen(["abcdefgh"]), to: screen(["aXYdefgh"])) == [.init(y: 0, x: 1, count: 2)])
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
}

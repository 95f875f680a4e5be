@testable import AgreementUI
import Testing

/// A line laid out once as cells and copied onto later frames draws exactly what drawing its
/// spans would, and never leaves half a wide grapheme at either edge.
@Suite("Screen rows: lines laid out once, copied after")
struct ScreenRowTests {
    @Test func aCopiedRowIsWhatTheSpansDraw() {
        let spans = [Span("Mål 1.2 ", .title), Span("漢字 og æøå", .normal), Span(" ✎3", .phaseOrange)]
        var direct = Screen(width: 30, height: 3)
        direct.put(spans, x: 4, y: 1, width: 20)
        var copied = Screen(width: 30, height: 3)
        copied.put(row: Screen.row(of: spans, width: 20), x: 4, y: 1)
        #expect(copied == direct)
    }

    @Test func aWideGraphemeCutByTheScreensEdgeBecomesABlank() {
        let row = Screen.row(of: [Span("ab漢")], width: 4)
        var screen = Screen(width: 3, height: 1)
        screen.put(row: row, x: 0, y: 0)
        #expect(screen.line(0) == "ab ")
        #expect(!screen[2, 0].isContinuation)
        var left = Screen(width: 3, height: 1)
        left.put(row: Screen.row(of: [Span("漢cd")], width: 4), x: -1, y: 0)
        #expect(left.line(0) == " cd")
    }

    @Test func aRowOverHalfAWideGraphemeBlanksItsOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("漢字漢", x: 0, y: 0, role: .normal)
        screen.put(row: Screen.row(of: [Span("xy")], width: 2), x: 1, y: 0)
        #expect(screen.line(0) == " xy 漢")
    }

    @Test func rowsOutsideTheScreenDrawNothing() {
        var screen = Screen(width: 4, height: 2)
        let before = screen
        screen.put(row: Screen.row(of: [Span("abcd")], width: 4), x: 0, y: 2)
        screen.put(row: Screen.row(of: [Span("abcd")], width: 4), x: 4, y: 0)
        screen.put(row: Screen.row(of: [Span("abcd")], width: 4), x: -4, y: 0)
        #expect(screen == before)
    }

    @Test func aMemoStartsOverForAnotherLayoutAndPastItsCapacity() {
        let memo = LayoutMemo<Int, String>(capacity: 3)
        let narrow = LayoutMemo<Int, String>.Layout(width: 10, height: 5, language: .nb, glyphs: .unicode)
        var made = 0
        func value(_ key: Int, _ layout: LayoutMemo<Int, String>.Layout) -> String {
            memo.value(for: key, in: layout) { made += 1; return "\(key)@\(layout.width)" }
        }
        #expect(value(1, narrow) == "1@10")
        #expect(value(1, narrow) == "1@10")
        #expect(made == 1)
        var wide = narrow
        wide.width = 20
        #expect(value(1, wide) == "1@20")
        #expect(made == 2 && memo.count == 1)
        _ = (value(2, wide), value(3, wide))
        #expect(memo.count == 3)
        _ = value(4, wide)
        #expect(memo.count == 1, "past its capacity the memo starts over")
    }
}

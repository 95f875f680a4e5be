@testable import AgreementUI
import AgreementKit
import Testing

/// `Screen.frame` writes its borders through the buffer: it must draw what writing them one cell
/// at a time through the screen's own `breakWide` did — over wide graphemes, at the screen's edges.
@Suite("A pane's frame over any content")
struct FrameBorderTests {
    /// The frame cell by cell, as it was drawn before it wrote through the buffer.
    static func reference(_ screen: inout Screen, _ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let r = rect.clipped(to: screen.bounds)
        guard !r.isEmpty else { return }
        func edge(_ y: Int, _ left: Unicode.Scalar, _ right: Unicode.Scalar) {
            screen.breakWide(at: r.x, y: y, width: r.width)
            for x in r.x..<r.maxX { screen[x, y] = Cell(scalar: "─", role: role) }
            if rect.x >= r.x { screen[rect.x, y] = Cell(scalar: left, role: role) }
            if rect.maxX - 1 < r.maxX { screen[rect.maxX - 1, y] = Cell(scalar: right, role: role) }
        }
        if rect.y >= r.y { edge(rect.y, "┌", "┐") }
        if rect.maxY - 1 < r.maxY { edge(rect.maxY - 1, "└", "┘") }
        for y in max(rect.y + 1, r.y)..<min(rect.maxY - 1, r.maxY) {
            for x in [rect.x, rect.maxX - 1] where x >= r.x && x < r.maxX {
                screen.breakWide(at: x, y: y, width: 1)
                screen[x, y] = Cell(scalar: "│", role: role)
            }
        }
        screen.put(TextLayout.truncate(" \(title) ", to: rect.width - 4), x: rect.x + 2, y: rect.y, role: focused ? .borderFocused : .title)
    }

    @Test func framesMatchTheCellByCellDrawingOverWideTextAndAtTheEdges() {
        var random = SplitMix64(seed: 3)
        let pieces = ["宽", "a", " ", "字字", "ø", "bc"]
        for round in 0..<400 {
            let width = Int.random(in: 4...30, using: &random), height = Int.random(in: 3...10, using: &random)
            var screen = Screen(width: width, height: height)
            for y in 0..<height {
                let text = (0..<width).map { _ in pieces.randomElement(using: &random)! }.joined()
                screen.put(text, x: Int.random(in: -1...1, using: &random), y: y, role: .normal)
            }
            // Inside, flush with the edges, or partly off the screen.
            let rect = Rect(x: Int.random(in: -3...(width - 2), using: &random), y: Int.random(in: -2...(height - 2), using: &random),
                            width: Int.random(in: 2...(width + 3), using: &random), height: Int.random(in: 2...(height + 2), using: &random))
            let title = Bool.random(using: &random) ? "Mål" : "Tiltak og støtte ▲"
            let focused = Bool.random(using: &random)
            var expected = screen
            Self.reference(&expected, rect, title: title, focused: focused)
            screen.frame(rect, title: title, focused: focused)
            #expect(screen == expected, "round \(round), \(rect) on \(width)×\(height)")
            for y in 0..<height {
                // Never half a wide grapheme: a right half always follows a left half of two columns.
                for x in 0..<width where screen[x, y].isContinuation {
                    #expect(x > 0 && !screen[x - 1, y].isContinuation && DisplayWidth.of(Character(screen[x - 1, y].text)) == 2, "round \(round), (\(x), \(y))")
                }
            }
        }
    }
}

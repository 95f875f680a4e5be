@testable import AgreementUI
import Testing

@Suite("The frame encoder: the bytes that bring the terminal from one frame to the next")
struct FrameEncoderTests {
    /// xterm's cursor addressing, each role's rendition as a readable marker (`<selection>`;
    /// `title` and `header` drawn alike), `<reset>`, `<clear>`, `<show>`, `<hide>`; the
    /// terminal draws 宽 two columns wide, ✓ one, and 中 narrow (one column).
    static func strings(writesLastCell: Bool = true) -> TerminalStrings {
        let renditions = Role.allCases.map { role -> [UInt8] in
            role == .header ? Array("<title>".utf8) : Array("<\(role)>".utf8)
        }
        return TerminalStrings(
            addressing: .ansi, renditions: renditions, reset: Array("<reset>".utf8), clear: Array("<clear>".utf8),
            showCursor: Array("<show>".utf8), hideCursor: Array("<hide>".utf8), writesLastCell: writesLastCell,
            width: { value in value == 0x4E2D ? 1 : ((0x2E80...0xA4CF).contains(value) ? 2 : 1) })
    }

    func screen(_ lines: [String], width: Int = 8, role: Role = .normal) -> Screen {
        var screen = Screen(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { _ = screen.put(line, x: 0, y: y, role: role) }
        return screen
    }

    /// The output with ESC shown as ⎋.
    func text(_ encoder: FrameEncoder) -> String {
        String(decoding: encoder.output, as: UTF8.self).map { $0 == "\u{1B}" ? "⎋" : String($0) }.joined()
    }

    @Test func theFirstFrameClearsAndSendsEveryCellStyledOnce() {
        var encoder = FrameEncoder(strings: Self.strings())
        encoder.encode(from: nil, to: screen(["ab", "c"], width: 3), rows: 2, columns: 3)
        #expect(text(encoder) == "<reset><clear><normal>ab ⎋[2;1Hc  <hide>")
    }

    @Test func aMovedHighlightSendsOnlyTheChangedCellsWithOneMoveAndOneRenditionPerRun() {
        var encoder = FrameEncoder(strings: Self.strings())
        var before = screen(["one", "two", "six"], width: 4)
        before.setRole(Rect(x: 0, y: 0, width: 4, height: 1), role: .selection)
        encoder.encode(from: nil, to: before, rows: 3, columns: 4)
        var after = screen(["one", "two", "six"], width: 4)
        after.setRole(Rect(x: 0, y: 1, width: 4, height: 1), role: .selection)
        encoder.encode(from: before, to: after, rows: 3, columns: 4)
        #expect(text(encoder) == "⎋[1;1Hone ⎋[2;1H<selection>two ", "the rows are normal again and the last frame ended in normal")
    }

    @Test func aRunThatStartsWhereTheCursorIsNeedsNoMoveAndRolesDrawnAlikeNeedNoRendition() {
        var encoder = FrameEncoder(strings: Self.strings())
        let before = screen(["abcdef"])
        encoder.encode(from: nil, to: before, rows: 1, columns: 8)
        var after = screen(["aXcdef"])
        encoder.encode(from: before, to: after, rows: 1, columns: 8)
        #expect(text(encoder) == "⎋[1;2HX")
        let previous = after
        _ = after.put("YZ", x: 2, y: 0, role: .title)
        _ = after.put("W", x: 4, y: 0, role: .header)
        encoder.encode(from: previous, to: after, rows: 1, columns: 8)
        #expect(text(encoder) == "<title>YZW", "the cursor is already at x 2 after X; title and header share a rendition")
    }

    @Test func aWideCharacterAdvancesTwoAndOneTheTerminalDrawsNarrowGetsABlank() {
        var encoder = FrameEncoder(strings: Self.strings())
        encoder.encode(from: nil, to: screen(["宽a中b"]), rows: 1, columns: 8)
        #expect(text(encoder) == "<reset><clear><normal>宽a中 b  <hide>")
    }

    @Test func whereTheTerminalDisagreesWithTheLayoutTheNextCellIsAddressed() {
        let strings = TerminalStrings(
            addressing: .ansi, renditions: Self.strings().renditions, reset: [], clear: [], showCursor: [], hideCursor: [],
            writesLastCell: true, width: { $0 == 0x2713 ? 2 : 1 })
        var encoder = FrameEncoder(strings: strings)
        encoder.encode(from: nil, to: screen(["✓ab"], width: 4), rows: 1, columns: 4)
        #expect(text(encoder) == "<normal>✓⎋[1;2Hab ")
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var encoder = FrameEncoder(strings: Self.strings(writesLastCell: false))
        encoder.encode(from: nil, to: screen(["ab", "cd"], width: 2), rows: 2, columns: 2)
        #expect(text(encoder) == "<reset><clear><normal>ab⎋[2;1Hc<hide>")
        var kept = FrameEncoder(strings: Self.strings())
        kept.encode(from: nil, to: screen(["ab", "cd"], width: 2), rows: 2, columns: 2)
        #expect(text(kept) == "<reset><clear><normal>ab⎋[2;1Hcd<hide>", "after the last column the next row is addressed")
    }

    @Test func hostileTextGoesOutInert() {
        var encoder = FrameEncoder(strings: Self.strings())
        var next = Screen(width: 6, height: 1)
        _ = next.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0, role: .normal)
        encoder.encode(from: nil, to: next, rows: 1, columns: 6)
        #expect(text(encoder) == "<reset><clear><normal>a<inert>␛<normal>[2J…<hide>", "no control character of the text reaches the terminal")
    }

    @Test func theCursorIsPlacedAndShownOnceAndHiddenWhenTheScreenHasNone() {
        var encoder = FrameEncoder(strings: Self.strings())
        var editing = screen(["abc"])
        editing.cursor = (x: 2, y: 0)
        encoder.encode(from: nil, to: editing, rows: 1, columns: 8)
        #expect(text(encoder).hasSuffix("⎋[1;3H<show>"))
        var typed = editing
        _ = typed.put("d", x: 3, y: 0, role: .normal)
        typed.cursor = (x: 4, y: 0)
        encoder.encode(from: editing, to: typed, rows: 1, columns: 8)
        #expect(text(encoder) == "cd", "the cursor stood on «c»: it is written again rather than moved over (one byte, not six); the cursor ends where it should be: no move, already shown")
        var done = typed
        done.cursor = nil
        encoder.encode(from: typed, to: done, rows: 1, columns: 8)
        #expect(text(encoder) == "<hide>")
    }

    @Test func afterForgettingEverythingIsAddressedAndStyledAgain() {
        var encoder = FrameEncoder(strings: Self.strings())
        let first = screen(["ab"])
        encoder.encode(from: nil, to: first, rows: 1, columns: 8)
        encoder.forget()
        var next = first
        _ = next.put("c", x: 1, y: 0, role: .normal)
        encoder.encode(from: first, to: next, rows: 1, columns: 8)
        #expect(text(encoder) == "⎋[1;2H<normal>c<hide>")
    }

    @Test func aScreenLargerThanTheTerminalIsCut() {
        var encoder = FrameEncoder(strings: Self.strings())
        encoder.encode(from: nil, to: screen(["abcd", "efgh", "ijkl"], width: 4), rows: 2, columns: 2)
        #expect(text(encoder) == "<reset><clear><normal>ab⎋[2;1Hef<hide>")
    }

    @Test func otherTerminalsAddressTheCursorThroughTheirOwnFormat() {
        var strings = Self.strings()
        strings.addressing = .formatted { row, column in Array("{\(row),\(column)}".utf8) }
        var encoder = FrameEncoder(strings: strings)
        encoder.encode(from: nil, to: screen(["a", "b"], width: 1), rows: 2, columns: 1)
        #expect(text(encoder) == "<reset><clear><normal>a{1,0}b<hide>")
    }

    @Test func terminfoPaddingIsTakenOutOfTheStrings() {
        let vt100 = Array("\u{1B}[%i%p1%d;%p2%dH$<5>".utf8), clear = Array("\u{1B}[H\u{1B}[J$<50/*>".utf8)
        #expect(TerminalStrings.withoutPadding(vt100) == Array("\u{1B}[%i%p1%d;%p2%dH".utf8))
        #expect(TerminalStrings.withoutPadding(clear) == Array("\u{1B}[H\u{1B}[J".utf8))
        #expect(TerminalStrings.withoutPadding(Array("a$<b>$5".utf8)) == Array("a$<b>$5".utf8), "only a delay is padding")
    }

    @Test func scalarsThatShareAWidthSlotKeepTheirOwnWidths() {
        // U+2500 and U+4D00 fall in the same slot of the encoder's width table.
        var encoder = FrameEncoder(strings: Self.strings())
        encoder.encode(from: nil, to: screen(["─䴀─䴀"]), rows: 1, columns: 8)
        #expect(text(encoder) == "<reset><clear><normal>─䴀─䴀  <hide>", "no cursor move: each width is its own")
    }

    @Test func rowsAndColumnsOfEveryLengthAreAddressed() {
        var encoder = FrameEncoder(strings: Self.strings())
        let before = Screen(width: 1200, height: 120)
        encoder.encode(from: nil, to: before, rows: 120, columns: 1200)
        var after = before
        for (x, y) in [(0, 0), (8, 9), (9, 10), (98, 99), (99, 100), (998, 119), (1199, 5)] {
            after[x, y] = Cell(scalar: "x", role: .normal)
        }
        encoder.encode(from: before, to: after, rows: 120, columns: 1200)
        #expect(text(encoder) == "⎋[1;1Hx⎋[6;1200Hx⎋[10;9Hx⎋[11;10Hx⎋[100;99Hx⎋[101;100Hx⎋[120;999Hx")
    }

    @Test func aScreenWiderThanTheTerminalAfterAResizeIsCutWhereItsChangesLieBeyondTheEdge() {
        // The terminal shrank between drawing the screen and sending it: a change right of its
        // last column (a run that starts past it) is left out, not a crash.
        var encoder = FrameEncoder(strings: Self.strings())
        let before = screen(["abcdefgh", "abcdefgh"])
        encoder.encode(from: nil, to: before, rows: 2, columns: 8)
        var after = before
        after[6, 0] = Cell(scalar: "X", role: .normal)
        after[1, 1] = Cell(scalar: "Y", role: .normal)
        encoder.encode(from: before, to: after, rows: 2, columns: 4)
        #expect(text(encoder) == "⎋[2;2HY")
    }

    @Test func aCopyOfTheEncoderKeepsItsOwnLastFrame() {
        var encoder = FrameEncoder(strings: Self.strings())
        encoder.encode(from: nil, to: screen(["ab"]), rows: 1, columns: 8)
        let kept = encoder
        var next = screen(["ab"])
        next[1, 0] = Cell(scalar: "c", role: .normal)
        encoder.encode(from: screen(["ab"]), to: next, rows: 1, columns: 8)
        #expect(text(encoder) == "⎋[1;2Hc")
        #expect(text(kept) == "<reset><clear><normal>ab      <hide>", "the copy's bytes are not overwritten")
    }

    @Test func aFrameLargerThanTheBufferGrowsIt() {
        var encoder = FrameEncoder(strings: Self.strings())
        let wide = Screen(width: 400, height: 100)
        var full = wide
        for y in 0..<100 { _ = full.put(String(repeating: "æ", count: 400), x: 0, y: y, role: y % 2 == 0 ? .normal : .selection) }
        encoder.encode(from: nil, to: full, rows: 100, columns: 400)
        #expect(encoder.output.count > 80_000, "400 × 100 two-byte letters and 100 renditions")
        #expect(String(decoding: encoder.output, as: UTF8.self).filter { $0 == "æ" }.count == 40_000)
    }

    @Test func aShortGapOfUnchangedCellsIsWrittenAgainRatherThanPassedWithAMove() {
        var encoder = FrameEncoder(strings: Self.strings())
        let before = screen(["one two six ten"], width: 40)
        encoder.encode(from: nil, to: before, rows: 1, columns: 40)
        let after = screen(["ONE TWO six ten           long gap X"], width: 40)
        encoder.encode(from: before, to: after, rows: 1, columns: 40)
        #expect(text(encoder) == "⎋[1;1HONE TWO⎋[1;27Hlong gap X",
                "the blank between ONE and TWO goes out as itself; the unchanged «six ten» and blanks are passed over")
        var styled = after
        styled.setRole(Rect(x: 4, y: 0, width: 3, height: 1), role: .selection)
        styled[0, 0] = Cell(scalar: "o", role: .normal)
        styled[8, 0] = Cell(scalar: "S", role: .normal)
        encoder.encode(from: after, to: styled, rows: 1, columns: 40)
        #expect(text(encoder) == "⎋[1;1HoNE <selection>TWO⎋[1;9H<normal>S",
                "a gap in another role than the one in force is moved over, not written in the wrong rendition")
    }

    /// The encoder's strings where `normal` is drawn with the reset alone (the terminal's own
    /// colours) and the terminal erases with `ESC [ n X`.
    static func plainStrings(erases: Bool) -> TerminalStrings {
        var strings = Self.strings()
        strings.renditions[Role.normal.ordinal] = strings.reset
        strings.erasesCharacters = erases
        return strings
    }

    @Test func plainBlanksAreLeftToTheClearAndLongStretchesOfThemErased() {
        var encoder = FrameEncoder(strings: Self.plainStrings(erases: true))
        var first = screen(["ab", "", "  cd"], width: 30)
        first.fill(Rect(x: 10, y: 1, width: 20, height: 1), role: .selection)
        encoder.encode(from: nil, to: first, rows: 3, columns: 30)
        #expect(text(encoder) == "<reset><clear><reset>ab⎋[2;11H<selection>                    ⎋[3;3H<reset>cd<hide>",
                "after the clear, plain blanks are on the terminal already; blanks in another role are written")
        let cleared = screen(["ab", "", "  cd"], width: 30)
        encoder.encode(from: first, to: cleared, rows: 3, columns: 30)
        #expect(text(encoder) == "⎋[2;11H⎋[20X", "twenty plain blanks in a row are erased, the cursor left where it was")
        var short = cleared
        short.fill(Rect(x: 0, y: 0, width: 5, height: 1), role: .selection)
        encoder.encode(from: cleared, to: short, rows: 3, columns: 30)
        let back = cleared
        encoder.encode(from: short, to: back, rows: 3, columns: 30)
        #expect(text(encoder) == "⎋[1;1H<reset>ab   ", "a few blanks are written: an erase and the move after it would cost more")
        var kept = FrameEncoder(strings: Self.plainStrings(erases: false))
        kept.encode(from: nil, to: first, rows: 3, columns: 30)
        kept.encode(from: first, to: cleared, rows: 3, columns: 30)
        #expect(text(kept) == "⎋[2;11H" + String(repeating: " ", count: 20), "without an erase the blanks are written")
    }
}

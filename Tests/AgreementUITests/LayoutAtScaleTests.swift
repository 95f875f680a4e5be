import AgreementKit
@testable import AgreementUI
import Catalogue
import Testing

/// The shortcuts that keep huge texts fast (issue 14.6, 14.8) give exactly what the plain way
/// gives: line counts from bytes equal the wrapped lines, and an editor's lines mended around
/// each change equal the text laid out anew.
@Suite("Layout at scale: counted and mended lines")
struct LayoutAtScaleTests {
    /// Pieces random texts are made of: words, blanks, line breaks, æøå, marks, wide and emoji.
    static let pieces = ["dugnad", "og", "frivillighet", " ", " ", "  ", "\n", "æøå", "Økt", "læringsutbytte", "x",
                         "e\u{301}", "宽字", "👩‍👩‍👧", "\u{A0}", "ordsomerlengreennlinjenslengdeher", "-", "3,5 %"]

    static func randomText(_ generator: inout SplitMix64, pieces count: Int) -> String {
        (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func lineCountsEqualTheWrappedLines() {
        var generator = SplitMix64(seed: 14)
        for round in 0..<2_000 {
            let text = Self.randomText(&generator, pieces: Int(generator.next() % 40))
            let width = 1 + Int(generator.next() % 30)
            #expect(TextLayout.lineCount(text, width: width) == TextLayout.wrap(text, width: width).count,
                    "round \(round): «\(text)» at \(width)")
        }
        #expect(TextLayout.lineCount("", width: 5) == 1)
        #expect(TextLayout.lineCount("a\n\nb", width: 5) == 3)
        #expect(TextLayout.lineCount("Økt læringsutbytte for elevene", width: 12) == 4)
    }

    @Test func anItemsHeightIsItsLineCount() {
        var generator = SplitMix64(seed: 6)
        let words = Language.nb.words
        for round in 0..<500 {
            let text = Self.randomText(&generator, pieces: Int(generator.next() % 30))
            let width = 1 + Int(generator.next() % 40)
            let date = generator.next() % 2 == 0 ? LocalDate(year: 2011, month: 3, day: 14) : nil
            let entries: [ListEntryKind?] = [nil, nil, .heading, .instruction, .indicator]
            let item = generator.next() % 2 == 0
                ? PaneItem(kind: .log(ItemID("l")), prefix: generator.next() % 3 == 0 ? "1.2" : "", text: text, date: date)
                : PaneItem(kind: .measure(ItemID("m")), prefix: generator.next() % 3 == 0 ? "2.10" : "", text: text,
                           entry: entries[Int(generator.next() % 5)], done: generator.next() % 2 == 0)
            #expect(ItemLines.height(of: item, width: width, words: words) == ItemLines.lines(of: item, width: width, words: words).count,
                    "round \(round): «\(text)» at \(width)")
        }
    }

    @Test func mendedEditorLinesEqualTheTextLaidOutAnew() {
        var generator = SplitMix64(seed: 8)
        let keys: [Key] = [.backspace, .delete, .left, .right, .up, .down, .home, .end, .control("k"), .control("u"), .control("w"),
                           .lineFeed, .character(" "), .character("a"), .character("æ"), .character("\u{301}"), .character("宽")]
        for round in 0..<60 {
            let width = 3 + Int(generator.next() % 20)
            var editor = TextEditor(text: Self.randomText(&generator, pieces: Int(generator.next() % 60)), multiline: true)
            editor.wrapWidth = width
            for step in 0..<80 {
                let key = generator.next() % 6 == 0
                    ? Key.paste(Self.randomText(&generator, pieces: Int(generator.next() % 8)))
                    : keys[Int(generator.next() % UInt64(keys.count))]
                _ = editor.apply(key)
                let fresh = TextEditor.visualLines(Array(editor.text), widths: Array(editor.text).map(TextEditor.columns), width: width)
                #expect(editor.lines == fresh, "round \(round), step \(step) after \(key)")
                if editor.lines != fresh { return }
            }
        }
    }

    @Test func aWidthChangeLaysTheTextOutAgain() {
        var editor = TextEditor(text: "Elevene deltar i dugnad og frivillig arbeid på skolen\nog foreldrene følger opp", multiline: true)
        editor.wrapWidth = 10
        let narrow = editor.layout(width: 10).lines
        editor.wrapWidth = 30
        #expect(editor.layout(width: 30).lines == TextEditor(text: editor.text, multiline: true).layout(width: 30).lines)
        #expect(editor.layout(width: 10).lines == narrow, "another width than the kept one is laid out on the spot")
    }
}

@testable import AgreementUI
import TestSupport
import Testing

/// An editor on the text `marked` with "|" removed and the cursor where the "|" was.
private func editing(_ marked: String, multiline: Bool = true, limit: Int = 100_000, width: Int = 60) -> TextEditor {
    let parts = marked.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
    let before = parts.first.map(String.init) ?? ""
    let after = parts.count > 1 ? String(parts[1]) : ""
    var editor = TextEditor(text: before + after, multiline: multiline, limit: limit)
    editor.wrapWidth = width
    for _ in 0..<after.count { _ = editor.apply(.left) }
    return editor
}

/// The editor's text with "|" at the cursor.
private func marked(_ editor: TextEditor) -> String {
    let chars = Array(editor.text)
    return String(chars[..<editor.cursor]) + "|" + String(chars[editor.cursor...])
}

/// The editor after the keys, as `marked` shows it.
private func after(_ keys: [Key], _ start: String, multiline: Bool = true, width: Int = 60) -> String {
    var editor = editing(start, multiline: multiline, width: width)
    for key in keys { _ = editor.apply(key) }
    return marked(editor)
}

/// Applies a key (so that `#expect` can check the result of a mutating call).
private func press(_ editor: inout TextEditor, _ key: Key, width: Int? = nil) -> Bool {
    if let width { return editor.apply(key, width: width) }
    return editor.apply(key)
}

private func type(_ string: String, into editor: inout TextEditor) {
    for character in string { #expect(press(&editor, .character(character))) }
}

@Suite("The field editor")
struct TextEditorTests {
    // MARK: Typing

    @Test func startsWithTheCursorAtTheEndAndUnchanged() {
        let editor = TextEditor(text: "Hei på deg", multiline: false)
        #expect(editor.cursor == 10)
        #expect(editor.text == "Hei på deg")
        #expect(!editor.isChanged)
        #expect(editor.limit == 100_000)
    }

    @Test func typingInsertsAtTheCursor() {
        var editor = editing("Hei |deg", multiline: false)
        type("på ", into: &editor)
        #expect(marked(editor) == "Hei på |deg")
        #expect(editor.cursor == 7)
        #expect(editor.isChanged)
        type("æøå宽", into: &editor)
        #expect(marked(editor) == "Hei på æøå宽|deg")
    }

    @Test func undoingByHandIsUnchangedAgain() {
        var editor = TextEditor(text: "mål", multiline: false)
        type("x", into: &editor)
        #expect(editor.isChanged)
        #expect(press(&editor, .backspace))
        #expect(editor.text == "mål")
        #expect(!editor.isChanged)
    }

    @Test func aDecomposedAccentCountsAsADifference() {
        var editor = TextEditor(text: "\u{e9}", multiline: false)
        _ = editor.apply(.backspace)
        type("e\u{301}", into: &editor)
        #expect(editor.isChanged)
    }

    @Test func controlCharactersAreNeverInserted() {
        var editor = editing("a|b", multiline: false)
        for control: Character in ["\u{1b}", "\u{7}", "\u{0}", "\r", "\u{7f}", "\u{85}", "\u{9b}", "\n"] {
            #expect(press(&editor, .character(control)))
        }
        #expect(marked(editor) == "a|b")
        #expect(!editor.isChanged)
    }

    @Test func aTabBecomesASpaceAndALineFeedCharacterOnlyInMultiLine() {
        #expect(after([.character("\t")], "a|b", multiline: false) == "a |b")
        #expect(after([.character("\n")], "a|b", multiline: false) == "a|b")
        #expect(after([.character("\n")], "a|b", multiline: true) == "a\n|b")
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeIt() {
        var editor = TextEditor(text: "", multiline: false)
        type("e\u{301}", into: &editor)
        #expect(editor.text == "e\u{301}")
        #expect(editor.cursor == 1)
        type("x", into: &editor)
        #expect(editor.cursor == 2)

        var middle = editing("e|x", multiline: false)
        type("\u{301}", into: &middle)
        #expect(middle.text == "e\u{301}x")
        #expect(middle.cursor == 1)
    }

    @Test func keysForTheCallerAreNotHandledAndChangeNothing() {
        for multiline in [false, true] {
            let start = editing("ab|c", multiline: multiline)
            for key: Key in [.enter, .escape, .tab, .backTab, .control("c"), .control("r"), .pageUp, .pageDown, .function(1), .insert, .alt("x")] {
                var editor = start
                #expect(!press(&editor, key), "\(key)")
                #expect(editor == start, "\(key)")
            }
        }
    }

    // MARK: Deleting and moving by grapheme

    @Test func backspaceAndDeleteTakeWholeGraphemes() {
        var editor = TextEditor(text: "ae\u{301}宽👩‍👩‍👧", multiline: false)
        #expect(editor.cursor == 4)
        #expect(press(&editor, .backspace))
        #expect(marked(editor) == "ae\u{301}宽|")
        #expect(press(&editor, .left))
        #expect(press(&editor, .backspace))
        #expect(marked(editor) == "a|宽")
        #expect(press(&editor, .delete))
        #expect(marked(editor) == "a|")
        #expect(press(&editor, .delete))
        #expect(marked(editor) == "a|")
        #expect(press(&editor, .left))
        #expect(press(&editor, .backspace))
        #expect(marked(editor) == "|a")
        #expect(press(&editor, .control("d")))
        #expect(marked(editor) == "|")
    }

    @Test func ctrlDDeletesForward() {
        #expect(after([.control("d")], "a|👩‍👩‍👧b", multiline: false) == "a|b")
        #expect(after([.control("d")], "a|\nb") == "a|b")
    }

    @Test func arrowsStepOverWholeGraphemes() {
        var editor = TextEditor(text: "å👩‍👩‍👧e\u{301}宽", multiline: false)
        var seen = [editor.cursor]
        for _ in 0..<5 {
            #expect(press(&editor, .left))
            seen.append(editor.cursor)
        }
        #expect(seen == [4, 3, 2, 1, 0, 0])
        #expect(press(&editor, .right))
        #expect(press(&editor, .right))
        #expect(marked(editor) == "å👩‍👩‍👧|e\u{301}宽")
        for _ in 0..<4 { _ = editor.apply(.right) }
        #expect(editor.cursor == 4)
    }

    // MARK: Words and lines

    @Test func altBAndAltFMoveByWordsOfLettersAndDigits() {
        var editor = TextEditor(text: "Økt læringsutbytte, for 2011-elevene", multiline: false)
        var backward: [Int] = []
        for _ in 0..<7 {
            _ = editor.apply(.alt("b"))
            backward.append(editor.cursor)
        }
        #expect(backward == [29, 24, 20, 4, 0, 0, 0])
        var forward: [Int] = []
        for _ in 0..<7 {
            _ = editor.apply(.alt("f"))
            forward.append(editor.cursor)
        }
        #expect(forward == [3, 18, 23, 28, 36, 36, 36])
    }

    @Test func wordsHoldAccentsAndWideCharacters() {
        #expect(after([.alt("b")], "cafe\u{301} a\u{301}u|") == "cafe\u{301} |a\u{301}u")
        #expect(after([.alt("b"), .alt("b")], "cafe\u{301} a\u{301}u|") == "|cafe\u{301} a\u{301}u")
        #expect(after([.alt("f")], "|宽字 ok") == "宽字| ok")
        #expect(after([.alt("f")], "|👩‍👩‍👧 blåbær!") == "👩‍👩‍👧 blåbær|!")
    }

    @Test func homeAndEndGoToTheLogicalLine() {
        let text = "første linje som er lang nok til å brytes\nandre| linje"
        #expect(after([.home], text, width: 10) == "første linje som er lang nok til å brytes\n|andre linje")
        #expect(after([.control("a")], text) == "første linje som er lang nok til å brytes\n|andre linje")
        #expect(after([.end], text) == "første linje som er lang nok til å brytes\nandre linje|")
        #expect(after([.control("e")], text) == "første linje som er lang nok til å brytes\nandre linje|")
        // On a wrapped line, still the logical line's ends.
        #expect(after([.home], "første linje som er lang| nok\nx", width: 10) == "|første linje som er lang nok\nx")
        #expect(after([.end], "før|ste linje som er lang nok\nx", width: 10) == "første linje som er lang nok|\nx")
        #expect(after([.home], "en linje|", multiline: false) == "|en linje")
    }

    @Test func ctrlKDeletesToTheLineEndThenTheBreak() {
        var editor = editing("abc|def\nghi")
        #expect(press(&editor, .control("k")))
        #expect(marked(editor) == "abc|\nghi")
        #expect(press(&editor, .control("k")))
        #expect(marked(editor) == "abc|ghi")
        #expect(press(&editor, .control("k")))
        #expect(marked(editor) == "abc|")
        #expect(press(&editor, .control("k")))
        #expect(marked(editor) == "abc|")
        #expect(after([.control("k")], "å|宽👩‍👩‍👧", multiline: false) == "å|")
    }

    @Test func ctrlUDeletesToTheLineStartThenTheBreak() {
        var editor = editing("abc\ndef|ghi")
        #expect(press(&editor, .control("u")))
        #expect(marked(editor) == "abc\n|ghi")
        #expect(press(&editor, .control("u")))
        #expect(marked(editor) == "abc|ghi")
        #expect(press(&editor, .control("u")))
        #expect(marked(editor) == "|ghi")
        #expect(press(&editor, .control("u")))
        #expect(marked(editor) == "|ghi")
    }

    @Test func ctrlWDeletesTheWordBeforeAndTheBlanksAfterIt() {
        #expect(after([.control("w")], "foo bar  |") == "foo |")
        #expect(after([.control("w")], "foo bar|") == "foo |")
        #expect(after([.control("w")], "alpha beta| gamma") == "alpha | gamma")
        #expect(after([.control("w")], "hei blåbær|") == "hei |")
        #expect(after([.control("w")], "se 2011-elevene.|") == "se |")
        #expect(after([.control("w")], "x e\u{301}宽👩‍👩‍👧|") == "x |")
        #expect(after([.control("w"), .control("w")], "foo bar|") == "|")
        #expect(after([.control("w")], "|foo") == "|foo")
        #expect(after([.control("w")], "en\nto |") == "en\n|")
        #expect(after([.control("w"), .control("w")], "en\nto |") == "en|")
        #expect(after([.control("w")], "en\n   |") == "en\n|")
    }

    // MARK: Paste and limit

    @Test func pasteIntoASingleLineFieldFlattensLines() {
        let pasted = "første\r\nandre\nt\tredje\u{1b}[31m\rfjerde\u{2028}x\u{7}"
        #expect(after([.paste(pasted)], "<|>", multiline: false) == "<første andre t redje[31m fjerde x|>")
        #expect(after([.paste("a\n\nb")], "|", multiline: false) == "a  b|")
    }

    @Test func pasteIntoAMultiLineFieldKeepsLines() {
        let pasted = "første\r\nandre\nt\tredje\u{1b}[31m\rfjerde\u{7}"
        #expect(after([.paste(pasted)], "<|>") == "<første\nandre\nt redje[31m\nfjerde|>")
        #expect(after([.paste("宽e\u{301}👩‍👩‍👧")], "x|y") == "x宽e\u{301}👩‍👩‍👧|y")
    }

    @Test func anEmptyOrAllControlPasteChangesNothing() {
        var editor = editing("ab|c", multiline: false)
        #expect(press(&editor, .paste("")))
        #expect(press(&editor, .paste("\u{1b}\u{7}")))
        #expect(marked(editor) == "ab|c")
        #expect(!editor.isChanged)
    }

    @Test func aPasteLargerThanTheRoomIsRefusedWholeAndSaysSo() {
        var editor = editing("ab|c", multiline: false, limit: 5)
        #expect(press(&editor, .paste("XYZW")))
        #expect(marked(editor) == "ab|c", "nothing is cut in silence")
        #expect(editor.refusal == .pasteTooLarge(pasted: 4, room: 2, limit: 5))
        #expect(press(&editor, .paste("XY")))
        #expect(marked(editor) == "abXY|c")
        #expect(editor.refusal == nil)
        #expect(press(&editor, .character("q")))
        #expect(marked(editor) == "abXY|c")
        #expect(editor.refusal == .full(limit: 5))
        #expect(press(&editor, .backspace))
        #expect(press(&editor, .character("q")))
        #expect(marked(editor) == "abXq|c")
    }

    @Test func theLimitCountsGraphemes() {
        var editor = TextEditor(text: "", multiline: true, limit: 4)
        _ = editor.apply(.paste("👩‍👩‍👧e\u{301}\r\n宽"))
        #expect(editor.text == "👩‍👩‍👧e\u{301}\n宽")
        #expect(editor.cursor == 4)
        #expect(press(&editor, .lineFeed))
        #expect(editor.text == "👩‍👩‍👧e\u{301}\n宽")
    }

    @Test func aLongFieldKeepsItsTextThroughLocalEdits() {
        // 200 kB: each key changes the grapheme array locally (timing is measured by the bench).
        let long = String(repeating: "Økt læringsutbytte i lesing og regning. ", count: 5_000)
        var editor = TextEditor(text: long, multiline: true, limit: 400_000)
        _ = editor.apply(.home, width: 90)
        for _ in 0..<50 { _ = editor.apply(.character("x"), width: 90) }
        #expect(editor.cursor == 50 && editor.count == long.count + 50)
        for _ in 0..<50 { _ = editor.apply(.backspace, width: 90) }
        #expect(editor.text == long)
        #expect(editor.layout(width: 90).lineCount > 2_000)
    }

    @Test func aTextAlreadyOverTheLimitCanBeShortenedButNotGrow() {
        var editor = TextEditor(text: "abcdef", multiline: false, limit: 3)
        _ = editor.apply(.character("x"))
        #expect(editor.text == "abcdef")
        _ = editor.apply(.backspace)
        #expect(editor.text == "abcde")
    }

    // MARK: Line breaks

    @Test func ctrlJAndAltEnterBreakLinesOnlyInMultiLineFields() {
        #expect(after([.lineFeed], "ab|c") == "ab\n|c")
        #expect(after([.altEnter], "ab|c") == "ab\n|c")
        for key: Key in [.lineFeed, .altEnter] {
            var editor = editing("ab|c", multiline: false)
            #expect(!press(&editor, key))
            #expect(marked(editor) == "ab|c")
        }
    }

    // MARK: Up and down

    @Test func upAndDownAreNotHandledInSingleLineFields() {
        for key: Key in [.up, .down] {
            var editor = editing("ab|c", multiline: false)
            #expect(!press(&editor, key))
            #expect(marked(editor) == "ab|c")
        }
    }

    @Test func upAndDownKeepThePreferredColumnOverHardLines() {
        var editor = editing("abcde|f\nab\nabcdef")
        #expect(press(&editor, .down))
        #expect(marked(editor) == "abcdef\nab|\nabcdef")
        #expect(press(&editor, .down))
        #expect(marked(editor) == "abcdef\nab\nabcde|f")
        #expect(press(&editor, .up))
        #expect(press(&editor, .up))
        #expect(marked(editor) == "abcde|f\nab\nabcdef")
        // A horizontal key forgets the preferred column.
        _ = editor.apply(.down)
        _ = editor.apply(.down)
        _ = editor.apply(.left)
        _ = editor.apply(.up)
        _ = editor.apply(.up)
        #expect(marked(editor) == "abcd|ef\nab\nabcdef")
    }

    @Test func typingForgetsThePreferredColumn() {
        var editor = editing("abcde|f\nab\nabcdef")
        _ = editor.apply(.down)
        _ = editor.apply(.character("X"))
        _ = editor.apply(.down)
        #expect(marked(editor) == "abcdef\nabX\nabc|def")
    }

    @Test func upAndDownFollowSoftWrappedLines() {
        // Wrapped at 8: "hello " / "world " / "again".
        var editor = editing("hello world again|", width: 8)
        #expect(editor.layout(width: 8).lines == ["hello ", "world ", "again"])
        #expect(press(&editor, .up))
        #expect(marked(editor) == "hello world| again")
        #expect(press(&editor, .up))
        #expect(marked(editor) == "hello| world again")
        #expect(press(&editor, .down))
        #expect(press(&editor, .down))
        #expect(marked(editor) == "hello world again|")
        // A column past a soft line's end stops before the wrap, not on the next line.
        var long = editing("abcdefghij\nwxyz|", width: 4)
        #expect(long.layout(width: 4).lines == ["abcd", "efgh", "ij", "wxyz"])
        _ = long.apply(.up)
        #expect(marked(long) == "abcdefghij|\nwxyz")
        _ = long.apply(.up)
        #expect(marked(long) == "abcdefg|hij\nwxyz")
        _ = long.apply(.up)
        #expect(marked(long) == "abc|defghij\nwxyz")
    }

    @Test func thePreferredColumnSurvivesAShortAndAWideLine() {
        var editor = editing("abc|def\nx\n宽字符\nabcdef")
        _ = editor.apply(.down)
        #expect(marked(editor) == "abcdef\nx|\n宽字符\nabcdef")
        _ = editor.apply(.down)
        // Column 3 is inside 字: the cursor stops before it.
        #expect(marked(editor) == "abcdef\nx\n宽|字符\nabcdef")
        _ = editor.apply(.down)
        #expect(marked(editor) == "abcdef\nx\n宽字符\nabc|def")
    }

    @Test func verticalMovesCrossEmojiAndAccentsWhole() {
        var editor = editing("👩‍👩‍👧👩‍👩‍👧\nabc|d")
        _ = editor.apply(.up)
        #expect(marked(editor) == "👩‍👩‍👧|👩‍👩‍👧\nabcd")
        var accents = editing("e\u{301}e\u{301}e\u{301}\nab|")
        _ = accents.apply(.up)
        #expect(marked(accents) == "e\u{301}e\u{301}|e\u{301}\nab")
    }

    @Test func upOnTheFirstLineGoesToTheStartAndDownOnTheLastToTheEnd() {
        var editor = editing("ab|c\ndef")
        #expect(press(&editor, .up))
        #expect(marked(editor) == "|abc\ndef")
        var down = editing("abc\nd|ef")
        #expect(press(&down, .down))
        #expect(marked(down) == "abc\ndef|")
        // …and the column is still remembered on the way back.
        var round = editing("abc\nd|ef")
        _ = round.apply(.down)
        _ = round.apply(.up)
        #expect(marked(round) == "a|bc\ndef")
    }

    @Test func theWidthGivenWithTheKeyIsUsed() {
        var editor = editing("abcdefgh|")
        #expect(press(&editor, .up, width: 4))
        #expect(editor.wrapWidth == 4)
        #expect(marked(editor) == "abc|defgh")
        var wide = editing("abcdefgh|")
        _ = wide.apply(.up, width: 20)
        #expect(marked(wide) == "|abcdefgh")
    }

    // MARK: Layout

    @Test func layoutWrapsAtWordsAndBreaksLongWords() {
        let editor = TextEditor(text: "Økt læringsutbytte for elevene", multiline: true)
        let layout = editor.layout(width: 12)
        #expect(layout.lines == ["Økt ", "læringsutbyt", "te for ", "elevene"])
        #expect(layout.cursorLine == 3)
        #expect(layout.cursorColumn == 7)
    }

    @Test func layoutNeverSplitsAWideCharacterOrACluster() {
        #expect(TextEditor(text: "宽字符宽字符", multiline: true).layout(width: 5)
            == EditorLayout(lines: ["宽字", "符宽", "字符"], cursorLine: 2, cursorColumn: 4))
        #expect(TextEditor(text: "👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", multiline: true).layout(width: 5)
            == EditorLayout(lines: ["👩‍👩‍👧👩‍👩‍👧", "👩‍👩‍👧"], cursorLine: 1, cursorColumn: 2))
        let accents = String(repeating: "e\u{301}", count: 6)
        #expect(TextEditor(text: accents, multiline: true).layout(width: 4)
            == EditorLayout(lines: [String(repeating: "e\u{301}", count: 4), "e\u{301}e\u{301}"], cursorLine: 1, cursorColumn: 2))
        #expect(TextEditor(text: "blåbærsyltetøy", multiline: true).layout(width: 5).lines == ["blåbæ", "rsylt", "etøy"])
    }

    @Test func layoutKeepsHardLinesAndEmptyOnes() {
        #expect(TextEditor(text: "", multiline: true).layout(width: 10)
            == EditorLayout(lines: [""], cursorLine: 0, cursorColumn: 0))
        #expect(TextEditor(text: "a\n\nb", multiline: true).layout(width: 10).lines == ["a", "", "b"])
        #expect(TextEditor(text: "abc\n", multiline: true).layout(width: 10)
            == EditorLayout(lines: ["abc", ""], cursorLine: 1, cursorColumn: 0))
        #expect(editing("ab|c\nde").layout(width: 10) == EditorLayout(lines: ["abc", "de"], cursorLine: 0, cursorColumn: 2))
    }

    @Test func theCursorAtAWrapStandsAtTheStartOfTheNextLine() {
        // "hello world" at 5: the blank hangs past the edge of the first line.
        #expect(editing("hello |world").layout(width: 5) == EditorLayout(lines: ["hello", "world"], cursorLine: 1, cursorColumn: 0))
        #expect(editing("abcd|efgh").layout(width: 4) == EditorLayout(lines: ["abcd", "efgh"], cursorLine: 1, cursorColumn: 0))
        // Before the hanging blank, and at the end of a full last line: column == width.
        #expect(editing("hello| world").layout(width: 5) == EditorLayout(lines: ["hello", "world"], cursorLine: 0, cursorColumn: 5))
        #expect(editing("abcdefgh|").layout(width: 4) == EditorLayout(lines: ["abcd", "efgh"], cursorLine: 1, cursorColumn: 4))
        #expect(editing("abcd|\nx").layout(width: 4) == EditorLayout(lines: ["abcd", "x"], cursorLine: 0, cursorColumn: 4))
    }

    @Test func manyHangingBlanksStayOnTheirLine() {
        let layout = editing("ab     |cd").layout(width: 4)
        #expect(layout == EditorLayout(lines: ["ab  ", "cd"], cursorLine: 1, cursorColumn: 0))
        let inside = editing("ab    | cd").layout(width: 4)
        #expect(inside.cursorLine == 0)
        #expect(inside.cursorColumn == 4)
    }

    @Test func singleLineFieldsWrapForDisplayToo() {
        let editor = TextEditor(text: "Redusert sykefravær", multiline: false)
        #expect(editor.layout(width: 10) == EditorLayout(lines: ["Redusert ", "sykefravær"], cursorLine: 1, cursorColumn: 10))
    }

    @Test func layoutHoldsEveryVisibleCharacterWithinTheWidth() {
        let texts = [
            "Økt læringsutbytte for elevene i 2011, målt ved nasjonale prøver og kartlegging.",
            "宽字符 宽字符宽字符 e\u{301}e\u{301} 👩‍👩‍👧👩‍👩‍👧 æøå ÆØÅ\nny linje\n\n  innrykk  og   mange  blanke   ",
            String(repeating: "ord ", count: 40) + String(repeating: "x", count: 90),
        ]
        for text in texts {
            for width in [1, 2, 3, 5, 8, 13, 40, 200] {
                var editor = TextEditor(text: text, multiline: true)
                for _ in 0...text.count {
                    let layout = editor.layout(width: width)
                    for line in layout.lines {
                        #expect(DisplayWidth.of(line) <= max(width, 2), "\(line) at \(width)")
                    }
                    #expect(layout.cursorLine >= 0 && layout.cursorLine < layout.lines.count)
                    #expect(layout.cursorColumn >= 0 && layout.cursorColumn <= width)
                    let visible = layout.lines.joined().filter { $0 != " " }
                    #expect(visible == text.filter { $0 != " " && $0 != "\n" })
                    _ = editor.apply(.left)
                }
            }
        }
    }

    @Test func everyCursorPositionHasItsOwnPlaceOnAWrappedText() {
        let text = "Økt læringsutbytte for e\u{301}levene 宽字符 👩‍👩‍👧x\nslutt"
        var editor = TextEditor(text: text, multiline: true)
        var places: [[Int]] = []
        for _ in 0...text.count {
            let layout = editor.layout(width: 7)
            places.append([layout.cursorLine, layout.cursorColumn])
            _ = editor.apply(.left)
        }
        #expect(Set(places).count == places.count)
        #expect(places.reversed() == places.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func upAndDownVisitTheLineAboveAndBelowInTheLayout() {
        let text = "Økt læringsutbytte for elevene i 2011\nmålt ved nasjonale prøver"
        var editor = TextEditor(text: text, multiline: true)
        editor.wrapWidth = 9
        let lineCount = editor.layout(width: 9).lines.count
        var lines: [Int] = [editor.layout(width: 9).cursorLine]
        for _ in 0..<lineCount {
            _ = editor.apply(.up)
            lines.append(editor.layout(width: 9).cursorLine)
        }
        #expect(lines == Array((0..<lineCount).reversed()) + [0])
        #expect(editor.cursor == 0)
    }
}

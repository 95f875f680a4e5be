/// An editor's text as visual lines of at most a given width, and where its cursor stands.
/// The lines are ranges of the text, made into strings only when asked for (the view asks for
/// the few it shows).
public struct EditorLayout: Equatable, Sendable {
    let chars: [Character]
    let widths: [Int]
    let width: Int
    let visual: [TextEditor.VisualLine]
    public var cursorLine: Int
    /// In display columns (æ = 1, 宽 = 2, e + U+0301 = 1), 0...width. After the last grapheme
    /// of a line that fills the width the cursor stands at the start of the next visual line
    /// when that line continues the same logical line; when the line ends at "\n" or at the end
    /// of the text there is no such place, and the column equals the width: the view keeps
    /// that cell visible (the box's padding or border, or lay out one column narrower).
    public var cursorColumn: Int

    /// A layout of given lines (for tests and comparisons).
    public init(lines: [String], cursorLine: Int, cursorColumn: Int) {
        var chars: [Character] = []
        var visual: [TextEditor.VisualLine] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { chars.append("\n") }
            let start = chars.count
            chars += Array(line)
            visual.append(TextEditor.VisualLine(start: start, end: chars.count, hard: true))
        }
        self.chars = chars
        self.widths = chars.map(TextEditor.columns)
        self.width = Int.max / 2
        self.visual = visual
        self.cursorLine = cursorLine
        self.cursorColumn = cursorColumn
    }

    init(chars: [Character], widths: [Int], width: Int, visual: [TextEditor.VisualLine], cursorLine: Int, cursorColumn: Int) {
        self.chars = chars
        self.widths = widths
        self.width = width
        self.visual = visual
        self.cursorLine = cursorLine
        self.cursorColumn = cursorColumn
    }

    /// How many visual lines there are.
    public var lineCount: Int { visual.count }

    /// Visual line `i`: soft-wrapped after blanks where possible, between graphemes where a word
    /// is longer than the width, hard-broken at "\n"; never wider than the width (blanks that
    /// hang past the right edge at a soft break are left out).
    public func line(_ i: Int) -> String {
        let line = visual[i]
        var out = ""
        var used = 0
        for k in line.start..<line.end {
            if used + widths[k] > width, k > line.start { break }
            out.append(chars[k])
            used += widths[k]
        }
        return out
    }

    /// Every visual line.
    public var lines: [String] { (0..<visual.count).map(line) }

    public static func == (lhs: EditorLayout, rhs: EditorLayout) -> Bool {
        lhs.lines == rhs.lines && lhs.cursorLine == rhs.cursorLine && lhs.cursorColumn == rhs.cursorColumn
    }
}

extension TextEditor {
    /// The text laid out in visual lines of at most `width` columns and where the cursor stands.
    /// (A width below 1 counts as 1; a wide grapheme on a line of width 1 sticks out.)
    public func layout(width: Int) -> EditorLayout {
        let width = max(1, width)
        let visual = width == max(1, wrapWidth) ? lines : Self.visualLines(chars, widths: widths, width: width)
        let here = Self.position(of: cursor, in: visual, widths: widths, width: width)
        return EditorLayout(chars: chars, widths: widths, width: width, visual: visual, cursorLine: here.line, cursorColumn: here.column)
    }

    /// One visual line: the graphemes `start..<end` (without the "\n" that may end it).
    struct VisualLine: Equatable, Sendable {
        var start: Int
        var end: Int
        /// Ends at "\n" or the end of the text, rather than wrapping on.
        var hard: Bool
    }

    /// Columns a grapheme takes on screen: as `Screen.put` draws it, placeholders included.
    static func columns(_ character: Character) -> Int {
        DisplayWidth.of(Inert.placeholder(for: character) ?? character)
    }

    /// Greedy word wrap of every logical line. Blanks never start a wrap: they stay at the
    /// end of their line, past the right edge if need be, and the line breaks after them.
    static func visualLines(_ chars: [Character], widths: [Int], width: Int) -> [VisualLine] {
        visualLines(chars, widths: widths, width: width, paragraphs: 0...lineEnd(of: 0, in: chars), toEnd: true)
    }

    /// The visual lines of the paragraphs from `paragraphs.lowerBound` (a paragraph's start) to
    /// the one ending at `paragraphs.upperBound`, or to the end of the text with `toEnd`.
    static func visualLines(_ chars: [Character], widths: [Int], width: Int, paragraphs: ClosedRange<Int>, toEnd: Bool = false) -> [VisualLine] {
        var result: [VisualLine] = []
        var paragraphStart = paragraphs.lowerBound
        while true {
            let paragraphEnd = lineEnd(of: paragraphStart, in: chars)
            var start = paragraphStart
            repeat {
                var column = 0
                var i = start
                var lastBreak = start
                while i < paragraphEnd {
                    if chars[i] == " " {
                        column += widths[i]
                        i += 1
                        lastBreak = i
                        continue
                    }
                    if column + widths[i] > width, i > start { break }
                    column += widths[i]
                    i += 1
                }
                if i == paragraphEnd {
                    result.append(VisualLine(start: start, end: paragraphEnd, hard: true))
                    break
                }
                let cut = lastBreak > start ? lastBreak : i
                result.append(VisualLine(start: start, end: cut, hard: false))
                start = cut
            } while true
            if paragraphEnd >= chars.count || (!toEnd && paragraphEnd >= paragraphs.upperBound) { break }
            paragraphStart = paragraphEnd + 1
        }
        return result
    }

    /// After the paragraphs `paragraphs` (of the text before the change) were edited and the
    /// text after them moved by `shift` graphemes: lays out those paragraphs again and moves the
    /// lines after them, leaving every other paragraph's lines as they were.
    mutating func mendLines(paragraphs: ClosedRange<Int>, shift: Int) {
        let first = Self.firstLine(startingAtOrAfter: paragraphs.lowerBound, in: lines)
        let end = Self.firstLine(startingAtOrAfter: paragraphs.upperBound + 1, in: lines)
        let newEnd = paragraphs.upperBound + shift
        let fresh = Self.visualLines(chars, widths: widths, width: max(1, wrapWidth), paragraphs: paragraphs.lowerBound...max(paragraphs.lowerBound, newEnd))
        if shift != 0 {
            for i in end..<lines.count {
                lines[i].start += shift
                lines[i].end += shift
            }
        }
        lines.replaceSubrange(first..<end, with: fresh)
    }

    /// The index of the first line starting at or after `index` (line starts increase strictly).
    static func firstLine(startingAtOrAfter index: Int, in lines: [VisualLine]) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start < index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The visual line and display column of grapheme index `index`. The index at the end
    /// of a soft-wrapped line is the start of the next; columns past the width (hanging
    /// blanks) are shown at the width.
    static func position(of index: Int, in lines: [VisualLine], widths: [Int], width: Int) -> (line: Int, column: Int) {
        // The last line starting at or before the index holds it (a soft wrap's end is the next line's start).
        let number = firstLine(startingAtOrAfter: index + 1, in: lines) - 1
        guard lines.indices.contains(number) else { return (max(0, lines.count - 1), 0) }
        let line = lines[number]
        guard index < line.end || (index == line.end && line.hard) else { return (max(0, lines.count - 1), 0) }
        var column = 0
        for i in line.start..<index { column += widths[i] }
        return (number, min(column, width))
    }

    /// The grapheme index on `line` whose column is the largest not past `column` (so never
    /// inside a wide grapheme), staying before the wrap of a soft-wrapped line.
    static func index(on line: VisualLine, column goal: Int, widths: [Int], width: Int) -> Int {
        let last = line.hard ? line.end : max(line.start, line.end - 1)
        var best = line.start
        var column = 0
        var p = line.start
        while p < last {
            column += widths[p]
            p += 1
            if column > goal || column > width { break }
            best = p
        }
        return best
    }
}

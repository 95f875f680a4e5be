/// Editing one field's text by grapheme cluster, with display-width-aware wrapping. The text
/// is kept as an array of graphemes with their widths, so a key costs little however long the
/// field is (a 200 kB field edits as fast as a short one).
public struct TextEditor: Equatable, Sendable {
    /// The graphemes of the text and the columns each takes on screen.
    private(set) var chars: [Character]
    private(set) var widths: [Int]
    /// Whether the field takes line breaks (and up/down).
    public let multiline: Bool
    /// The most grapheme clusters the text may hold after typing or pasting.
    public let limit: Int
    /// Index in grapheme clusters (Characters), 0...count.
    public private(set) var cursor: Int
    /// The width the view wraps the text at: set it (or call `apply(_:width:)`) before applying
    /// keys, so `.up`/`.down` move over the same lines that `layout(width:)` shows. The visual
    /// lines at this width are kept and mended around each change, so a key in a 200 kB field
    /// lays out only the paragraph it touches.
    public var wrapWidth: Int = 60 {
        didSet { if wrapWidth != oldValue { lines = Self.visualLines(chars, widths: widths, width: max(1, wrapWidth)) } }
    }
    /// The visual lines at `wrapWidth`, mended by every change.
    var lines: [VisualLine]
    /// The text the editor started with, for `isChanged`.
    public let originalText: String
    /// The display column `.up`/`.down` aim for; kept across repeated vertical moves.
    private var preferredColumn: Int?
    /// Why the last key changed nothing that it asked to change (a paste too large, a full field).
    public private(set) var refusal: Refusal?

    /// Input the editor refused, so the form can say so.
    public enum Refusal: Equatable, Sendable {
        /// A paste of this many graphemes does not fit; nothing was pasted.
        case pasteTooLarge(pasted: Int, room: Int, limit: Int)
        /// The field holds `limit` graphemes already.
        case full(limit: Int)
    }

    /// An editor on `text` with the cursor at its end.
    public init(text: String, multiline: Bool, limit: Int = 100_000) {
        chars = Array(text)
        widths = chars.map(Self.columns)
        originalText = text
        self.multiline = multiline
        self.limit = max(0, limit)
        cursor = chars.count
        lines = Self.visualLines(chars, widths: widths, width: 60)
    }

    /// Equal when the text, cursor and settings are (the kept lines follow from them).
    public static func == (lhs: TextEditor, rhs: TextEditor) -> Bool {
        lhs.chars == rhs.chars && lhs.cursor == rhs.cursor && lhs.multiline == rhs.multiline && lhs.limit == rhs.limit
            && lhs.wrapWidth == rhs.wrapWidth && lhs.originalText == rhs.originalText && lhs.preferredColumn == rhs.preferredColumn
            && lhs.refusal == rhs.refusal
    }

    /// The text being edited.
    public var text: String { String(chars) }

    /// Graphemes in the text.
    public var count: Int { chars.count }

    /// True if the text differs from the text it started with (scalar for scalar, as it
    /// would be saved).
    public var isChanged: Bool {
        !text.unicodeScalars.elementsEqual(originalText.unicodeScalars)
    }

    /// Sets `wrapWidth` and applies the key.
    public mutating func apply(_ key: Key, width: Int) -> Bool {
        wrapWidth = width
        return apply(key)
    }

    /// Applies an editing key; returns false for keys it does not handle (Enter, Esc, Tab, …)
    /// so the caller can. A handled key that changes nothing (Backspace at the start) is true.
    ///
    /// - printable characters insert; control characters are dropped (a tab becomes a space,
    ///   "\n" is kept in multi-line fields only); nothing is typed past `limit` (`refusal` says so);
    /// - `.paste` inserts the text; line breaks ("\n", "\r\n", "\r", U+2028/2029) become "\n" in
    ///   multi-line fields and one space each in single-line ones; tabs become spaces; other
    ///   control characters are stripped; a paste that does not fit in `limit` is refused whole
    ///   (`refusal` says how large it was), never cut in silence;
    /// - `.backspace` deletes the grapheme before the cursor, `.delete`/Ctrl-D the one after;
    /// - `.left`/`.right` move by a grapheme, Alt-B/Alt-F to the start of the previous/end of the
    ///   next word (a run of letters and digits, æøå included);
    /// - `.home`/Ctrl-A and `.end`/Ctrl-E go to the start and end of the logical line;
    /// - Ctrl-K deletes to the end of the logical line (at its end: the line break), Ctrl-U to
    ///   its start (at its start: the line break before it), Ctrl-W the blank-delimited word
    ///   before the cursor and the blanks after it, as readline's unix-word-rubout, but never
    ///   past the start of the logical line (at its start it deletes the line break);
    /// - `.up`/`.down` move between the visual lines of `wrapWidth` keeping the preferred
    ///   display column across repeated moves; above the first line they go to the start of
    ///   the text, below the last to its end; in single-line fields they are not handled;
    /// - `.lineFeed` (Ctrl-J) and `.altEnter` insert "\n" in multi-line fields only.
    public mutating func apply(_ key: Key) -> Bool {
        refusal = nil
        switch key {
        case .up, .down:
            guard multiline else { return false }
            moveVertically(by: key == .up ? -1 : 1)
            return true
        default:
            break
        }
        guard applyHorizontal(key) else { return false }
        preferredColumn = nil
        return true
    }

    /// Every key except up/down; false when the key is not the editor's.
    private mutating func applyHorizontal(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(Self.typed(character, multiline: multiline), whole: false)
        case .paste(let string):
            insert(Self.pasted(string, multiline: multiline), whole: true)
        case .lineFeed, .altEnter:
            guard multiline else { return false }
            insert("\n", whole: false)
        case .backspace:
            if cursor > 0 { replace(cursor - 1..<cursor, with: "") }
        case .delete, .control("d"):
            if cursor < chars.count { replace(cursor..<cursor + 1, with: "") }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(chars.count, cursor + 1)
        case .alt("b"):
            cursor = Self.wordStart(before: cursor, in: chars)
        case .alt("f"):
            cursor = Self.wordEnd(after: cursor, in: chars)
        case .home, .control("a"):
            cursor = Self.lineStart(of: cursor, in: chars)
        case .end, .control("e"):
            cursor = Self.lineEnd(of: cursor, in: chars)
        case .control("k"):
            killToLineEnd()
        case .control("u"):
            killToLineStart()
        case .control("w"):
            killWordBefore()
        default:
            return false
        }
        return true
    }

    // MARK: - Editing

    /// Inserts already sanitised text at the cursor. Typing into a full field, or a paste
    /// (`whole`) larger than the room left, inserts nothing and says why in `refusal`.
    private mutating func insert(_ string: String, whole: Bool) {
        guard !string.isEmpty else { return }
        let room = max(0, limit - chars.count)
        let size = string.count
        if size > room {
            refusal = whole ? .pasteTooLarge(pasted: size, room: room, limit: limit) : .full(limit: limit)
            return
        }
        replace(cursor..<cursor, with: string)
    }

    /// Replaces the graphemes in `range` and puts the cursor after the inserted text, on the
    /// nearest grapheme boundary at or after it (inserted marks may join their neighbours):
    /// the graphemes around the change are formed again from their text.
    private mutating func replace(_ range: Range<Int>, with insertion: String) {
        let before = max(0, range.lowerBound - 2), after = min(chars.count, range.upperBound + 2)
        let head = String(chars[before..<range.lowerBound])
        let tail = String(chars[range.upperBound..<after])
        let joined = head + insertion + tail
        let target = head.utf8.count + insertion.utf8.count
        let formed = Array(joined)
        let start = Self.lineStart(of: before, in: chars), oldEnd = Self.lineEnd(of: after, in: chars)
        chars.replaceSubrange(before..<after, with: formed)
        widths.replaceSubrange(before..<after, with: formed.map(Self.columns))
        mendLines(paragraphs: start...oldEnd, shift: formed.count - (after - before))
        var offset = 0
        var count = 0
        for character in formed {
            if offset >= target { break }
            offset += character.utf8.count
            count += 1
        }
        cursor = before + count
    }

    private mutating func killToLineEnd() {
        let end = Self.lineEnd(of: cursor, in: chars)
        if end > cursor {
            replace(cursor..<end, with: "")
        } else if cursor < chars.count {
            replace(cursor..<cursor + 1, with: "")  // the line break
        }
    }

    private mutating func killToLineStart() {
        let start = Self.lineStart(of: cursor, in: chars)
        if start < cursor {
            replace(start..<cursor, with: "")
        } else if cursor > 0 {
            replace(cursor - 1..<cursor, with: "")  // the line break
        }
    }

    private mutating func killWordBefore() {
        guard cursor > 0 else { return }
        let start = Self.lineStart(of: cursor, in: chars)
        guard start < cursor else {
            replace(cursor - 1..<cursor, with: "")  // the line break
            return
        }
        var p = cursor
        while p > start, chars[p - 1].isWhitespace { p -= 1 }
        while p > start, !chars[p - 1].isWhitespace { p -= 1 }
        replace(p..<cursor, with: "")
    }

    // MARK: - Vertical movement

    private mutating func moveVertically(by delta: Int) {
        let width = max(1, wrapWidth)
        let here = Self.position(of: cursor, in: lines, widths: widths, width: width)
        let goal = preferredColumn ?? here.column
        let target = here.line + delta
        if target < 0 {
            cursor = 0
        } else if target >= lines.count {
            cursor = chars.count
        } else {
            cursor = Self.index(on: lines[target], column: goal, widths: widths, width: width)
        }
        preferredColumn = goal
    }
}

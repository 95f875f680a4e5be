/// Editing one field's text by grapheme cluster, with display-width-aware wrapping.
public struct TextEditor: Equatable, Sendable {
    /// The text being edited.
    public private(set) var text: String
    /// Whether the field takes line breaks (and up/down).
    public let multiline: Bool
    /// The most grapheme clusters the text may hold after typing or pasting.
    public let limit: Int
    /// Index in grapheme clusters (Characters), 0...text.count.
    public private(set) var cursor: Int
    /// The width the view wraps the text at: set it (or call `apply(_:width:)`) before applying
    /// keys, so `.up`/`.down` move over the same lines that `layout(width:)` shows.
    public var wrapWidth: Int = 60
    /// The text the editor started with, for `isChanged`.
    public let originalText: String
    /// The display column `.up`/`.down` aim for; kept across repeated vertical moves.
    private var preferredColumn: Int?

    /// An editor on `text` with the cursor at its end.
    public init(text: String, multiline: Bool, limit: Int = 100_000) {
        self.text = text
        self.originalText = text
        self.multiline = multiline
        self.limit = max(0, limit)
        self.cursor = text.count
    }

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
    ///   "\n" is kept in multi-line fields only); nothing is typed past `limit`;
    /// - `.paste` inserts the text; line breaks ("\n", "\r\n", "\r", U+2028/2029) become "\n" in
    ///   multi-line fields and one space each in single-line ones; tabs become spaces; other
    ///   control characters are stripped; as much is inserted as `limit` leaves room for;
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
            insert(Self.typed(character, multiline: multiline))
        case .paste(let string):
            insert(Self.pasted(string, multiline: multiline))
        case .lineFeed, .altEnter:
            guard multiline else { return false }
            insert("\n")
        case .backspace:
            if cursor > 0 { replace(cursor - 1..<cursor, with: "") }
        case .delete, .control("d"):
            if cursor < text.count { replace(cursor..<cursor + 1, with: "") }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .alt("b"):
            cursor = Self.wordStart(before: cursor, in: Array(text))
        case .alt("f"):
            cursor = Self.wordEnd(after: cursor, in: Array(text))
        case .home, .control("a"):
            cursor = Self.lineStart(of: cursor, in: Array(text))
        case .end, .control("e"):
            cursor = Self.lineEnd(of: cursor, in: Array(text))
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

    /// Inserts already sanitised text at the cursor, as much of it as `limit` allows.
    private mutating func insert(_ string: String) {
        guard !string.isEmpty else { return }
        let room = max(0, limit - text.count)
        guard room > 0 else { return }
        replace(cursor..<cursor, with: String(string.prefix(room)))
    }

    /// Replaces the graphemes in `range` and puts the cursor after the inserted text, on the
    /// nearest grapheme boundary at or after it (inserted marks may join their neighbours).
    private mutating func replace(_ range: Range<Int>, with insertion: String) {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let target = text.utf8.distance(from: text.startIndex, to: lower) + insertion.utf8.count
        text.replaceSubrange(lower..<upper, with: insertion)
        var offset = 0
        var count = 0
        for character in text {
            if offset >= target { break }
            offset += character.utf8.count
            count += 1
        }
        cursor = count
    }

    private mutating func killToLineEnd() {
        let chars = Array(text)
        let end = Self.lineEnd(of: cursor, in: chars)
        if end > cursor {
            replace(cursor..<end, with: "")
        } else if cursor < chars.count {
            replace(cursor..<cursor + 1, with: "")  // the line break
        }
    }

    private mutating func killToLineStart() {
        let start = Self.lineStart(of: cursor, in: Array(text))
        if start < cursor {
            replace(start..<cursor, with: "")
        } else if cursor > 0 {
            replace(cursor - 1..<cursor, with: "")  // the line break
        }
    }

    private mutating func killWordBefore() {
        let chars = Array(text)
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
        let chars = Array(text)
        let widths = chars.map(Self.columns)
        let width = max(1, wrapWidth)
        let lines = Self.visualLines(chars, widths: widths, width: width)
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

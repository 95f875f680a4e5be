/// An off-screen grid of cells that views draw into; the terminal layer only copies it out.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]
    /// Where the terminal cursor should stand (in a field editor), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorStorage.map { ($0.x, $0.y) } }
        set { cursorStorage = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorStorage: CursorPosition?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Draws `string` at (x, y) within `limit` columns and the screen's right edge. Text that
    /// does not fit ends in "…" (unless only blanks were left out): nothing is cut without a
    /// sign. Unsafe characters are drawn as inert placeholders. Returns the columns used.
    @discardableResult
    public mutating func put(_ string: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let right = min(width, x + (limit ?? width))
        if let columns = DisplayWidth.simpleColumns(string) {
            return putSimple(string, columns: columns, x: x, y: y, right: right, role: role)
        }
        return putGraphemes(string, x: x, y: y, right: right, role: role)
    }

    /// `put` grapheme by grapheme, measuring each and drawing unsafe ones inert.
    mutating func putGraphemes(_ string: String, x: Int, y: Int, right: Int, role: Role) -> Int {
        var column = x
        var index = string.startIndex
        while index < string.endIndex {
            let character = string[index]
            let safe = Inert.placeholder(for: character)
            let drawn = safe ?? character
            let w = DisplayWidth.of(drawn)
            if w == 0 {
                index = string.index(after: index)
                continue
            }
            if column + w > right {
                // A wide grapheme that does not fit leaves a blank, never half a character.
                if column < right, column >= 0 { self[column, y] = .space(role) }
                if right - 1 >= max(x, 0), string[index...].contains(where: { !$0.isWhitespace }) {
                    breakWide(at: right - 1, y: y, width: 1)
                    self[right - 1, y] = Cell(scalar: "…", role: role)
                }
                column = right
                break
            }
            if column >= 0 {
                breakWide(at: column, y: y, width: w)
                self[column, y] = Cell(drawn, role: safe == nil ? role : .inert)
                if w == 2 { self[column + 1, y] = .continuation(role) }
            }
            column += w
            index = string.index(after: index)
        }
        return max(0, column - x)
    }

    /// `put` for text of simple scalars only (see `DisplayWidth.simpleColumns`): one scalar, one
    /// cell, no grapheme breaking and nothing to make inert.
    mutating func putSimple(_ string: String, columns: Int, x: Int, y: Int, right: Int, role: Role) -> Int {
        let fits = x + columns <= right
        // Cut: the last column left is "…" unless only blanks were left out.
        let end = fits ? x + columns : right - 1
        // A wide grapheme cut by the span's ends is blanked once for the span: the cells inside
        // it are all overwritten, each by one scalar.
        let first = max(x, 0)
        if end > first { breakWide(at: first, y: y, width: end - first) }
        if fits, let drawn = putBytes(of: string, x: x, end: end, y: y, role: role) { return drawn }
        var column = x
        var rest = string.unicodeScalars.makeIterator()
        let rowStart = y * width
        while column < end, let scalar = rest.next() {
            if column >= 0 { cells[rowStart + column] = Cell(scalar: scalar, role: role) }
            column += 1
        }
        guard !fits else { return max(0, column - x) }
        var left: [Unicode.Scalar] = []
        while let scalar = rest.next() { left.append(scalar) }
        if right - 1 >= max(x, 0) {
            breakWide(at: right - 1, y: y, width: 1)
            let cut = left.dropFirst().contains { !$0.properties.isWhitespace }
            self[right - 1, y] = Cell(scalar: cut ? "…" : left.first ?? " ", role: role)
        }
        return max(0, right - x)
    }

    /// `putSimple` of text that fits, straight from its UTF-8 into the buffer: one scalar per
    /// cell from `x` to `end`. Nil for a string without contiguous UTF-8 (a bridged one).
    private mutating func putBytes(of string: String, x: Int, end: Int, y: Int, role: Role) -> Int? {
        let roleBits = UInt32(role.ordinal) << 24, rowStart = y * width
        return string.utf8.withContiguousStorageIfAvailable { bytes in
            cells.withUnsafeMutableBufferPointer { cells in
                var column = x, i = 0
                while column < end, i < bytes.count {
                    // Swift strings are valid UTF-8: a lead byte and its continuation bytes.
                    let lead = UInt32(bytes[i])
                    let value: UInt32
                    if lead < 0x80 {
                        value = lead
                        i += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    if column >= 0 { cells[rowStart + column] = Cell(bits: value | roleBits) }
                    column += 1
                }
                return max(0, column - x)
            }
        }
    }

    /// Before cells [x, x+width) are overwritten: a wide grapheme cut in half by them becomes a
    /// blank, so no half character is ever left in the buffer.
    mutating func breakWide(at x: Int, y: Int, width: Int) {
        let rowWidth = self.width
        cells.withUnsafeMutableBufferPointer { Self.breakWide(in: $0, rowWidth: rowWidth, at: x, y: y, width: width) }
    }

    /// `breakWide` on the cells of a screen `rowWidth` wide, for a loop that writes through the buffer.
    static func breakWide(in cells: UnsafeMutableBufferPointer<Cell>, rowWidth: Int, at x: Int, y: Int, width: Int) {
        let base = y * rowWidth
        if x > 0, cells[base + x].isContinuation { cells[base + x - 1].blankText() }
        let end = x + width
        if end < rowWidth, cells[base + end].isContinuation { cells[base + end].blankText() }
    }

    /// Fills a rectangle with blanks of the given role.
    public mutating func fill(_ rect: Rect, role: Role) {
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            breakWide(at: r.x, y: y, width: r.width)
            let blank = Cell.space(role)
            for x in r.x..<r.maxX { cells[y * width + x] = blank }
        }
    }

    /// Gives every cell of a rectangle a role, keeping its text (for highlighting a line).
    public mutating func setRole(_ rect: Rect, role: Role) {
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    /// The text of row `y`, wide graphemes once, trailing blanks kept.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<width {
            let cell = self[x, y]
            if let scalar = cell.scalar { out.unicodeScalars.append(scalar) } else if !cell.isContinuation { out += cell.text }
        }
        return out
    }

    /// Every row's text.
    public var lines: [String] { (0..<height).map(line) }

    /// The whole screen as text, one row per line, trailing blanks trimmed.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// True if some row contains `needle`.
    public func contains(_ needle: String) -> Bool { lines.contains { $0.contains(needle) } }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells && lhs.cursorStorage == rhs.cursorStorage
    }
}

private struct CursorPosition: Equatable, Sendable {
    var x: Int
    var y: Int
}

extension Rect {
    /// The part of this rectangle inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

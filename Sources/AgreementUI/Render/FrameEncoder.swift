/// Turns what changed between two frames (`CellDiff`) into the bytes that bring a terminal from
/// one to the other: a cursor move where a run does not start where the last one left the
/// cursor, a rendition only where it changes, the cells' text as UTF-8. It keeps what it last
/// sent (cursor, rendition, cursor shown), so a key that moves a highlight costs a few dozen
/// bytes and no formatting beyond the row and column numbers.
///
/// Every cell is drawn as the layout measured it (`DisplayWidth`): a grapheme the terminal would
/// draw narrower gets a blank after it, one it cannot hold becomes its placeholder, unsafe text
/// is drawn inert (`Inert`). Where the terminal's idea of a character's width differs from the
/// layout's, the cursor's place is taken as unknown and the next cell is addressed, so nothing
/// after it lands a column off. Pure: tested without a terminal.
public struct FrameEncoder {
    public let strings: TerminalStrings
    /// The bytes of the last `encode` (a copy: the terminal writes them with `withOutput`).
    public var output: [UInt8] { Array(bytes.bytes) }
    /// The buffer the frames are written into, kept from frame to frame.
    private var bytes = FrameBytes(capacity: 16 * 1024)
    /// Where the terminal's cursor is; `cursorX` is -1 when that is unknown (start, after a wrap
    /// or an odd width).
    private var cursorX = -1
    private var cursorY = 0
    /// The rendition last sent (an index into `distinct`, -1 for `reset`), nil when unknown.
    private var rendition: Int?
    /// The role whose rendition was last sent (`Role.ordinal`), -1 when unknown: a cell in the same
    /// role as the one before needs no lookup.
    private var styledOrdinal = -1
    private var cursorShown: Bool?
    /// The terminal's width during `encode`.
    private var columns = 0
    /// Per `Role.ordinal`: which of the distinct renditions it is (roles drawn alike share one).
    private let renditionOfRole: [Int]
    private let distinct: [[UInt8]]
    /// Per `Role.ordinal`: whether the role is drawn with `reset` alone (no attribute, the
    /// terminal's own colours), so a blank in it is what a clear or an erase leaves.
    private let plainRole: [Bool]
    /// Widths of non-ASCII scalars drawn so far, the layout's and the terminal's: a direct-mapped
    /// table (a screen uses a few dozen such scalars; a collision only means asking again).
    private var widthTags = [UInt32](repeating: 0, count: FrameEncoder.widthSlots)
    private var layoutWidths = [Int8](repeating: 0, count: FrameEncoder.widthSlots)
    private var terminalWidths = [Int8](repeating: -2, count: FrameEncoder.widthSlots)
    /// Non-ASCII scalars that `put` found safe, not zero-width to the layout, and drawn one column
    /// wide by the terminal in a cell without a right half (a border, a letter like «ø»), by the
    /// same slots; 0 for none. Such a cell, again without a right half, is drawn as an ASCII one
    /// is, without asking for its widths again (`FrameReplayTests` hold the two paths alike).
    private var narrowScalars = [UInt32](repeating: 0, count: FrameEncoder.widthSlots)
    private static let widthSlots = 1024

    public init(strings: TerminalStrings) {
        self.strings = strings
        var distinct: [[UInt8]] = []
        var ofRole: [Int] = []
        for bytes in strings.renditions {
            if let index = distinct.firstIndex(of: bytes) {
                ofRole.append(index)
            } else {
                ofRole.append(distinct.count)
                distinct.append(bytes)
            }
        }
        self.distinct = distinct
        self.renditionOfRole = ofRole
        self.plainRole = strings.renditions.map { $0 == strings.reset }
    }

    /// Calls `body` with the bytes of the last `encode`, without copying them. Mutating only so
    /// that an encoder kept in a class (the terminal's) is reached in place, not copied out for
    /// the call (its tables retained and released on every frame).
    public mutating func withOutput<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(bytes) { try body(bytes.bytes) }
    }

    /// Forgets what the terminal shows and where its cursor is (after another program or
    /// curses itself wrote to it): the next frame is addressed and styled from scratch.
    public mutating func forget() {
        cursorX = -1
        rendition = nil
        styledOrdinal = -1
        cursorShown = nil
    }

    /// The bytes that turn `previous` into `screen` on a terminal of `rows` × `columns`, in
    /// `output`. Without a previous screen, or after a resize, the terminal is cleared first and
    /// every cell sent. A screen wider or taller than the terminal (a resize between drawing and
    /// sending) is cut at its edges.
    public mutating func encode(from previous: Screen?, to screen: Screen, rows: Int, columns: Int) {
        // A copy of this encoder keeps its own last frame.
        if !isKnownUniquelyReferenced(&bytes) { bytes = FrameBytes(capacity: bytes.capacity) }
        var out = FrameBytes.Writer(into: bytes)
        self.columns = columns
        var before = previous
        if let old = before, old.width != screen.width || old.height != screen.height { before = nil }
        if before == nil {
            out.append(strings.reset)
            out.append(strings.clear)
            rendition = nil
            styledOrdinal = -1
            (cursorX, cursorY) = (0, 0)
        }
        let lastCellSkipped = !strings.writesLastCell
        // After the clear (with attributes reset), a plain blank is already on the terminal.
        let cleared = before == nil && !strings.clear.isEmpty
        screen.cells.withUnsafeBufferPointer { cells in
            for run in CellDiff.runs(from: before, to: screen) where run.y < rows && run.x < columns {
                let y = run.y, row = y * screen.width
                // The bottom-right cell is left alone where writing it would scroll the screen.
                let end = min(run.x + run.count, lastCellSkipped && y == rows - 1 ? columns - 1 : columns)
                var x = run.x
                while x < end {
                    let cell = cells[row + x]
                    if cell.code == Cell.spaceCode, Int(cell.roleOrdinal) < plainRole.count, plainRole[Int(cell.roleOrdinal)] {
                        // A plain blank: left as the clear left it, or a long stretch erased.
                        if cleared {
                            x += 1
                            continue
                        }
                        if strings.erasesCharacters {
                            var stretch = x + 1
                            while stretch < end, cells[row + stretch] == cell { stretch += 1 }
                            if stretch - x >= Self.eraseLimit {
                                if cursorX != x || cursorY != y { reach(x, y, over: cells, row: row, &out) }
                                if Int(cell.roleOrdinal) != styledOrdinal { style(cell.role, &out) }
                                erase(stretch - x, &out)
                                x = stretch
                                continue
                            }
                        }
                    }
                    if cell.code &- 0x20 < 0x5F {
                        // Printable ASCII, nearly every cell: one byte where the cursor is — and so
                        // for the cells after it in the same role, in a loop of its own, up to one
                        // that wants more than its byte (another role, a blank the clear left or a
                        // stretch of blanks to erase, a character that is not ASCII).
                        if cursorX != x || cursorY != y { reach(x, y, over: cells, row: row, &out) }
                        if Int(cell.roleOrdinal) != styledOrdinal { style(cell.role, &out) }
                        // `bits` less a cell's bits, less 0x20, is below 0x5F exactly for printable
                        // ASCII in the same role (a role apart is 2^24 apart): one compare a cell.
                        let floor = (cell.bits & ~Cell.codeMask) &+ 0x20
                        var next = x &+ 1
                        if Int(cell.roleOrdinal) < plainRole.count && plainRole[Int(cell.roleOrdinal)] {
                            let erases = strings.erasesCharacters
                            while next < end {
                                let following = cells[row &+ next]
                                guard following.bits &- floor < 0x5F else { break }
                                if following.code == Cell.spaceCode,
                                   cleared || (erases && next &+ 1 < end && cells[row &+ next &+ 1] == following) {
                                    break
                                }
                                next &+= 1
                            }
                        } else {
                            while next < end, cells[row &+ next].bits &- floor < 0x5F { next &+= 1 }
                        }
                        out.appendLowBytes(of: cells, from: row &+ x, count: next &- x)
                        cursorX = next < columns ? next : -1
                        x = next
                        continue
                    } else if cell.code >= 0xA0, narrowScalars[Int(cell.code) & (Self.widthSlots - 1)] == cell.code,
                              !(x + 1 < screen.width && cells[row + x + 1].isContinuation) {
                        // A scalar already found narrow and safe: its UTF-8 where the cursor is.
                        if cursorX != x || cursorY != y { reach(x, y, over: cells, row: row, &out) }
                        if Int(cell.roleOrdinal) != styledOrdinal { style(cell.role, &out) }
                        append(cell.code, &out)
                        cursorX = x + 1 < columns ? x + 1 : -1
                    } else if !cell.isContinuation {
                        let wide = x + 1 < screen.width && cells[row + x + 1].isContinuation
                        put(cell, x: x, y: y, wide: wide, fits: x + 1 < columns, &out)
                    }
                    x += 1
                }
            }
        }
        if let target = screen.cursor, (0..<columns).contains(target.x), (0..<rows).contains(target.y) {
            move(to: target.x, target.y, &out)
            if cursorShown != true { out.append(strings.showCursor) }
            cursorShown = true
        } else if cursorShown != false {
            out.append(strings.hideCursor)
            cursorShown = false
        }
        out.finish()
    }

    /// One cell at (x, y) that is not printable ASCII: a safe lone scalar straight from its value,
    /// anything else through `putText`.
    private mutating func put(_ cell: Cell, x: Int, y: Int, wide: Bool, fits: Bool, _ out: inout FrameBytes.Writer) {
        move(to: x, y, &out)
        style(cell.role, &out)
        guard let scalar = cell.scalar, Inert.isSafe(scalar.value) else {
            putText(cell.text, x: x, y: y, wide: wide, fits: fits, &out)
            return
        }
        let value = scalar.value
        if value >= 0x20, value < 0x7F {
            out.append(UInt8(truncatingIfNeeded: value))
            advance(1)
            return
        }
        if layoutWidth(scalar) == 0 || (wide && !fits) {
            out.append(0x20)
            advance(1)
            return
        }
        append(value, &out)
        let shown = terminalWidth(value)
        if !wide && shown == 1 && value >= 0xA0 { narrowScalars[Int(value) & (Self.widthSlots - 1)] = value }
        if wide && fits {
            if shown == 2 {
                advance(2)
            } else if shown == 1 {
                // The terminal draws it narrow: a blank in the column the layout gave it.
                out.append(0x20)
                advance(2)
            } else {
                cursorX = -1
            }
        } else if shown == 1 {
            advance(1)
        } else {
            cursorX = -1
        }
    }

    /// A cell whose text is a cluster or needs care: unsafe text becomes its inert placeholder, a
    /// zero-width or unfitting one a blank, a flag its letters one per column, a cluster one cell
    /// cannot hold the placeholder. The cursor's place is unknown afterwards (terminals differ).
    private mutating func putText(_ text: String, x: Int, y: Int, wide: Bool, fits: Bool, _ out: inout FrameBytes.Writer) {
        var grapheme = text.first ?? " "
        if let placeholder = Inert.placeholder(for: grapheme) { grapheme = placeholder }
        if DisplayWidth.of(grapheme) == 0 || (wide && !fits) { grapheme = " " }
        switch DisplayWidth.drawing(of: grapheme) {
        case .asIs:
            append(grapheme, &out)
        case .perColumn(let parts):
            append(Character(parts[0]), &out)
            cursorX = -1
            if wide, fits, parts.count > 1 {
                move(to: x + 1, y, &out)
                append(Character(parts[1]), &out)
                cursorX = -1
            }
            return
        case .placeholder:
            grapheme = DisplayWidth.placeholder
            append(grapheme, &out)
        }
        cursorX = -1
        if wide, fits, let first = grapheme.unicodeScalars.first, terminalWidth(first.value) == 1 {
            move(to: x + 1, y, &out)
            out.append(0x20)
            cursorX = -1
        }
    }

    /// The most unchanged cells written again rather than passed over with a cursor move: a move
    /// to a column past 9 on a row past 9 is seven bytes or more, so a short gap (the blank
    /// between two changed words) costs no more as its own text.
    static let gapLimit = 6

    /// Brings the cursor to (x, y) on `row` of `cells`: over a short gap of unchanged printable
    /// ASCII cells in the rendition already sent by writing them again, else by a move.
    private mutating func reach(_ x: Int, _ y: Int, over cells: UnsafeBufferPointer<Cell>, row: Int, _ out: inout FrameBytes.Writer) {
        if cursorY == y, cursorX >= 0, x > cursorX, x - cursorX <= Self.gapLimit, styledOrdinal >= 0 {
            var plain = true
            for i in row + cursorX..<row + x {
                let cell = cells[i]
                if cell.code &- 0x20 >= 0x5F || Int(cell.roleOrdinal) != styledOrdinal {
                    plain = false
                    break
                }
            }
            if plain {
                for i in row + cursorX..<row + x { out.append(UInt8(truncatingIfNeeded: cells[i].code)) }
                cursorX = x
                return
            }
        }
        move(to: x, y, &out)
    }

    /// The fewest blanks erased with `ESC [ n X` rather than written: the erase (four to six
    /// bytes) leaves the cursor where it was, so the next cell costs a move of seven or more.
    static let eraseLimit = 12

    /// `ESC [ count X`: erases `count` cells from the cursor, which stays where it is.
    private func erase(_ count: Int, _ out: inout FrameBytes.Writer) {
        out.append(0x1B)
        out.append(0x5B)
        appendDecimal(count, &out)
        out.append(0x58)
    }

    private mutating func advance(_ count: Int) {
        guard cursorX >= 0 else { return }
        // At the last column the terminal waits to wrap: the next cell is addressed afresh.
        cursorX = cursorX + count < columns ? cursorX + count : -1
    }

    private mutating func move(to x: Int, _ y: Int, _ out: inout FrameBytes.Writer) {
        if cursorX == x, cursorY == y { return }
        switch strings.addressing {
        case .ansi:
            out.append(0x1B)
            out.append(0x5B)
            appendDecimal(y + 1, &out)
            out.append(0x3B)
            appendDecimal(x + 1, &out)
            out.append(0x48)
        case .formatted(let format):
            out.append(format(y, x))
        }
        (cursorX, cursorY) = (x, y)
    }

    private mutating func style(_ role: Role, _ out: inout FrameBytes.Writer) {
        let ordinal = role.ordinal
        styledOrdinal = ordinal
        let index = ordinal < renditionOfRole.count ? renditionOfRole[ordinal] : -1
        guard index != rendition else { return }
        out.append(index >= 0 ? distinct[index] : strings.reset)
        rendition = index
    }

    /// A row or column number (1…9999 in practice) as ASCII digits.
    private func appendDecimal(_ number: Int, _ out: inout FrameBytes.Writer) {
        let digit = { (n: Int) in UInt8(truncatingIfNeeded: 0x30 + n % 10) }
        switch number {
        case 0..<10:
            out.append(digit(number))
        case 10..<100:
            out.append(digit(number / 10))
            out.append(digit(number))
        case 100..<1000:
            out.append(digit(number / 100))
            out.append(digit(number / 10))
            out.append(digit(number))
        default:
            out.append(Array(String(number).utf8))
        }
    }

    /// A grapheme's scalars as UTF-8, at most `DisplayWidth.scalarsPerCell` of them.
    private func append(_ grapheme: Character, _ out: inout FrameBytes.Writer) {
        for scalar in grapheme.unicodeScalars.prefix(DisplayWidth.scalarsPerCell) { append(scalar.value, &out) }
    }

    /// A scalar's value as UTF-8.
    private func append(_ value: UInt32, _ out: inout FrameBytes.Writer) {
        switch value {
        case ..<0x80:
            out.append(UInt8(truncatingIfNeeded: value))
        case ..<0x800:
            out.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            out.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }

    /// `DisplayWidth.width(of:)`, remembered per scalar.
    private mutating func layoutWidth(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x300 { return 1 }
        let slot = remember(scalar.value)
        return Int(layoutWidths[slot])
    }

    /// The terminal's width of a scalar, remembered likewise.
    private mutating func terminalWidth(_ value: UInt32) -> Int {
        if value >= 0x20, value < 0x7F { return 1 }
        let slot = remember(value)
        if terminalWidths[slot] == -2 { terminalWidths[slot] = Int8(clamping: max(-1, strings.width(value))) }
        return Int(terminalWidths[slot])
    }

    /// The slot of `value` in the width table, filled with its layout width (the terminal's is
    /// asked when first wanted).
    private mutating func remember(_ value: UInt32) -> Int {
        let slot = Int(value & UInt32(Self.widthSlots - 1))
        if widthTags[slot] != value {
            widthTags[slot] = value
            layoutWidths[slot] = Int8(clamping: Unicode.Scalar(value).map(DisplayWidth.width(of:)) ?? 1)
            terminalWidths[slot] = -2
            narrowScalars[slot] = 0
        }
        return slot
    }
}

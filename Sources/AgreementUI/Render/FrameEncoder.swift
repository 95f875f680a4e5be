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
    /// The bytes of the last `encode`.
    public private(set) var output: [UInt8] = []
    /// Where the terminal's cursor is, nil when unknown (start, after a wrap or an odd width).
    private var cursor: (x: Int, y: Int)?
    /// The rendition last sent (an index into `distinct`), nil when unknown.
    private var rendition: Int?
    private var cursorShown: Bool?
    /// The terminal's width during `encode`.
    private var columns = 0
    /// Per `Role.ordinal`: which of the distinct renditions it is (roles drawn alike share one).
    private let renditionOfRole: [Int]
    private let distinct: [[UInt8]]
    /// Widths of non-ASCII scalars drawn so far, the layout's and the terminal's: a direct-mapped
    /// table (a screen uses a few dozen such scalars; a collision only means asking again).
    private var widthTags = [UInt32](repeating: 0, count: FrameEncoder.widthSlots)
    private var layoutWidths = [Int8](repeating: 0, count: FrameEncoder.widthSlots)
    private var terminalWidths = [Int8](repeating: -2, count: FrameEncoder.widthSlots)
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
        output.reserveCapacity(16 * 1024)
    }

    /// Forgets what the terminal shows and where its cursor is (after another program or
    /// curses itself wrote to it): the next frame is addressed and styled from scratch.
    public mutating func forget() {
        cursor = nil
        rendition = nil
        cursorShown = nil
    }

    /// The bytes that turn `previous` into `screen` on a terminal of `rows` × `columns`, in
    /// `output`. Without a previous screen, or after a resize, the terminal is cleared first and
    /// every cell sent.
    public mutating func encode(from previous: Screen?, to screen: Screen, rows: Int, columns: Int) {
        output.removeAll(keepingCapacity: true)
        self.columns = columns
        var before = previous
        if let old = before, old.width != screen.width || old.height != screen.height { before = nil }
        if before == nil {
            output.append(contentsOf: strings.reset)
            output.append(contentsOf: strings.clear)
            rendition = nil
            cursor = (0, 0)
        }
        let lastCellSkipped = !strings.writesLastCell
        screen.cells.withUnsafeBufferPointer { cells in
            for run in CellDiff.runs(from: before, to: screen) where run.y < rows {
                let row = run.y * screen.width
                for x in run.x..<min(run.x + run.count, columns) {
                    let cell = cells[row + x]
                    if cell.isContinuation { continue }
                    if lastCellSkipped, run.y == rows - 1, x == columns - 1 { continue }
                    let wide = x + 1 < screen.width && cells[row + x + 1].isContinuation
                    put(cell, x: x, y: run.y, wide: wide, fits: x + 1 < columns)
                }
            }
        }
        if let target = screen.cursor, (0..<columns).contains(target.x), (0..<rows).contains(target.y) {
            move(to: target.x, target.y)
            if cursorShown != true { output.append(contentsOf: strings.showCursor) }
            cursorShown = true
        } else if cursorShown != false {
            output.append(contentsOf: strings.hideCursor)
            cursorShown = false
        }
    }

    /// One cell at (x, y): a printable ASCII or safe lone scalar straight from its value, anything
    /// else through `putText`.
    private mutating func put(_ cell: Cell, x: Int, y: Int, wide: Bool, fits: Bool) {
        move(to: x, y)
        style(cell.role)
        guard let scalar = cell.scalar, Inert.isSafe(scalar.value) else {
            putText(cell.text, x: x, y: y, wide: wide, fits: fits)
            return
        }
        let value = scalar.value
        if value >= 0x20, value < 0x7F {
            output.append(UInt8(truncatingIfNeeded: value))
            advance(1)
            return
        }
        if layoutWidth(scalar) == 0 || (wide && !fits) {
            output.append(0x20)
            advance(1)
            return
        }
        append(scalar)
        let shown = terminalWidth(value)
        if wide && fits {
            if shown == 2 {
                advance(2)
            } else if shown == 1 {
                // The terminal draws it narrow: a blank in the column the layout gave it.
                output.append(0x20)
                advance(2)
            } else {
                cursor = nil
            }
        } else if shown == 1 {
            advance(1)
        } else {
            cursor = nil
        }
    }

    /// A cell whose text is a cluster or needs care: unsafe text becomes its inert placeholder, a
    /// zero-width or unfitting one a blank, a flag its letters one per column, a cluster one cell
    /// cannot hold the placeholder. The cursor's place is unknown afterwards (terminals differ).
    private mutating func putText(_ text: String, x: Int, y: Int, wide: Bool, fits: Bool) {
        var grapheme = text.first ?? " "
        if let placeholder = Inert.placeholder(for: grapheme) { grapheme = placeholder }
        if DisplayWidth.of(grapheme) == 0 || (wide && !fits) { grapheme = " " }
        switch DisplayWidth.drawing(of: grapheme) {
        case .asIs:
            append(grapheme)
        case .perColumn(let parts):
            append(Character(parts[0]))
            cursor = nil
            if wide, fits, parts.count > 1 {
                move(to: x + 1, y)
                append(Character(parts[1]))
                cursor = nil
            }
            return
        case .placeholder:
            grapheme = DisplayWidth.placeholder
            append(grapheme)
        }
        cursor = nil
        if wide, fits, let first = grapheme.unicodeScalars.first, terminalWidth(first.value) == 1 {
            move(to: x + 1, y)
            output.append(0x20)
            cursor = nil
        }
    }

    private mutating func advance(_ count: Int) {
        guard let at = cursor else { return }
        // At the last column the terminal waits to wrap: the next cell is addressed afresh.
        cursor = at.x + count < columns ? (at.x + count, at.y) : nil
    }

    private mutating func move(to x: Int, _ y: Int) {
        if let at = cursor, at.x == x, at.y == y { return }
        switch strings.addressing {
        case .ansi:
            output.append(0x1B)
            output.append(0x5B)
            appendDecimal(y + 1)
            output.append(0x3B)
            appendDecimal(x + 1)
            output.append(0x48)
        case .formatted(let format):
            output.append(contentsOf: format(y, x))
        }
        cursor = (x, y)
    }

    private mutating func style(_ role: Role) {
        let ordinal = role.ordinal
        let index = ordinal < renditionOfRole.count ? renditionOfRole[ordinal] : -1
        guard index != rendition else { return }
        output.append(contentsOf: index >= 0 ? distinct[index] : strings.reset)
        rendition = index
    }

    /// A row or column number (1…9999 in practice) as ASCII digits.
    private mutating func appendDecimal(_ number: Int) {
        let digit = { (n: Int) in UInt8(truncatingIfNeeded: 0x30 + n % 10) }
        switch number {
        case 0..<10:
            output.append(digit(number))
        case 10..<100:
            output.append(digit(number / 10))
            output.append(digit(number))
        case 100..<1000:
            output.append(digit(number / 100))
            output.append(digit(number / 10))
            output.append(digit(number))
        default:
            output.append(contentsOf: String(number).utf8)
        }
    }

    /// A grapheme's scalars as UTF-8, at most `DisplayWidth.scalarsPerCell` of them.
    private mutating func append(_ grapheme: Character) {
        for scalar in grapheme.unicodeScalars.prefix(DisplayWidth.scalarsPerCell) { append(scalar) }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            output.append(UInt8(truncatingIfNeeded: value))
        case ..<0x800:
            output.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case ..<0x10000:
            output.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            output.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
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
        }
        return slot
    }
}

import AgreementUI
import CNcursesw

/// Writes one grapheme cluster into a curses cell (base character plus combining marks) with a
/// rendition, so that the terminal gives it exactly the columns the layout gave it
/// (`DisplayWidth`): a flag goes out as its two letters, one per column; a cluster one cell
/// cannot hold (more than five code points, several spacing characters such as a ZWJ sequence
/// or a skin tone) becomes a visible placeholder of its width. The text itself is never changed.
struct CellPainter {
    let window: UnsafeMutablePointer<WINDOW>
    /// Base + up to four marks + terminating zero (CCHARW_MAX is 5).
    private var characters = [wchar_t](repeating: 0, count: 6)
    private var cell = cchar_t()
    /// Widths of the non-ASCII scalars painted so far (bounded).
    private var widths: [UInt32: Int8] = [:]

    init(window: UnsafeMutablePointer<WINDOW>) {
        self.window = window
    }

    /// Paints a cell at (x, y): printable ASCII straight into curses' cell, anything else as its
    /// grapheme (`paint(_:x:y:wide:fits:rendition:)` with the text).
    mutating func paint(_ cell: Cell, x: Int, y: Int, wide: Bool, fits: Bool, rendition: Palette.Rendition) {
        guard let scalar = cell.scalar, Inert.isSafe(scalar.value) else {
            paint(cell.text, x: x, y: y, wide: wide, fits: fits, rendition: rendition)
            return
        }
        if scalar.value >= 0x20, scalar.value < 0x7F {
            characters[0] = wchar_t(bitPattern: scalar.value)
            characters[1] = 0
            put(x: x, y: y, rendition: rendition)
            return
        }
        // One safe scalar (a box line, a bullet, æøå): what `paint(_:…)` does with it, without
        // making a String or asking Unicode's tables again for a scalar already seen.
        let blank = width(of: scalar) == 0 || (wide && !fits)
        characters[0] = blank ? 0x20 : wchar_t(bitPattern: scalar.value)
        characters[1] = 0
        put(x: x, y: y, rendition: rendition)
        if wide, fits, cn_wcwidth(characters[0]) == 1 {
            characters[0] = 0x20
            put(x: x + 1, y: y, rendition: rendition)
        }
    }

    /// `DisplayWidth.width(of:)`, remembered per scalar (the screen uses a few dozen).
    private mutating func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x300 { return 1 }
        if let known = widths[scalar.value] { return Int(known) }
        let width = DisplayWidth.width(of: scalar)
        if widths.count < 4096 { widths[scalar.value] = Int8(width) }
        return width
    }

    /// Paints `text` at (x, y). A wide grapheme that does not fit, a zero-width one, or one that is
    /// unsafe to send becomes a blank or its inert placeholder; when ncurses thinks a grapheme the
    /// layout made wide is narrow, the cell to its right is blanked so nothing stale shows there.
    mutating func paint(_ text: String, x: Int, y: Int, wide: Bool, fits: Bool, rendition: Palette.Rendition) {
        var grapheme = text.first ?? " "
        if let placeholder = Inert.placeholder(for: grapheme) { grapheme = placeholder }
        if DisplayWidth.of(grapheme) == 0 || (wide && !fits) { grapheme = " " }
        switch DisplayWidth.drawing(of: grapheme) {
        case .asIs:
            load(grapheme)
        case .perColumn(let parts):
            load(Character(parts[0]))
            put(x: x, y: y, rendition: rendition)
            if wide, fits, parts.count > 1 {
                load(Character(parts[1]))
                put(x: x + 1, y: y, rendition: rendition)
            }
            return
        case .placeholder:
            load(DisplayWidth.placeholder)
        }
        put(x: x, y: y, rendition: rendition)
        if wide, fits, cn_wcwidth(characters[0]) == 1 {
            characters[0] = 0x20
            characters[1] = 0
            put(x: x + 1, y: y, rendition: rendition)
        }
    }

    /// Puts the cluster's code points (at most five) into `characters`.
    private mutating func load(_ grapheme: Character) {
        var count = 0
        for scalar in grapheme.unicodeScalars where count < DisplayWidth.scalarsPerCell {
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        characters[count] = 0
    }

    private mutating func put(x: Int, y: Int, rendition: Palette.Rendition) {
        _ = setcchar(&cell, characters, rendition.attributes, rendition.pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}

import AgreementKit

/// A run of text in one role; a line of the screen is a list of spans.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    /// The role that draws a phase colour.
    public static func role(for colour: PhaseColour?) -> Role {
        switch colour {
        case .blue: .phaseBlue
        case .orange: .phaseOrange
        case .green: .phaseGreen
        case nil: .muted
        }
    }
}

extension Screen {
    /// Draws spans one after another from (x, y), clipped to `width` columns.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, width: Int) -> Int {
        var used = 0
        for span in spans where used < width {
            used += put(span.text, x: x + used, y: y, role: span.role, limit: width - used)
        }
        return used
    }

    /// Draws a frame with a title in its top edge; the focused frame is drawn in its own role.
    /// Every frame of every pane is drawn again on every key, so its cells are written through the
    /// buffer (an array subscript checked the array's uniqueness at every cell).
    public mutating func frame(_ rect: Rect, title: String, focused: Bool, titleRole: Role = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        // Box-drawing characters are one column each: written cell by cell, not measured.
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        let width = self.width
        let hasLeft = rect.x >= r.x, hasRight = rect.maxX - 1 < r.maxX
        cells.withUnsafeMutableBufferPointer { cells in
            // Cells written from x for `count` columns leave no half of a wide grapheme beside them.
            func breakWide(_ x: Int, _ y: Int, _ count: Int) {
                Screen.breakWide(in: cells, rowWidth: width, at: x, y: y, width: count)
            }
            // A horizontal edge is one run: wide graphemes are broken at its two ends only.
            func edge(_ y: Int, _ left: Unicode.Scalar, _ right: Unicode.Scalar) {
                breakWide(r.x, y, r.width)
                let line = Cell(scalar: "─", role: role), base = y * width
                for x in r.x..<r.maxX { cells[base + x] = line }
                if hasLeft { cells[base + rect.x] = Cell(scalar: left, role: role) }
                if hasRight { cells[base + rect.maxX - 1] = Cell(scalar: right, role: role) }
            }
            if rect.y >= r.y { edge(rect.y, "┌", "┐") }
            if rect.maxY - 1 < r.maxY { edge(rect.maxY - 1, "└", "┘") }
            let side = Cell(scalar: "│", role: role)
            for y in max(rect.y + 1, r.y)..<min(rect.maxY - 1, r.maxY) {
                if hasLeft {
                    breakWide(rect.x, y, 1)
                    cells[y * width + rect.x] = side
                }
                if hasRight {
                    breakWide(rect.maxX - 1, y, 1)
                    cells[y * width + rect.maxX - 1] = side
                }
            }
        }
        let label = TextLayout.truncate(" \(title) ", to: rect.width - 4)
        put(label, x: rect.x + 2, y: rect.y, role: focused ? .borderFocused : titleRole)
    }
}

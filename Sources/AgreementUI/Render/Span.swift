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
    /// One border cell, never leaving half a wide grapheme beside it.
    private mutating func border(_ x: Int, _ y: Int, _ scalar: Unicode.Scalar, _ role: Role) {
        breakWide(at: x, y: y, width: 1)
        self[x, y] = Cell(scalar: scalar, role: role)
    }

    public mutating func frame(_ rect: Rect, title: String, focused: Bool, titleRole: Role = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        // Box-drawing characters are one column each: written cell by cell, not measured.
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        // A horizontal edge is one run: wide graphemes are broken at its two ends only.
        func edge(_ y: Int, _ left: Unicode.Scalar, _ right: Unicode.Scalar) {
            breakWide(at: r.x, y: y, width: r.width)
            let line = Cell(scalar: "─", role: role), base = y * width
            for x in r.x..<r.maxX { cells[base + x] = line }
            if rect.x >= r.x { cells[base + rect.x] = Cell(scalar: left, role: role) }
            if rect.maxX - 1 < r.maxX { cells[base + rect.maxX - 1] = Cell(scalar: right, role: role) }
        }
        if rect.y >= r.y { edge(rect.y, "┌", "┐") }
        if rect.maxY - 1 < r.maxY { edge(rect.maxY - 1, "└", "┘") }
        for y in max(rect.y + 1, r.y)..<min(rect.maxY - 1, r.maxY) {
            if rect.x >= r.x { border(rect.x, y, "│", role) }
            if rect.maxX - 1 < r.maxX { border(rect.maxX - 1, y, "│", role) }
        }
        let label = TextLayout.truncate(" \(title) ", to: rect.width - 4)
        put(label, x: rect.x + 2, y: rect.y, role: focused ? .borderFocused : titleRole)
    }
}

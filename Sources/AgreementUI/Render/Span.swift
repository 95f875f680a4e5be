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
    public mutating func frame(_ rect: Rect, title: String, focused: Bool, titleRole: Role = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", x: rect.x, y: rect.y, role: role)
        put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: rect.maxX - 1, y: y, role: role)
        }
        let label = TextLayout.truncate(" \(title) ", to: rect.width - 4)
        put(label, x: rect.x + 2, y: rect.y, role: focused ? .borderFocused : titleRole)
    }
}

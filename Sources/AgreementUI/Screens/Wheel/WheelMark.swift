import AgreementKit

/// How an entry looks in the strip and the list: a glyph and a role, so the state reads
/// without colour — `!` overdue, `»` due within 14 days, `○` open, `✓` done, `·` for information.
struct WheelMark: Equatable {
    var glyph: String
    var role: Role
    /// The role of the entry's text.
    var textRole: Role

    /// The days ahead that count as due soon.
    static let dueDays = 14

    init(_ entry: DeadlineEntry, today: LocalDate) {
        switch entry.status {
        case .done: (glyph, role, textRole) = ("✓", .muted, .muted)
        case .information: (glyph, role, textRole) = ("·", .muted, .normal)
        case .open:
            if entry.isOverdue(on: today) {
                (glyph, role, textRole) = ("!", .error, .error)
            } else if entry.isDue(within: Self.dueDays, of: today) {
                (glyph, role, textRole) = ("»", .warning, .warning)
            } else {
                (glyph, role, textRole) = ("○", .normal, .normal)
            }
        }
    }

    /// Which mark wins when a month has no room for all: the most urgent first.
    var urgency: Int {
        switch glyph {
        case "!": 0
        case "»": 1
        case "○": 2
        case "✓": 3
        default: 4
        }
    }
}

import AgreementKit
import Catalogue

/// The top line: unit, year, municipality, leader, contact person and the phase badge.
enum HeaderView {
    static func draw(_ core: AppCore, in rect: Rect, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        screen.fill(rect, role: .header)
        let badge = badge(for: agreement.phase, words: w)
        var badgeWidth = DisplayWidth.of(badge.text)
        // «Neste: …», the overdue count and «per …», in the room the unit and year leave.
        let h = agreement.header
        let least = DisplayWidth.of(" \(h.unit) \(h.year)") + 2
        let calendar = HeaderCalendar.spans(core, room: max(0, rect.width - badgeWidth - least))
        let calendarWidth = calendar.reduce(0) { $0 + DisplayWidth.of($1.text) }
        screen.put(calendar, x: rect.maxX - badgeWidth - calendarWidth, y: rect.y, width: calendarWidth)
        badgeWidth += calendarWidth
        var names = w.screen(.headerParties(leader: h.leader, contact: h.contactPerson))
        if core.session.party != .leader { names += "  " + w.screen(.youAre(w.partyInSentence(core.session.party))) }
        // The names matter more than the municipality: on a narrow line it goes first.
        var left = " \(h.unit) \(h.year) · \(h.municipality)   \(names)"
        if DisplayWidth.of(left) > rect.width - badgeWidth - 1 { left = " \(h.unit) \(h.year)   \(names)" }
        if case .heldElsewhere(_, let described) = core.session.lock {
            // The read-only notice stands right of centre, before the badge, in the warning role:
            // half the line at least, more when the names leave room.
            let room = max(rect.width / 2 - badgeWidth, rect.width - badgeWidth - DisplayWidth.of(left) - 1)
            let notice = TextLayout.truncate(" \(described) ", to: max(0, room))
            let x = rect.maxX - badgeWidth - DisplayWidth.of(notice)
            screen.put(notice, x: x, y: rect.y, role: .warning)
            badgeWidth += DisplayWidth.of(notice)
        }
        if !agreement.conflicts.isEmpty {
            // Conflicts a merge recorded: a mark and a count, before the badge.
            let notice = " ! \(w.conflictsInHeader(agreement.conflicts.count)) "
            screen.put(notice, x: rect.maxX - badgeWidth - DisplayWidth.of(notice), y: rect.y, role: .warning)
            badgeWidth += DisplayWidth.of(notice)
        }
        if let unsynced = core.session.unsynced, unsynced > 0 {
            // Changes not on the remote yet, when the line has room for them beside the unit and year.
            let notice = " \(w.unsynced(unsynced)) "
            if DisplayWidth.of(notice) + badgeWidth + least <= rect.width {
                screen.put(notice, x: rect.maxX - badgeWidth - DisplayWidth.of(notice), y: rect.y, role: .header)
                badgeWidth += DisplayWidth.of(notice)
            }
        }
        screen.put(TextLayout.truncate(left, to: rect.width - badgeWidth - 1), x: rect.x, y: rect.y, role: .header)
        screen.put(badge.text, x: rect.maxX - DisplayWidth.of(badge.text), y: rect.y, role: badge.role)
    }

    /// The phase badge: " O Oppfølging " in the phase's colour, with the letter as a non-colour cue.
    static func badge(for phase: Phase, words w: any Wording) -> Span {
        switch phase.colour {
        case .blue: Span(" B \(w.phase(phase)) ", .badgeBlue)
        case .orange: Span(" O \(w.phase(phase)) ", .badgeOrange)
        case .green: Span(" G \(w.phase(phase)) ", .badgeGreen)
        case nil: Span(" ■ \(w.phase(phase)) ", .badgeClosed)
        }
    }

    /// A title line for screens without an agreement ("lederavtale – hjelp").
    static func title(_ text: String, right: String = "", in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, role: .header)
        let rightWidth = DisplayWidth.of(right)
        screen.put(TextLayout.truncate(" " + text, to: max(0, rect.width - rightWidth - 1)), x: rect.x, y: rect.y, role: .header)
        if rightWidth > 0 { screen.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .header) }
    }
}

import AgreementKit

/// The top line: unit, year, municipality, leader, contact person and the phase badge.
enum HeaderView {
    static func draw(_ agreement: Agreement, in rect: Rect, party: Party? = nil, readOnly: String? = nil, into screen: inout Screen) {
        screen.fill(rect, role: .header)
        let badge = badge(for: agreement.phase)
        var badgeWidth = DisplayWidth.of(badge.text)
        if let readOnly {
            // The read-only notice stands right of centre, before the badge, in the warning role.
            let notice = TextLayout.truncate(" \(readOnly) ", to: max(0, rect.width / 2 - badgeWidth))
            let x = rect.maxX - badgeWidth - DisplayWidth.of(notice)
            screen.put(notice, x: x, y: rect.y, role: .warning)
            badgeWidth += DisplayWidth.of(notice)
        }
        let h = agreement.header
        var names = "Leder: \(h.leader.isEmpty ? "–" : h.leader)  Kontaktperson: \(h.contactPerson.isEmpty ? "–" : h.contactPerson)"
        if let party, party != .leader { names += "  [du: \(party.title.lowercased())]" }
        let left = " \(h.unit) \(h.year) · \(h.municipality)   \(names)"
        screen.put(TextLayout.truncate(left, to: rect.width - badgeWidth - 1), x: rect.x, y: rect.y, role: .header)
        screen.put(badge.text, x: rect.maxX - DisplayWidth.of(badge.text), y: rect.y, role: badge.role)
    }

    /// The phase badge: " O Oppfølging " in the phase's colour, with the letter as a non-colour cue.
    static func badge(for phase: Phase) -> Span {
        switch phase.colour {
        case .blue: Span(" B \(phase.title) ", .badgeBlue)
        case .orange: Span(" O \(phase.title) ", .badgeOrange)
        case .green: Span(" G \(phase.title) ", .badgeGreen)
        case nil: Span(" ■ \(phase.title) ", .badgeClosed)
        }
    }
}

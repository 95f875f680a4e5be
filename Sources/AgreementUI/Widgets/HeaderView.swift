import AgreementKit
import Catalogue
import Synchronization

/// The top line: unit, year, municipality, leader, contact person and the phase badge.
enum HeaderView {
    /// Everything the line is made of: equal keys make equal lines. The agreement's part (unit,
    /// names, phase, conflicts, the dated things) is its core's stamp; every field is a plain value
    /// or nearly, as the key is made and compared on every frame.
    private struct LineKey: Equatable, Sendable {
        var derived: UInt64
        var width: Int
        var language: Language
        var syncing: Bool
        var unsynced: Int?
        var lock: SessionLock
        var party: Party
        var today: LocalDate
        var todayIsFixed: Bool
    }

    /// The line drawn last: most keys change nothing in it, so it is laid out again only when
    /// something it shows changed (`line(_:width:)`).
    private static let lastLine = Mutex<(key: LineKey, row: [Cell])?>(nil)

    static func draw(_ core: AppCore, in rect: Rect, into screen: inout Screen) {
        guard core.hasDocument else { return }
        guard rect.height == 1 else { return layOut(core, in: rect, into: &screen) }
        screen.put(row: line(core, width: rect.width), x: rect.x, y: rect.y)
    }

    /// The line at `width`, as cells: the last one drawn when nothing it shows changed.
    static func line(_ core: AppCore, width: Int) -> [Cell] {
        guard core.hasDocument else { return [] }
        let key = LineKey(derived: core.derived.number, width: width, language: core.session.language, syncing: core.session.syncing != nil,
                          unsynced: core.session.unsynced, lock: core.session.lock, party: core.session.party,
                          today: core.session.today, todayIsFixed: core.session.todayIsFixed)
        if let kept = lastLine.withLock({ $0?.key == key ? $0?.row : nil }) { return kept }
        let row = freshLine(core, width: width)
        lastLine.withLock { $0 = (key, row) }
        return row
    }

    /// The line at `width` laid out afresh (what `line` keeps).
    static func freshLine(_ core: AppCore, width: Int) -> [Cell] {
        var screen = Screen(width: width, height: 1)
        layOut(core, in: screen.bounds, into: &screen)
        return screen.cells
    }

    private static func layOut(_ core: AppCore, in rect: Rect, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        screen.fill(rect, role: .header)
        let badge = badge(for: agreement.phase, words: w)
        var badgeWidth = DisplayWidth.of(badge.text)
        if !agreement.conflicts.isEmpty {
            // Conflicts a merge recorded: a mark and a count, before the badge.
            let notice = " ! \(w.conflictsInHeader(agreement.conflicts.count)) "
            screen.put(notice, x: rect.maxX - badgeWidth - DisplayWidth.of(notice), y: rect.y, role: .warning)
            badgeWidth += DisplayWidth.of(notice)
        }
        // «Neste: …», the overdue count and «per …», in the room the unit and year leave.
        let h = agreement.header
        let least = DisplayWidth.of(" \(h.unit) \(h.year)") + 2
        if let notice = syncNotice(core) {
            // A sync running, else the changes not on the remote yet, when the line has room for
            // them beside the unit and year; before the calendar, which shortens to what is left.
            if DisplayWidth.of(notice) + badgeWidth + least <= rect.width {
                screen.put(notice, x: rect.maxX - badgeWidth - DisplayWidth.of(notice), y: rect.y, role: .header)
                badgeWidth += DisplayWidth.of(notice)
            }
        }
        // A read-only notice comes first: the calendar gives way to it (the wheel view has the dates).
        let readOnly = if case .heldElsewhere = core.session.lock { true } else { false }
        let calendar = readOnly ? [] : HeaderCalendar.spans(core, room: max(0, rect.width - badgeWidth - least))
        let calendarWidth = calendar.reduce(0) { $0 + DisplayWidth.of($1.text) }
        screen.put(calendar, x: rect.maxX - badgeWidth - calendarWidth, y: rect.y, width: calendarWidth)
        badgeWidth += calendarWidth
        if case .heldElsewhere(_, let described) = core.session.lock {
            let whole = left(core, room: .max)
            // The read-only notice stands right of centre, before the badge, in the warning role:
            // half the line at least, more when the names leave room.
            let room = max(rect.width / 2 - badgeWidth, rect.width - badgeWidth - DisplayWidth.of(whole) - 1)
            let notice = TextLayout.truncate(" \(described) ", to: max(0, room))
            let x = rect.maxX - badgeWidth - DisplayWidth.of(notice)
            screen.put(notice, x: x, y: rect.y, role: .warning)
            badgeWidth += DisplayWidth.of(notice)
        }
        screen.put(left(core, room: rect.width - badgeWidth - 1), x: rect.x, y: rect.y, role: .header)
        screen.put(badge.text, x: rect.maxX - DisplayWidth.of(badge.text), y: rect.y, role: badge.role)
    }

    /// «Synkroniserer …» while a sync runs, else «ikke synkronisert: N endringer» when there are any.
    static func syncNotice(_ core: AppCore) -> String? {
        if core.session.syncing != nil { return " \(core.words.syncing) " }
        guard let unsynced = core.session.unsynced, unsynced > 0 else { return nil }
        return " \(core.words.unsynced(unsynced)) "
    }

    /// Unit and year, then as room allows the leader, the contact person, who you are and the
    /// municipality (the names matter more, so the municipality goes first). A part is shown
    /// whole, or with its name cut after its label — never a label without its value.
    static func left(_ core: AppCore, room: Int) -> String {
        guard let h = core.agreement?.header else { return "" }
        let w = core.words
        let base = " \(h.unit) \(h.year)"
        let municipality = " · \(h.municipality)"
        let you = core.session.party == .leader ? "" : "  " + w.screen(.youAre(w.partyInSentence(core.session.party)))
        let leader = "   " + w.screen(.headerLeader(h.leader)), contact = "  " + w.screen(.headerContact(h.contactPerson))
        for whole in [base + municipality + leader + contact + you, base + leader + contact + you, base + leader + contact]
        where DisplayWidth.of(whole) <= room {
            return whole
        }
        // A name cut to fit, at least a few letters of it after its label.
        func cut(_ name: String, _ make: (String) -> String, after prefix: String) -> String? {
            let nameRoom = room - DisplayWidth.of(prefix + make(""))
            guard !name.isEmpty, nameRoom >= min(4, DisplayWidth.of(name)) else { return nil }
            return prefix + make(TextLayout.truncate(name, to: nameRoom))
        }
        if let text = cut(h.contactPerson, { "  " + w.screen(.headerContact($0)) }, after: base + leader) { return text }
        if DisplayWidth.of(base + leader) <= room { return base + leader }
        if let text = cut(h.leader, { "   " + w.screen(.headerLeader($0)) }, after: base) { return text }
        return TextLayout.truncate(base, to: room)
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

import AgreementKit
import Catalogue

/// The header's calendar: «Neste: 27.09 midtveissamtale (om 12 dager)», the overdue count and
/// «per 15.09.2011» when the date is fixed — fitted to the room the header has, shortened in
/// steps (the title cut with «…», the count and the date shortened, the title dropped), never cut silently.
enum HeaderCalendar {
    /// The spans to draw left of the phase badge, their width at most `room`.
    static func spans(_ core: AppCore, room: Int) -> [Span] {
        let w = core.words
        let today = core.session.today
        let deadlines = core.deadlines
        let next = deadlines?.next(on: today)
        let overdue = deadlines?.overdueCount(on: today) ?? 0
        let asOf = core.session.todayIsFixed ? [" \(w.screen(.asOf(w.date(today)))) ", " \(w.wheel(.asOfShort(w.dayMonth(today)))) "] : [""]
        let counts = overdue > 0 ? [" \(w.wheel(.overdueCount(overdue))) ", " \(w.wheel(.overdueShort(overdue))) "] : [""]
        // Preferred first: (next's form, overdue's form, «per»'s form). «Neste»: 0 whole, 1 the
        // title cut, 2 without the days, 3 the date and days alone, 4 none; the others 0 long,
        // 1 short, 2 none. «per» stays as long as anything can (the Decisions want it shown).
        let plans: [(Int, Int, Int)] = [(0, 0, 0), (1, 0, 0), (0, 0, 1), (1, 0, 1), (2, 0, 1), (0, 1, 1), (1, 1, 1), (2, 1, 1), (3, 1, 1),
                                        (4, 1, 1), (4, 2, 1), (4, 2, 2)]
        for (nextForm, countForm, asOfForm) in plans {
            let countText = counts[min(countForm, counts.count - 1)]
            let asOfText = asOf[min(asOfForm, asOf.count - 1)]
            let fixed = DisplayWidth.of(countText) + DisplayWidth.of(asOfText)
            guard fixed <= room else { continue }
            guard let next, nextForm < 4 else {
                return [Span(countText, .warning), Span(asOfText, .header)]
            }
            guard let nextText = text(of: next, form: nextForm, room: room - fixed, core: core) else { continue }
            return [Span(nextText, .header), Span(countText, .warning), Span(asOfText, .header)]
        }
        return []
    }

    /// «Neste» in one of its forms, or nil when it does not fit: 0 whole, 1 the title cut to fit
    /// (a few letters at least), 2 the title (cut if need be) without the days, 3 the date and days.
    private static func text(of entry: DeadlineEntry, form: Int, room: Int, core: AppCore) -> String? {
        let w = core.words
        let date = w.dayMonth(entry.date)
        let days = core.session.today.days(to: entry.date)
        let title = w.deadlineTitle(entry.source, inSentence: true)
        func fitted(_ make: (String) -> String) -> String? {
            let titleRoom = room - DisplayWidth.of(make(""))
            guard titleRoom >= 6 || titleRoom >= DisplayWidth.of(title) else { return nil }
            return make(TextLayout.truncate(title, to: titleRoom))
        }
        switch form {
        case 0:
            let whole = " " + w.wheel(.next(date: date, title: title, days: days)) + " "
            return DisplayWidth.of(whole) <= room ? whole : nil
        case 1: return fitted { " " + w.wheel(.next(date: date, title: $0, days: days)) + " " }
        case 2: return fitted { " " + w.wheel(.nextUndated(date: date, title: $0)) + " " }
        default:
            let short = " " + w.wheel(.nextDateOnly(date: date, days: days)) + " "
            return DisplayWidth.of(short) <= room ? short : nil
        }
    }
}

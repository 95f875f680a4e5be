import AgreementKit
import Catalogue

/// The year as a strip of twelve months: their names (today's month marked), a mark per entry
/// in each month, today's place with a ▲, and the quarters' themes when a wheel gives them.
enum WheelStripView {
    static func draw(_ entries: [DeadlineEntry], year: Int, core: AppCore, in rect: Rect, into screen: inout Screen) {
        let w = core.words
        let today = core.session.today
        let slot = max(3, (rect.width - 2) / 12)
        func x(_ month: Int) -> Int { rect.x + 1 + (month - 1) * slot }
        for month in 1...12 {
            let isNow = today.year == year && today.month == month
            screen.put(TextLayout.truncate(w.wheelMonthShort(month), to: slot - 1), x: x(month), y: rect.y, role: isNow ? .selection : .title)
            let marks = entries.filter { $0.date.month == month && $0.date.year == year }.map { WheelMark($0, today: today) }
                .sorted { $0.urgency < $1.urgency }
            let room = slot - 1
            var used = 0
            for (i, mark) in marks.enumerated() where used < room {
                if i == room - 1 && marks.count > room {
                    screen.put("+", x: x(month) + used, y: rect.y + 1, role: .muted)
                    break
                }
                screen.put(mark.glyph, x: x(month) + used, y: rect.y + 1, role: mark.role)
                used += 1
            }
        }
        if today.year == year, let last = LocalDate.lastDay(ofMonth: today.month, year: year) {
            let at = x(today.month) + (today.day - 1) * slot / last.day
            let label = " " + w.wheel(.today) + " " + w.dayMonth(today)
            let width = DisplayWidth.of(label)
            screen.put("▲", x: at, y: rect.y + 2, role: .warning)
            if at + 1 + width <= rect.maxX {
                screen.put(label, x: at + 1, y: rect.y + 2, role: .warning)
            } else {
                screen.put(label + " ", x: at - width - 1, y: rect.y + 2, role: .warning)
            }
        }
        let themes = WheelLayout.themes(core)
        if rect.height > 3 {
            for (quarter, title) in themes.sorted(by: { $0.key < $1.key }) where (1...4).contains(quarter) {
                let text = TextLayout.truncate(w.wheel(.quarterTheme(quarter: quarter, title: title)), to: 3 * slot - 1)
                screen.put(text, x: x((quarter - 1) * 3 + 1), y: rect.y + 3, role: .muted)
            }
        }
    }
}

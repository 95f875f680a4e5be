import AgreementKit
import Catalogue

/// The wheel view, full screen: header, a title line with the counts, the year strip, the list
/// of dates and the selected entry.
enum WheelView {
    /// A part of the view kept drawn (by `WheelState`) while only the cursor moves: the title
    /// line and the strip, or the detail of an entry.
    struct Part: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            case top
            case detail(String?)
        }

        var kind: Kind
        /// The agreement and its dated things (`AppCore.derived`), and the day.
        var derived: UInt64
        var today: LocalDate
    }

    static func draw(_ wheel: WheelState, _ core: AppCore, into screen: inout Screen) {
        guard let agreement = core.agreement, let deadlines = core.deadlines else { return }
        let size = screen.bounds.size
        let layout = WheelLayout(size, core: core)
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let top = Rect(x: 0, y: layout.title.y, width: size.width, height: layout.strip.maxY - layout.title.y)
        let drawn = wheel.part(.top, core, size: top.size) { area, core in
            drawTitle(agreement, deadlines, core, in: Rect(x: 0, y: 0, width: layout.title.width, height: 1), into: &area)
            let strip = Rect(x: layout.strip.x, y: layout.strip.y - top.y, width: layout.strip.width, height: layout.strip.height)
            WheelStripView.draw(deadlines.entries, year: agreement.header.year, core: core, in: strip, into: &area)
        }
        for (i, row) in drawn.enumerated() { screen.put(row: row, x: top.x, y: top.y + i) }
        WheelListView.draw(wheel, core: core, in: layout.list, into: &screen)
        WheelDetailView.draw(wheel, core: core, in: layout.detail, into: &screen)
        FooterView.draw(core, context: .wheel, status: layout.status, footer: layout.footer, into: &screen)
    }

    /// The title line: the year and the wheels that apply, and what is overdue or due soon.
    private static func drawTitle(_ agreement: Agreement, _ deadlines: Deadlines, _ core: AppCore, in rect: Rect, into screen: inout Screen) {
        let w = core.words
        let today = core.session.today
        let overdue = deadlines.overdueCount(on: today)
        let soon = deadlines.due(within: WheelMark.dueDays, of: today).count
        let counts = [overdue > 0 ? w.wheel(.overdueTotal(overdue)) : nil, soon > 0 ? w.wheel(.dueSoonTotal(soon)) : nil].compactMap { $0 }.joined(separator: " · ")
        let municipality = agreement.header.municipality
        let titles = core.companions.wheels.filter { $0.applies(to: municipality) }.map(\.title)
        let left = " " + w.wheel(.title(year: agreement.header.year)) + (titles.isEmpty ? "" : " · " + w.wheel(.fromWheels(titles)))
        let countsWidth = counts.isEmpty ? 0 : DisplayWidth.of(counts) + 2
        screen.put(TextLayout.truncate(left, to: max(0, rect.width - countsWidth)), x: rect.x, y: rect.y, role: .title)
        if !counts.isEmpty {
            screen.put(counts + " ", x: rect.maxX - countsWidth + 1, y: rect.y, role: overdue > 0 ? .error : .warning)
        }
    }
}

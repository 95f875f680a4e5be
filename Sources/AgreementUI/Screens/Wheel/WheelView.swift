import AgreementKit
import Catalogue

/// The wheel view, full screen: header, a title line with the counts, the year strip, the list
/// of dates and the selected entry.
enum WheelView {
    static func draw(_ wheel: WheelState, _ core: AppCore, into screen: inout Screen) {
        guard let agreement = core.agreement, let deadlines = core.deadlines else { return }
        let w = core.words
        let size = screen.bounds.size
        let layout = WheelLayout(size, core: core)
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let today = core.session.today
        let overdue = deadlines.overdueCount(on: today)
        let soon = deadlines.due(within: WheelMark.dueDays, of: today).count
        let counts = [overdue > 0 ? w.wheel(.overdueTotal(overdue)) : nil, soon > 0 ? w.wheel(.dueSoonTotal(soon)) : nil].compactMap { $0 }.joined(separator: " · ")
        let municipality = agreement.header.municipality
        let titles = core.companions.wheels.filter { $0.applies(to: municipality) }.map(\.title)
        let left = " " + w.wheel(.title(year: agreement.header.year)) + (titles.isEmpty ? "" : " · " + w.wheel(.fromWheels(titles)))
        let countsWidth = counts.isEmpty ? 0 : DisplayWidth.of(counts) + 2
        screen.put(TextLayout.truncate(left, to: max(0, layout.title.width - countsWidth)), x: 0, y: layout.title.y, role: .title)
        if !counts.isEmpty {
            screen.put(counts + " ", x: layout.title.maxX - countsWidth + 1, y: layout.title.y, role: overdue > 0 ? .error : .warning)
        }
        WheelStripView.draw(deadlines.entries, year: agreement.header.year, core: core, in: layout.strip, into: &screen)
        WheelListView.draw(wheel, core: core, in: layout.list, into: &screen)
        WheelDetailView.draw(wheel.selected(core), core: core, in: layout.detail, into: &screen)
        FooterView.draw(core, context: .wheel, status: layout.status, footer: layout.footer, into: &screen)
    }
}

import AgreementKit
import Catalogue

/// Meeting mode, full screen: one goal area at a time with its targets, measures and log on the
/// left and the form on the right; the position "n/N" and a bar always visible.
enum MeetingView {
    static func draw(_ meeting: MeetingState, _ core: AppCore, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let size = screen.bounds.size
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        drawProgress(meeting, core, width: size.width, into: &screen)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        switch meeting.step {
        case .area:
            guard let area = meeting.area(core) else { break }
            let (left, right) = body.splitLeft(size.width * 11 / 20)
            let width = MainLayout.inner(left).width
            let rows = meeting.areaLines.value(for: area.id, in: .init(width: width, height: 0, language: core.session.language, glyphs: core.session.glyphs)) {
                MeetingAreaView.rows(of: area, kind: meeting.kind, agreement: agreement, words: core.words, width: width)
            }
            MeetingAreaView.drawArea(area, rows: rows, meeting: meeting, in: left, into: &screen)
            MeetingAreaView.drawForm(area, meeting: meeting, words: core.words, in: right, into: &screen)
        case .checklist(let id):
            drawChecklist(agreement, current: id, words: core.words, in: body, into: &screen)
        case .summary:
            MeetingSummaryView.draw(agreement, meeting: meeting, words: core.words, in: body, into: &screen)
        }
        FooterView.draw(core, context: meeting.keyContext(core), status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    /// "Resultatvurdering  3/14  [████░░░░]" — where the meeting is.
    static func drawProgress(_ meeting: MeetingState, _ core: AppCore, width: Int, into screen: inout Screen) {
        let w = core.words
        let total = meeting.order.count + meeting.tasks.count + 1
        let position: Int
        let label: String
        switch meeting.step {
        case .area(let id):
            let i = meeting.order.firstIndex(of: id) ?? 0
            position = i + 1
            label = "\(i + 1)/\(meeting.order.count)"
        case .checklist(let id):
            let i = meeting.tasks.firstIndex(of: id) ?? 0
            position = meeting.order.count + i + 1
            label = w.screen(.checklistPosition(i + 1, of: meeting.tasks.count))
        case .summary:
            position = total
            label = w.screen(.summaryTitle)
        }
        let title = " \(w.reviewKind(meeting.kind)) "
        let fixed = DisplayWidth.of(title) + DisplayWidth.of(label) + 4
        let barWidth = max(0, min(30, width / 5, width - fixed))
        let filled = total > 0 ? barWidth * position / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let role: Role = meeting.kind == .yearEnd ? .badgeGreen : .badgeOrange
        screen.put([Span(title, role), Span("  \(label)  ", .title), Span(bar, meeting.kind == .yearEnd ? .phaseGreen : .phaseOrange)],
                   x: 0, y: 1, width: width)
    }

    private static func drawChecklist(_ agreement: Agreement, current: ItemID, words w: any Wording, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: w.screen(.meetingChecklistTitle(agreement.header.year)), focused: true)
        let inner = MainLayout.inner(frame)
        let index = agreement.checklist.firstIndex { $0.id == current } ?? 0
        let top = max(0, index - inner.height + 2)
        let markWidth: Int = max(DisplayWidth.of(w.checklistStatus(.done)), DisplayWidth.of(w.checklistStatus(.notDone)))
        for (n, item) in agreement.checklist.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + n - top
            let mark = item.status.map { ($0 == .done ? "☑ " : "☒ ") + TextLayout.pad(w.checklistStatus($0), to: markWidth) }
                ?? "☐ " + String(repeating: " ", count: markWidth)
            screen.put([Span("G ", .phaseGreen), Span(mark + "  ", item.status == nil ? .muted : .phaseGreen), Span(item.task)], x: inner.x, y: y, width: inner.width)
            if n == index { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
    }
}

import AgreementKit

/// Meeting mode, full screen: one goal area at a time with its targets, measures and log on the
/// left and the form on the right; the position "n/N" and a bar always visible.
enum MeetingView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        guard let meeting = state.meeting, let agreement = state.agreement else { return }
        let size = screen.bounds.size
        HeaderView.draw(agreement, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        drawProgress(meeting, agreement: agreement, width: size.width, into: &screen)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        switch meeting.step {
        case .area:
            guard let area = state.meetingArea else { break }
            let (left, right) = body.splitLeft(size.width * 11 / 20)
            drawArea(area, meeting: meeting, agreement: agreement, in: left, into: &screen)
            drawForm(area, meeting: meeting, agreement: agreement, in: right, into: &screen)
        case .checklist(let i):
            drawChecklist(agreement, current: i, in: body, into: &screen)
        case .summary:
            drawSummary(agreement, meeting: meeting, in: body, into: &screen)
        }
        FooterView.draw(state, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    /// "Resultatvurdering  3/14  [████░░░░]  2.2 1a/1b …" — where the meeting is.
    static func drawProgress(_ meeting: MeetingState, agreement: Agreement, width: Int, into screen: inout Screen) {
        let total = meeting.order.count + (meeting.kind == .yearEnd ? agreement.checklist.count : 0) + 1
        let position: Int
        let label: String
        switch meeting.step {
        case .area(let i):
            position = i + 1
            label = "\(i + 1)/\(meeting.order.count)"
        case .checklist(let i):
            position = meeting.order.count + i + 1
            label = "Sjekkliste \(i + 1)/\(agreement.checklist.count)"
        case .summary:
            position = total
            label = "Oppsummering"
        }
        let barWidth = max(10, min(30, width / 5))
        let filled = total > 0 ? barWidth * position / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let role: Role = meeting.kind == .yearEnd ? .badgeGreen : .badgeOrange
        screen.put([Span(" \(meeting.kind.title) ", role), Span("  \(label)  ", .title), Span(bar, meeting.kind == .yearEnd ? .phaseGreen : .phaseOrange)],
                   x: 0, y: 1, width: width)
    }

    private static func drawArea(_ area: GoalArea, meeting: MeetingState, agreement: Agreement, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: "\(area.section.number) \(area.label)", focused: false)
        let inner = MainLayout.inner(frame)
        var lines: [[Span]] = []
        let since = meeting.kind == .midYear ? agreement.lastReview(before: LocalDate(year: 9999, month: 12, day: 31)!) : nil
        for row in area.rows {
            let target = row.target.isEmpty ? row.resultGoal : row.target
            for (i, line) in TextLayout.wrap((row.targetNumber.isEmpty ? "" : row.targetNumber + " ") + target, width: inner.width - 2).enumerated() {
                lines.append([Span(i == 0 ? "B " : "  ", .phaseBlue), Span(line, .title)])
            }
            for measure in row.measures {
                for (i, line) in TextLayout.wrap(measure.text, width: inner.width - 4).enumerated() {
                    lines.append([Span(i == 0 ? "  • " : "    "), Span(line)])
                }
            }
            let log = row.log.filter { entry in since.map { entry.date > $0 } ?? true }.sorted { $0.date < $1.date }
            for entry in log {
                for (i, line) in TextLayout.wrap(entry.text, width: inner.width - 15).enumerated() {
                    lines.append([Span(i == 0 ? "  " + entry.date.display + " " : String(repeating: " ", count: 13), .phaseOrange), Span(line)])
                }
            }
            if log.isEmpty {
                lines.append([Span("  " + (since == nil ? "Ingen loggføringer." : "Ingen loggføringer siden \(since!.display)."), .muted)])
            }
            lines.append([])
        }
        let offset = min(meeting.scroll, max(0, lines.count - inner.height))
        for (i, spans) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
    }

    private static func drawForm(_ area: GoalArea, meeting: MeetingState, agreement: Agreement, in frame: Rect, into screen: inout Screen) {
        let inner = MainLayout.inner(frame)
        screen.frame(frame, title: meeting.kind == .yearEnd ? "Resultatvurdering" : "Midtveissamtale", focused: true)
        var lines: [[Span]] = []
        if meeting.kind == .yearEnd {
            let questions: [(String, Rating?, MeetingState.RatingFocus)] = [
                ("1. Gjennomførte tiltak er:", area.assessment.measuresRating, .measures),
                ("2. Måloppnåelse for enheten er:", area.assessment.attainmentRating, .attainment),
            ]
            for (text, value, focus) in questions {
                let current = meeting.focus == focus
                lines.append([Span("G ", .phaseGreen), Span(text, current ? .selection : .phaseGreen)] + (current ? [Span(" ◀ 1/2/3", .warning)] : []))
                for (n, rating) in Rating.allCases.enumerated() {
                    let chosen = value == rating
                    lines.append([Span("  \(n + 1) "), Span(chosen ? "(•) " : "( ) ", chosen ? .title : .muted),
                                  Span(rating.title, chosen ? .title : .normal), Span(chosen ? "  \(rating.glyph)" : "", .phaseGreen)])
                }
                lines.append([])
            }
            lines += comment(FieldKind.leaderComment.label, area.assessment.leaderComment, stamp: area.assessment.leaderCommentStamp, width: inner.width)
            lines += comment(FieldKind.contactComment.label, area.assessment.contactComment, stamp: area.assessment.contactCommentStamp, width: inner.width)
            lines.append([Span("c skriver kommentarene · Backspace angrer siste", .muted)])
        } else {
            lines.append([Span("O ", .phaseOrange), Span("Avtalt oppfølging:", .phaseOrange)])
            let note = area.midYearNote.isEmpty ? "–" : area.midYearNote
            for line in TextLayout.wrap(note, width: inner.width - 2) { lines.append([Span("  " + line, area.midYearNote.isEmpty ? .muted : .normal)]) }
            lines.append([])
            lines.append([Span("c skriver notatet · → neste målområde", .muted)])
        }
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
    }

    private static func comment(_ label: String, _ text: String, stamp: Stamp?, width: Int) -> [[Span]] {
        var lines: [[Span]] = [[Span("G ", .phaseGreen), Span(label, .phaseGreen), Span(stamp.map { "  (\($0.party.title.lowercased()), \($0.date.display))" } ?? "", .muted)]]
        for line in TextLayout.wrap(text.isEmpty ? "–" : text, width: width - 2) { lines.append([Span("  " + line, text.isEmpty ? .muted : .normal)]) }
        lines.append([])
        return lines
    }

    private static func drawChecklist(_ agreement: Agreement, current: Int, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: "Er følgende oppgaver utført i \(agreement.header.year)?  u = utført, i = ikke utført", focused: true)
        let inner = MainLayout.inner(frame)
        let top = max(0, current - inner.height + 2)
        for (n, item) in agreement.checklist.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + n - top
            let mark = item.status.map { $0 == .done ? "☑ Utført     " : "☒ Ikke utført" } ?? "☐            "
            screen.put([Span("G ", .phaseGreen), Span(mark + "  ", item.status == nil ? .muted : .phaseGreen), Span(item.task)], x: inner.x, y: y, width: inner.width)
            if n == current { screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        }
    }

    private static func drawSummary(_ agreement: Agreement, meeting: MeetingState, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: "Oppsummering", focused: true)
        let inner = MainLayout.inner(frame)
        let summary = AssessmentSummary(agreement)
        var lines: [[Span]] = []
        if meeting.kind == .yearEnd {
            lines.append([Span("Vurdert \(summary.rated) av \(summary.total) målområder", .title)])
            lines.append([])
            lines.append([Span(TextLayout.pad("", to: 22)), Span(TextLayout.pad("Gjennomførte tiltak", to: 22), .title), Span("Måloppnåelse", .title)])
            for rating in Rating.allCases {
                let role: Role = rating == .belowAgreement ? .warning : .normal
                lines.append([Span(TextLayout.pad("\(rating.glyph) \(rating.title)", to: 22), role),
                              Span(TextLayout.pad("\(summary.measures[rating] ?? 0)", to: 22), role), Span("\(summary.attainment[rating] ?? 0)", role)])
            }
            let marked = agreement.checklist.filter { $0.status != nil }.count
            lines.append([])
            lines.append([Span("Sjekkliste: \(marked)/\(agreement.checklist.count) markert, \(agreement.checklist.filter { $0.status == .done }.count) utført")])
            if !summary.belowAgreement.isEmpty {
                lines.append([])
                lines.append([Span("Mindre enn avtalen:", .warning)])
                for area in summary.belowAgreement {
                    let plan = agreement.improvementPlans.contains { $0.goalAreaID == area.id } ? "  (forbedringsplan laget)" : ""
                    lines.append([Span("  ▼ \(area.section.number) \(area.label)", .warning), Span(plan, .muted)])
                }
                lines.append([])
                lines.append([Span("Framgangsmåte:", .title)])
                for (n, step) in AssessmentSummary.procedure.enumerated() { lines.append([Span("  \(n + 1). \(step)")]) }
                lines.append([Span("f lager en forbedringsplan (avtalte tiltak, månedlige oppfølgingssamtaler)", .muted)])
            }
        } else {
            let notes = agreement.goalAreas.filter { !$0.midYearNote.isEmpty }
            lines.append([Span("Midtveissamtale: notater på \(notes.count) av \(agreement.goalAreas.count) målområder", .title)])
            for area in notes {
                lines.append([Span("  \(area.section.number) \(area.label): ", .phaseOrange), Span(area.midYearNote.replacingOccurrences(of: "\n", with: " "))])
            }
        }
        lines.append([])
        lines.append([Span("w skriver referatet til fil · Esc avslutter møtemodus", .muted)])
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
    }
}

import AgreementKit
import Catalogue

/// The meeting's summary: counts per rating, the goal areas below the agreement with the
/// procedure for them, the checklist, the signatures (year-end); the notes (mid-year).
enum MeetingSummaryView {
    static func draw(_ agreement: Agreement, meeting: MeetingState, words w: any Wording, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: w.screen(.summaryTitle), focused: true)
        let inner = MainLayout.inner(frame)
        var lines: [[Span]] = []
        func wrapped(_ text: String, _ role: Role = .normal, indent: Int = 0) {
            for (i, line) in TextLayout.wrap(text, width: max(1, inner.width - indent)).enumerated() {
                lines.append([Span(String(repeating: " ", count: i == 0 ? indent : indent + 3) + line, role)])
            }
        }
        if meeting.kind == .yearEnd {
            let summary = AssessmentSummary(agreement)
            lines.append([Span(w.screen(.ratedCount(summary.rated, of: summary.total)), .title)])
            lines.append([])
            let column = 22
            lines.append([Span(TextLayout.pad("", to: column)), Span(TextLayout.pad(w.screen(.measuresColumn), to: column), .title), Span(w.screen(.attainmentColumn), .title)])
            for rating in Rating.allCases {
                let role: Role = rating == .belowAgreement ? .warning : .normal
                lines.append([Span(TextLayout.pad("\(rating.glyph) \(w.rating(rating))", to: column), role),
                              Span(TextLayout.pad("\(summary.measures[rating] ?? 0)", to: column), role), Span("\(summary.attainment[rating] ?? 0)", role)])
            }
            let marked = agreement.checklist.filter { $0.status != nil }.count
            let done = agreement.checklist.filter { $0.status == .done }.count
            lines.append([])
            wrapped(w.screen(.checklistSummary(marked: marked, total: agreement.checklist.count, done: done)))
            if !summary.belowAgreement.isEmpty {
                lines.append([])
                lines.append([Span(w.screen(.belowAgreementHeading), .warning)])
                for area in summary.belowAgreement {
                    let plan = agreement.improvementPlans.contains { $0.goalAreaID == area.id } ? "  " + w.screen(.planMade) : ""
                    lines.append([Span("  ▼ \(area.section.number) \(area.label)", .warning), Span(plan, .muted)])
                }
                lines.append([])
                lines.append([Span(w.screen(.procedureHeading), .title)])
                for (n, step) in w.unmetGoalProcedure.enumerated() { wrapped("\(n + 1). \(step)", indent: 2) }
            }
            lines.append([])
            lines.append([Span(w.screen(.signaturesHeading), .title)])
            let signed = agreement.currentSignOffs
            if signed.isEmpty { wrapped(w.screen(.noSignaturesYet), .muted, indent: 2) }
            for s in signed { wrapped("\(w.party(s.party)): \(s.name) – \(w.date(s.date))", indent: 2) }
        } else {
            let notes = agreement.goalAreas.filter { !$0.midYearNote.isEmpty }
            lines.append([Span(w.screen(.midYearNotes(notes.count, of: agreement.goalAreas.count)), .title)])
            for area in notes {
                wrapped("\(area.section.number) \(area.label): " + area.midYearNote.replacingOccurrences(of: "\n", with: " "), indent: 2)
            }
        }
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: 0, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
    }
}

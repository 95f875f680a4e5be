import AgreementKit
import Catalogue

/// One goal area in meeting mode: targets, measures and log on the left, the form on the right.
enum MeetingAreaView {
    /// The left column: the area's lines (`rows(of:…)`, kept by the meeting) from its scroll position.
    static func drawArea(_ area: GoalArea, rows: [[Cell]], meeting: MeetingState, in frame: Rect, into screen: inout Screen) {
        screen.frame(frame, title: "\(area.section.number) \(area.label)", focused: false)
        let inner = MainLayout.inner(frame)
        let offset = min(meeting.scroll, max(0, rows.count - inner.height))
        for (i, row) in rows.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(row: row, x: inner.x, y: inner.y + i)
        }
        if rows.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: rows.count, frame: frame, into: &screen)
        }
    }

    /// The area's targets, measures and log (since the last review, mid-year) in lines of `width` columns, as cells.
    static func rows(of area: GoalArea, kind: Review.Kind, agreement: Agreement, words w: any Wording, width: Int) -> [[Cell]] {
        var lines: [[Span]] = []
        let since = kind == .midYear ? agreement.reviews.map(\.date).max() : nil
        for row in area.rows {
            let target = row.target.isEmpty ? row.resultGoal : row.target
            for (i, line) in TextLayout.wrap((row.targetNumber.isEmpty ? "" : row.targetNumber + " ") + target, width: width - 2).enumerated() {
                lines.append([Span(i == 0 ? "B " : "  ", .phaseBlue), Span(line, .title)])
            }
            for measure in row.measures {
                let bullet = measure.kind != nil ? "  " : measure.done != nil ? "  ✓ " : "  • "
                let text = measure.kind == .indicator ? w.indicator(measure.text) : measure.text
                let role: Role = measure.kind == .heading ? .title : measure.kind == .instruction ? .muted : .normal
                for (i, line) in TextLayout.wrap(text, width: width - bullet.count).enumerated() {
                    lines.append([Span(i == 0 ? bullet : String(repeating: " ", count: bullet.count)), Span(line, role)])
                }
            }
            let log = row.log.filter { entry in since.map { entry.date > $0 } ?? true }.sorted { $0.date < $1.date }
            for entry in log {
                let lead = "  " + w.date(entry.date) + " "
                let indent = DisplayWidth.of(lead)
                for (i, line) in TextLayout.wrap(entry.text, width: max(1, width - indent - 2)).enumerated() {
                    lines.append([Span(i == 0 ? lead : String(repeating: " ", count: indent), .phaseOrange), Span(line)])
                }
            }
            if log.isEmpty {
                let text = since.map { w.screen(.noLogSince(w.date($0))) } ?? w.screen(.noLogEntries)
                lines.append([Span("  " + text, .muted)])
            }
            lines.append([])
        }
        return lines.map { Screen.row(of: $0, width: max(0, width)) }
    }

    static func drawForm(_ area: GoalArea, meeting: MeetingState, words w: any Wording, in frame: Rect, into screen: inout Screen) {
        let inner = MainLayout.inner(frame)
        screen.frame(frame, title: w.reviewKind(meeting.kind), focused: true)
        var lines: [[Span]] = []
        if meeting.kind == .yearEnd {
            let questions: [(FieldKind, Rating?, MeetingState.RatingFocus)] = [
                (.measuresRating, area.assessment.measuresRating, .measures),
                (.attainmentRating, area.assessment.attainmentRating, .attainment),
            ]
            for (n, (kind, value, focus)) in questions.enumerated() {
                let current = meeting.focus == focus
                let question = TextLayout.truncate("\(n + 1). \(w.fieldLabel(kind)):", to: max(1, inner.width - (current ? 10 : 2)))
                lines.append([Span("G ", .phaseGreen), Span(question, current ? .selection : .phaseGreen)] + (current ? [Span(" ◀ 1/2/3", .warning)] : []))
                for (i, rating) in Rating.allCases.enumerated() {
                    let chosen = value == rating
                    lines.append([Span("  \(i + 1) "), Span(chosen ? "(•) " : "( ) ", chosen ? .title : .muted),
                                  Span(w.rating(rating), chosen ? .title : .normal), Span(chosen ? "  \(rating.glyph)" : "", .phaseGreen)])
                }
                lines.append([])
            }
            lines += comment(w.fieldLabel(.leaderComment), area.assessment.leaderComment, stamp: area.assessment.leaderCommentStamp, words: w, width: inner.width)
            lines += comment(w.fieldLabel(.contactComment), area.assessment.contactComment, stamp: area.assessment.contactCommentStamp, words: w, width: inner.width)
        } else {
            lines.append([Span("O ", .phaseOrange), Span(w.screen(.agreedFollowUp), .phaseOrange)])
            let note = area.midYearNote.isEmpty ? "–" : area.midYearNote
            for line in TextLayout.wrap(note, width: inner.width - 2) { lines.append([Span("  " + line, area.midYearNote.isEmpty ? .muted : .normal)]) }
        }
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
        }
    }

    private static func comment(_ label: String, _ text: String, stamp: Stamp?, words w: any Wording, width: Int) -> [[Span]] {
        var lines: [[Span]] = [[Span("G ", .phaseGreen), Span(label, .phaseGreen),
                                Span(stamp.map { "  (\(w.partyInSentence($0.party)), \(w.date($0.date)))" } ?? "", .muted)]]
        for line in TextLayout.wrap(text.isEmpty ? "–" : text, width: width - 2) { lines.append([Span("  " + line, text.isEmpty ? .muted : .normal)]) }
        lines.append([])
        return lines
    }
}

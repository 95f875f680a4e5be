import AgreementKit
import Catalogue

/// The steps around the areas: last time's follow-ups, the two-sided leader assessment of
/// section 1.5, and the end with what the minutes will hold.
enum ConversationListViews {
    typealias Line = (spans: [Span], selected: Bool)

    /// A follow-up: ☐/☑, what, then who and by when (overdue marked), and the row it is logged on.
    static func followUpLines(_ item: FollowUpItem, agreement: Agreement, today: LocalDate, words w: any Wording, width: Int, selected: Bool) -> [Line] {
        let role: Role = item.done ? .muted : item.isOverdue(on: today) ? .error : .normal
        var lines = ConversationView.wrapped(item.what, lead: item.done ? "☑ " : "☐ ", role, width: width, selected: selected)
        var details = w.conversation(.followUpDetails(who: item.who, due: item.due.map(w.date)))
        let state = item.done ? w.conversation(.done) : item.isOverdue(on: today) ? w.conversation(.overdue) : ""
        if !state.isEmpty { details += details.isEmpty ? state : " · " + state }
        if !details.isEmpty { lines += ConversationView.wrapped(details, lead: "  ", .muted, width: width) }
        if let row = item.goalRowID.flatMap(agreement.rowReference) {
            lines += ConversationView.wrapped(w.conversation(.logged(row)), lead: "  ", .muted, width: width)
        }
        return lines
    }

    static func drawLastTime(_ state: ConversationState, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        screen.frame(frame, title: w.conversation(.lastTimeTitle), focused: true)
        let width = MainLayout.inner(frame).width
        var lines: [Line] = []
        let earlier = state.earlierFollowUps(core)
        if earlier.isEmpty {
            let first = !core.companions.conversations.contains { $0.date < state.date }
            lines += ConversationView.wrapped(w.conversation(first ? .firstConversation : .nothingAgreedBefore), .muted, width: width)
        }
        var shown: LocalDate?
        for (i, (date, item)) in earlier.enumerated() {
            if shown != date {
                if shown != nil { lines.append(([], false)) }
                lines.append(([Span(w.conversation(.agreedOn(w.date(date))), .title)], false))
                shown = date
            }
            lines += followUpLines(item, agreement: agreement, today: core.session.today, words: w, width: width, selected: i == state.cursor)
        }
        ConversationView.drawLines(lines, top: ConversationView.top(of: lines, height: MainLayout.inner(frame).height), in: frame, into: &screen)
    }

    /// Each criterion of section 1.5 with the leader's self-assessment and the contact person's
    /// assessment side by side, each with its comment.
    static func drawAssessment(_ state: ConversationState, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        screen.frame(frame, title: w.conversation(.assessmentTitle), focused: true)
        let inner = MainLayout.inner(frame)
        let column = max(1, (inner.width - 3) / 2)
        var lines: [Line] = ConversationView.wrapped(w.conversation(.assessmentIntro), .muted, width: inner.width)
        let sheet = agreement.leaderAssessmentSheet
        if sheet.isEmpty { lines += ConversationView.wrapped(w.conversation(.noCriteria), .muted, width: inner.width) }
        func pair(_ left: String, _ right: String, _ leftRole: Role, _ rightRole: Role) -> Line {
            ([Span("   "), Span(TextLayout.pad(TextLayout.truncate(left, to: column - 1), to: column), leftRole),
              Span(TextLayout.truncate(right, to: column), rightRole)], false)
        }
        if !sheet.isEmpty {
            lines.append(([], false))
            lines.append(pair(w.conversation(.selfAssessment), w.conversation(.contactAssessment), .title, .title))
        }
        for (i, item) in sheet.enumerated() {
            lines.append(([], false))
            let listed = agreement.about.leaderAssessmentBasis.contains(item.criterion)
            let title = item.criterion + (listed ? "" : " " + w.conversation(.noLongerListed))
            lines += ConversationView.wrapped(title, lead: "\(i + 1). ", width: inner.width, selected: i == state.cursor)
            func value(_ rating: Rating?) -> String { rating.map { "\($0.glyph) " + w.rating($0) } ?? w.conversation(.notAssessed) }
            lines.append(pair(value(item.selfRating), value(item.contactRating), item.selfRating == nil ? .muted : .normal,
                              item.contactRating == nil ? .muted : .normal))
            let left = item.selfComment.isEmpty ? [] : TextLayout.wrap(item.selfComment, width: max(1, column - 3))
            let right = item.contactComment.isEmpty ? [] : TextLayout.wrap(item.contactComment, width: max(1, column - 2))
            for n in 0..<max(left.count, right.count) {
                lines.append(pair(n < left.count ? "  " + left[n] : "", n < right.count ? "  " + right[n] : "", .muted, .muted))
            }
        }
        ConversationView.drawLines(lines, top: ConversationView.top(of: lines, height: inner.height), in: frame, into: &screen)
    }

    /// The end: how much was discussed, the follow-ups agreed, the assessment, and how to write the minutes.
    static func drawMinutes(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        screen.frame(frame, title: w.conversation(.minutesTitle), focused: true)
        let width = MainLayout.inner(frame).width
        let areas = state.guide(core)?.areas ?? []
        let questions = areas.reduce(0) { $0 + $1.questions.count }
        let discussed = conversation.areas.reduce(0) { $0 + $1.discussed.count }
        let withNotes = conversation.areas.filter { !$0.notes.allSatisfy(\.isWhitespace) }.count
        var lines: [Line] = ConversationView.wrapped(w.conversation(.summaryDiscussed(questions: discussed, of: questions, areas: withNotes, ofAreas: areas.count)),
                                                     .title, width: width)
        lines.append(([], false))
        lines += ConversationView.wrapped(w.conversation(.summaryFollowUps(conversation.followUps.count)), .title, width: width)
        for item in conversation.followUps {
            lines += followUpLines(item, agreement: agreement, today: core.session.today, words: w, width: width, selected: false)
        }
        let sheet = agreement.leaderAssessmentSheet
        lines.append(([], false))
        lines += ConversationView.wrapped(w.conversation(.summaryAssessed(sheet.filter(\.isComplete).count, of: sheet.count)), width: width)
        lines.append(([], false))
        lines += ConversationView.wrapped(w.conversation(.writeMinutesHint), .muted, width: width)
        ConversationView.drawLines(lines, top: 0, in: frame, into: &screen)
    }
}

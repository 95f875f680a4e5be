import AgreementKit
import Catalogue

/// One area of the guide: purpose, sources, target and questions (with ✓ for those discussed)
/// on the left; the notes and the follow-ups agreed on the right.
enum ConversationAreaView {
    typealias Line = (spans: [Span], selected: Bool)

    static func drawGuide(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let area = state.area(core) else { return }
        let w = core.words
        screen.frame(frame, title: area.title, focused: state.cursor < area.questions.count)
        let width = MainLayout.inner(frame).width
        var lines: [Line] = []
        func heading(_ text: String) {
            if !lines.isEmpty { lines.append(([], false)) }
            lines.append(([Span(text, .title)], false))
        }
        if !area.purpose.isEmpty || !area.points.isEmpty {
            heading(w.conversation(.purpose))
            for paragraph in area.purpose.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                lines += ConversationView.wrapped(paragraph, width: width)
            }
            for point in area.points {
                lines += ConversationView.wrapped(point.text, lead: "• ", width: width)
                for sub in point.subpoints { lines += ConversationView.wrapped(sub, lead: "  ◦ ", width: width) }
            }
        }
        if !area.sources.isEmpty {
            heading(w.conversation(.sources))
            for source in area.sources { lines += ConversationView.wrapped(source, lead: "• ", width: width) }
        }
        if !area.target.isEmpty {
            heading(w.conversation(.target))
            lines += ConversationView.wrapped(area.target, width: width)
        }
        let notes = conversation.notes(for: area.id)
        heading(w.conversation(.questions) + "  " + w.conversation(.discussedCount(notes.discussed.count, of: area.questions.count)))
        for (i, question) in area.questions.enumerated() {
            let done = notes.discussed.contains(question.id)
            lines += ConversationView.wrapped(question.text, lead: done ? "[✓] " : "[ ] ", done ? .muted : .normal, width: width, selected: i == state.cursor)
            for sub in question.subpoints { lines += ConversationView.wrapped(sub, lead: "     ◦ ", done ? .muted : .normal, width: width) }
        }
        let height = MainLayout.inner(frame).height
        var top = ConversationView.top(of: lines, height: height)
        if state.cursor >= area.questions.count { top = max(0, lines.count - height) }
        ConversationView.drawLines(lines, top: top, in: frame, into: &screen)
    }

    static func drawNotes(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let area = state.area(core), let agreement = core.agreement else { return }
        let w = core.words
        let today = core.session.today
        screen.frame(frame, title: w.conversation(.notes), focused: state.cursor >= area.questions.count)
        let width = MainLayout.inner(frame).width
        var lines: [Line] = []
        let notes = conversation.notes(for: area.id).notes
        if notes.allSatisfy(\.isWhitespace) {
            lines += ConversationView.wrapped(w.conversation(.noNotes), .muted, width: width)
        } else {
            for line in notes.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += line.isEmpty ? [([], false)] : ConversationView.wrapped(String(line), width: width)
            }
        }
        lines.append(([], false))
        lines.append(([Span(w.conversation(.followUps), .title)], false))
        let items = conversation.followUps(in: area.id)
        if items.isEmpty { lines += ConversationView.wrapped(w.conversation(.noFollowUps), .muted, width: width) }
        for (i, item) in items.enumerated() {
            lines += ConversationListViews.followUpLines(item, agreement: agreement, today: today, words: w, width: width,
                                                          selected: state.cursor == area.questions.count + i)
        }
        ConversationView.drawLines(lines, top: ConversationView.top(of: lines, height: MainLayout.inner(frame).height), in: frame, into: &screen)
    }
}

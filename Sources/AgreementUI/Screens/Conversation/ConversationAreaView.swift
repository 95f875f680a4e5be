import AgreementKit
import Catalogue

/// One area of the guide: purpose, sources, target and questions (with ✓ for those discussed)
/// on the left; the notes and the follow-ups agreed on the right.
enum ConversationAreaView {
    typealias Line = (spans: [Span], selected: Bool)

    /// What the guide column's lines are made of besides the language and the width: the
    /// guide's area and which of its questions are ticked as discussed.
    struct GuideKey: Hashable, Sendable {
        var guide: String
        var area: ItemID
        var discussed: [ItemID]
    }

    /// A line of the guide (or notes) column as cells, and the question (or follow-up) whose
    /// first line it is, if any (the cursor's item is marked when drawn).
    struct GuideLine: Sendable {
        var row: [Cell]
        var question: Int?
    }

    static func drawGuide(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let area = state.area(core) else { return }
        screen.frame(frame, title: area.title, focused: state.cursor < area.questions.count)
        let inner = MainLayout.inner(frame)
        guard inner.width > 0, inner.height > 0 else { return }
        let notes = conversation.notes(for: area.id)
        let key = GuideKey(guide: conversation.guideID, area: area.id, discussed: notes.discussed)
        let lines = state.guideLines.value(for: key, in: .init(width: inner.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)) {
            guideLines(area, discussed: notes.discussed, words: core.words, width: inner.width)
        }
        let selected = lines.firstIndex { $0.question == state.cursor }
        var top = selected.map { max(0, min($0 - inner.height / 3, lines.count - inner.height)) } ?? 0
        if state.cursor >= area.questions.count { top = max(0, lines.count - inner.height) }
        for (n, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            screen.put(row: line.row, x: inner.x, y: inner.y + n)
            if top + n == selected { screen.setRole(Rect(x: inner.x, y: inner.y + n, width: inner.width, height: 1), role: .selection) }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: top, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
    }

    /// The area's purpose, points, sources, target and questions in lines of `width` columns.
    static func guideLines(_ area: GuideArea, discussed: [ItemID], words w: any Wording, width: Int) -> [GuideLine] {
        var lines: [GuideLine] = []
        func add(_ wrapped: [Line], question: Int? = nil) {
            for (i, line) in wrapped.enumerated() {
                lines.append(GuideLine(row: Screen.row(of: line.spans, width: width), question: i == 0 ? question : nil))
            }
        }
        func heading(_ text: String) {
            if !lines.isEmpty { add([([], false)]) }
            add([([Span(text, .title)], false)])
        }
        if !area.purpose.isEmpty || !area.points.isEmpty {
            heading(w.conversation(.purpose))
            for paragraph in area.purpose.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                add(ConversationView.wrapped(paragraph, width: width))
            }
            for point in area.points {
                add(ConversationView.wrapped(point.text, lead: "• ", width: width))
                for sub in point.subpoints { add(ConversationView.wrapped(sub, lead: "  ◦ ", width: width)) }
            }
        }
        if !area.sources.isEmpty {
            heading(w.conversation(.sources))
            for source in area.sources { add(ConversationView.wrapped(source, lead: "• ", width: width)) }
        }
        if !area.target.isEmpty {
            heading(w.conversation(.target))
            add(ConversationView.wrapped(area.target, width: width))
        }
        heading(w.conversation(.questions) + "  " + w.conversation(.discussedCount(discussed.count, of: area.questions.count)))
        for (i, question) in area.questions.enumerated() {
            let done = discussed.contains(question.id)
            add(ConversationView.wrapped(question.text, lead: done ? "[✓] " : "[ ] ", done ? .muted : .normal, width: width), question: i)
            for sub in question.subpoints { add(ConversationView.wrapped(sub, lead: "     ◦ ", done ? .muted : .normal, width: width)) }
        }
        return lines
    }

    /// What the notes column's lines are made of besides the agreement (a new memo with every
    /// version of it), the language and the width: the area's notes and follow-ups, and the day
    /// (what is overdue).
    struct NotesKey: Hashable, Sendable {
        var area: ItemID
        var notes: String
        var followUps: [FollowUpItem]
        var today: LocalDate

        func hash(into hasher: inout Hasher) {
            hasher.combine(area)
            hasher.combine(notes)
            hasher.combine(followUps.count)
            hasher.combine(today)
        }
    }

    static func drawNotes(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, in frame: Rect, into screen: inout Screen) {
        guard let area = state.area(core), let agreement = core.agreement else { return }
        screen.frame(frame, title: core.words.conversation(.notes), focused: state.cursor >= area.questions.count)
        let inner = MainLayout.inner(frame)
        guard inner.width > 0, inner.height > 0 else { return }
        let key = NotesKey(area: area.id, notes: conversation.notes(for: area.id).notes, followUps: conversation.followUps(in: area.id), today: core.session.today)
        let lines = state.noteLines.value(for: key, in: .init(width: inner.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)) {
            noteLines(key, agreement: agreement, words: core.words, width: inner.width)
        }
        // The follow-up under the cursor, about a third from the top.
        let selected = lines.firstIndex { $0.question.map { area.questions.count + $0 } == state.cursor }
        let top = selected.map { max(0, min($0 - inner.height / 3, lines.count - inner.height)) } ?? 0
        for (n, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            screen.put(row: line.row, x: inner.x, y: inner.y + n)
            if top + n == selected { screen.setRole(Rect(x: inner.x, y: inner.y + n, width: inner.width, height: 1), role: .selection) }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: top, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
    }

    /// The notes, then the follow-ups agreed (each marked by its place as a question is), in
    /// lines of `width` columns.
    static func noteLines(_ key: NotesKey, agreement: Agreement, words w: any Wording, width: Int) -> [GuideLine] {
        var lines: [GuideLine] = []
        func add(_ wrapped: [Line], item: Int? = nil) {
            for (i, line) in wrapped.enumerated() {
                lines.append(GuideLine(row: Screen.row(of: line.spans, width: width), question: i == 0 ? item : nil))
            }
        }
        if key.notes.allSatisfy(\.isWhitespace) {
            add(ConversationView.wrapped(w.conversation(.noNotes), .muted, width: width))
        } else {
            for line in key.notes.split(separator: "\n", omittingEmptySubsequences: false) {
                add(line.isEmpty ? [([], false)] : ConversationView.wrapped(String(line), width: width))
            }
        }
        add([([], false)])
        add([([Span(w.conversation(.followUps), .title)], false)])
        if key.followUps.isEmpty { add(ConversationView.wrapped(w.conversation(.noFollowUps), .muted, width: width)) }
        for (i, item) in key.followUps.enumerated() {
            add(ConversationListViews.followUpLines(item, agreement: agreement, today: key.today, words: w, width: width, selected: false), item: i)
        }
        return lines
    }
}

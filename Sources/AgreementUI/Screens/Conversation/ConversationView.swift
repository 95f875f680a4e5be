import AgreementKit
import Catalogue

/// Conversation mode, full screen: the header, a bar with the date, where the conversation is
/// and how far it has come, the step's panes, the status line and the keys.
enum ConversationView {
    static func draw(_ state: ConversationState, _ core: AppCore, into screen: inout Screen) {
        guard let conversation = state.conversation(core) else { return }
        let size = screen.bounds.size
        HeaderView.draw(core, in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        drawBar(state, conversation, core, width: size.width, into: &screen)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        switch state.step {
        case .lastTime: ConversationListViews.drawLastTime(state, core, in: body, into: &screen)
        case .area:
            let (left, right) = body.splitLeft(size.width * 11 / 20)
            ConversationAreaView.drawGuide(state, conversation, core, in: left, into: &screen)
            ConversationAreaView.drawNotes(state, conversation, core, in: right, into: &screen)
        case .leaderAssessment: ConversationListViews.drawAssessment(state, core, in: body, into: &screen)
        case .minutes: ConversationListViews.drawMinutes(state, conversation, core, in: body, into: &screen)
        }
        FooterView.draw(core, context: state.keyContext(core), status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    /// " Ledersamtale 15.09.2011 " · "Område 2/7" · a bar of the steps · "3 av 18 drøftet".
    /// Counted from the guide's areas as they are (the steps are last time, the areas, the
    /// assessment and the minutes: `ConversationState.steps`), without building the list; laid
    /// out once per place and count (a step back and forth writes no text again).
    static func drawBar(_ state: ConversationState, _ conversation: Conversation, _ core: AppCore, width: Int, into screen: inout Screen) {
        let areas = core.companions.guide(conversation.guideID)?.areas ?? []
        let key = BarKey(date: conversation.date, step: state.step, position: ConversationState.place(of: state.step, among: areas) + 1, steps: areas.count + 3,
                         discussed: conversation.areas.reduce(0) { $0 + $1.discussed.count },
                         questions: areas.reduce(0) { $0 + $1.questions.count })
        let layout = LayoutMemo<BarKey, [Cell]>.Layout(width: width, height: 1, language: core.session.language, glyphs: core.session.glyphs)
        let row = state.barLine.value(for: key, in: layout) { barRow(key, words: core.words, width: width) }
        screen.put(row: row, x: 0, y: 1)
    }

    /// What the bar's line is made of besides the language and the width.
    struct BarKey: Hashable, Sendable {
        var date: LocalDate
        var step: ConversationStep
        /// The step's place (from 1) among `steps`.
        var position: Int
        var steps: Int
        var discussed: Int
        var questions: Int
    }

    /// The bar's line as cells.
    static func barRow(_ key: BarKey, words w: any Wording, width: Int) -> [Cell] {
        let label: String
        switch key.step {
        case .lastTime: label = w.conversation(.lastTimeTitle)
        case .area: label = w.conversation(.areaPosition(key.position - 1, of: key.steps - 3))
        case .leaderAssessment: label = w.conversation(.assessmentTitle).components(separatedBy: " – ").first ?? ""
        case .minutes: label = w.conversation(.minutesTitle)
        }
        let count = "  " + w.conversation(.discussedCount(key.discussed, of: key.questions))
        let title = " \(w.conversation(.modeTitle)) \(w.date(key.date)) "
        // One column kept free at the right edge, so the count never runs into it.
        let fixed = DisplayWidth.of(title) + DisplayWidth.of(label) + 4 + DisplayWidth.of(count) + 1
        let barWidth = max(0, min(Self.barLimit, width / 5, width - fixed))
        let filled = barWidth * key.position / key.steps
        let bar = Self.filledBars[filled] + Self.emptyBars[barWidth - filled]
        return Screen.row(of: [Span(title, .badgeOrange), Span("  \(label)  ", .title), Span(bar, .phaseOrange), Span(count, .muted)], width: width)
    }

    /// The bar's widest, and its two halves at every width up to that (made once, not per frame).
    static let barLimit = 30
    private static let filledBars = (0...barLimit).map { String(repeating: "█", count: $0) }
    private static let emptyBars = (0...barLimit).map { String(repeating: "░", count: $0) }

    /// Lines drawn in a frame from `top`, with the scroll marks when they do not all fit.
    static func drawLines(_ lines: [(spans: [Span], selected: Bool)], top: Int, in frame: Rect, into screen: inout Screen) {
        let inner = MainLayout.inner(frame)
        guard inner.width > 0, inner.height > 0 else { return }
        for (n, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            screen.put(line.spans, x: inner.x, y: inner.y + n, width: inner.width)
            if line.selected { screen.setRole(Rect(x: inner.x, y: inner.y + n, width: inner.width, height: 1), role: .selection) }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: top, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
    }

    /// The first line to draw so the selected line stands in view, about a third from the top.
    static func top(of lines: [(spans: [Span], selected: Bool)], height: Int) -> Int {
        guard let selected = lines.firstIndex(where: \.selected) else { return 0 }
        return max(0, min(selected - height / 3, lines.count - height))
    }

    /// Wrapped text as lines, the first with `lead` before it and the rest indented to match.
    static func wrapped(_ text: String, lead: String = "", _ role: Role = .normal, width: Int, selected: Bool = false) -> [(spans: [Span], selected: Bool)] {
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        return TextLayout.wrap(text, width: max(1, width - DisplayWidth.of(lead))).enumerated().map { i, part in
            ([Span(i == 0 ? lead : indent, role), Span(part, role)], selected && i == 0)
        }
    }
}

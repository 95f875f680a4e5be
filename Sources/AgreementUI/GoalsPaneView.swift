import AgreementKit

/// The goals pane: the form's sections as a tree, with each goal area's assessment mark.
enum GoalsPaneView {
    static func draw(_ state: AppState, in frame: Rect, into screen: inout Screen) {
        guard let agreement = state.agreement, let tree = state.tree else { return }
        let focused = state.focus == .goals
        screen.frame(frame, title: Pane.goals.title, focused: focused)
        let inner = MainLayout.inner(frame)
        guard inner.height > 0 else { return }
        for line in 0..<inner.height {
            let index = state.goalsScroll + line
            guard tree.nodes.indices.contains(index) else { break }
            let y = inner.y + line
            let spans = self.spans(for: tree.nodes[index], agreement: agreement, width: inner.width)
            screen.put(spans, x: inner.x, y: y, width: inner.width)
            if index == state.goalsCursor {
                screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: focused ? .selection : .selectionInactive)
            }
        }
        if tree.nodes.count > inner.height {
            ScrollMark.draw(first: state.goalsScroll, visible: inner.height, total: tree.nodes.count, frame: frame, into: &screen)
        }
    }

    /// The spans of one line of the tree, exactly `width` columns wide.
    static func spans(for node: GoalTree.Node, agreement: Agreement, width: Int) -> [Span] {
        switch node {
        case .heading(let text):
            return [Span(TextLayout.pad(text, to: width), .title)]
        case .about:
            return line("  Om avtalen (1.1–1.5)", mark: [Span("B", .phaseBlue)], width: width)
        case .checklist:
            let p = agreement.progress
            return line("  Sjekkliste", mark: [Span("\(p.checklistMarked)/\(p.checklistTotal) ", .muted), Span("G", .phaseGreen)], width: width)
        case .goalArea(let a):
            let area = agreement.goalAreas[a]
            let s = area.assessment
            let glyphs = String(s.measuresRating?.glyph ?? "·") + String(s.attainmentRating?.glyph ?? "·")
            return line(" " + area.label, role: .title, mark: [Span("[\(glyphs)]", .phaseGreen)], width: width)
        case .row(let a, let r):
            let row = agreement.goalAreas[a].rows[r]
            let number = row.targetNumber.isEmpty ? "•" : row.targetNumber
            let text = row.target.isEmpty ? row.resultGoal : row.target
            let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
            let mark = row.log.isEmpty ? [] : [Span("✎\(row.log.count)", .phaseOrange)]
            return line("   \(number) \(firstLine)", mark: mark, width: width)
        case .amendments:
            return line("  Endringer i avtalen", mark: [Span("\(agreement.amendments.count) ", .muted), Span("B", .phaseBlue)], width: width)
        case .conditions:
            return line("  3.1 Forhold som kan påvirke resultatene", mark: [Span("B", .phaseBlue)], width: width)
        case .personalGoals:
            return line("  Unntatt offentlighet", role: .muted, mark: [Span("\(agreement.personalGoals.count) ", .muted), Span("B", .phaseBlue)], width: width)
        }
    }

    /// A line of text cut to leave room for a right-aligned mark.
    private static func line(_ text: String, role: Role = .normal, mark: [Span], width: Int) -> [Span] {
        let markWidth = mark.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let room = max(0, width - markWidth - (markWidth > 0 ? 1 : 0))
        var spans = [Span(TextLayout.pad(text, to: room), role)]
        if markWidth > 0 && width > markWidth {
            spans.append(Span(" "))
            spans += mark
        }
        return spans
    }
}

/// A scroll position mark on the right edge of a frame: "↑" / "↓" where more lines are hidden.
enum ScrollMark {
    static func draw(first: Int, visible: Int, total: Int, frame: Rect, into screen: inout Screen) {
        if first > 0 { screen.put("↑", x: frame.maxX - 1, y: frame.y + 1, role: .muted) }
        if first + visible < total { screen.put("↓", x: frame.maxX - 1, y: frame.maxY - 2, role: .muted) }
    }
}

import AgreementKit
import Catalogue

/// The goals pane: the form's sections as a tree, with each goal area's assessment mark.
enum GoalsPaneView {
    static func draw(_ state: BrowseState, _ agreement: Agreement, language: Language, glyphs: Glyphs = .unicode, in frame: Rect, into screen: inout Screen) {
        let words = language.words
        let focused = state.focus == .goals
        screen.frame(frame, title: words.screen(.paneGoals), focused: focused)
        let inner = MainLayout.inner(frame)
        guard inner.height > 0 else { return }
        let nodes = state.tree.nodes
        let cursor = state.tree.position(of: state.node)
        let layout = LayoutMemo<Int, [Cell]>.Layout(width: inner.width, height: inner.height, language: language, glyphs: glyphs)
        for line in 0..<inner.height {
            let index = state.goalsScroll + line
            guard nodes.indices.contains(index) else { break }
            let y = inner.y + line
            let node = nodes[index]
            let row = state.goalsLines.value(for: index, in: layout) {
                Screen.row(of: spans(for: node, agreement: agreement, words: words, glyphs: glyphs, width: inner.width), width: inner.width)
            }
            screen.put(row: row, x: inner.x, y: y)
            if index == cursor {
                screen.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: focused ? .selection : .selectionInactive)
            }
        }
        if nodes.count > inner.height {
            ScrollMark.draw(first: state.goalsScroll, visible: inner.height, total: nodes.count, frame: frame, into: &screen)
        }
    }

    /// The spans of one line of the tree, exactly `width` columns wide.
    static func spans(for node: GoalTree.Node, agreement: Agreement, words w: any Wording, glyphs: Glyphs = .unicode, width: Int) -> [Span] {
        switch node {
        case .heading(let heading):
            return [Span(TextLayout.pad(TextLayout.truncate(w.screen(.treeHeading(heading.text)), to: width), to: width), .title)]
        case .about:
            return line("  " + w.screen(.aboutLine), mark: [Span("B", .phaseBlue)], width: width)
        case .checklist:
            let p = agreement.progress
            return line("  " + w.screen(.checklistLine), mark: [Span("\(p.checklistMarked)/\(p.checklistTotal) ", .muted), Span("G", .phaseGreen)], width: width)
        case .goalArea(let id):
            guard let area = agreement.goalArea(id) else { return [] }
            let s = area.assessment
            let glyphs = String(s.measuresRating?.glyph ?? "·") + String(s.attainmentRating?.glyph ?? "·")
            return line(" " + area.label, role: .title, mark: [Span("[\(glyphs)]", .phaseGreen)], width: width)
        case .row(_, let id):
            guard let row = agreement.row(id) else { return [] }
            let number = row.targetNumber.isEmpty ? "•" : row.targetNumber
            let text = row.target.isEmpty ? row.resultGoal : row.target
            // The first line that is not empty, found without splitting the whole text.
            let start = text.firstIndex { $0 != "\n" } ?? text.endIndex
            let firstLine = String(text[start..<(text[start...].firstIndex(of: "\n") ?? text.endIndex)])
            var mark = row.log.isEmpty ? [] : [Span("✎\(row.log.count)", .phaseOrange)]
            if let status = indicatorMark(row, glyphs: glyphs) { mark += mark.isEmpty ? [status] : [Span(" "), status] }
            return line("   \(number) \(firstLine)", mark: mark, width: width)
        case .amendments:
            return line("  " + w.screen(.amendmentsLine), mark: [Span("\(agreement.amendments.count) ", .muted), Span("B", .phaseBlue)], width: width)
        case .conditions:
            return line("  " + w.screen(.conditionsLine), mark: [Span("B", .phaseBlue)], width: width)
        case .personalGoals:
            return line("  " + w.screen(.personalGoalsLine), role: .muted, mark: [Span("\(agreement.personalGoals.count) ", .muted), Span("B", .phaseBlue)], width: width)
        }
    }

    /// A row's measured indicators in one glyph: ✓ when every one meets its target, ✗ when one
    /// does not, – when there is nothing to judge by yet (the words are on the scorecard).
    static func indicatorMark(_ row: GoalRow, glyphs: Glyphs) -> Span? {
        guard !row.indicators.isEmpty else { return nil }
        let statuses = row.indicators.map(\.status)
        if statuses.contains(.notMet) { return Span(glyphs.notMet, .notMet) }
        if statuses.allSatisfy({ $0 == .met }) { return Span(glyphs.met, .met) }
        return Span(glyphs.noData, .muted)
    }

    /// A line of text cut (with "…") to leave room for a right-aligned mark.
    private static func line(_ text: String, role: Role = .normal, mark: [Span], width: Int) -> [Span] {
        let markWidth = mark.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let room = max(0, width - markWidth - (markWidth > 0 ? 1 : 0))
        var spans = [Span(TextLayout.pad(TextLayout.truncate(text, to: room), to: room), role)]
        if markWidth > 0 && width > markWidth {
            spans.append(Span(" "))
            spans += mark
        }
        return spans
    }
}

extension GoalTree.Heading {
    /// The heading's words, by id.
    var text: TreeHeadingText {
        switch self {
        case .about: .about
        case .section(let section): .section(section)
        case .ownPriorities: .ownPriorities
        case .personal: .personal
        }
    }
}

/// A scroll position mark on the right edge of a frame: "↑" / "↓" where more lines are hidden.
enum ScrollMark {
    static func draw(first: Int, visible: Int, total: Int, frame: Rect, into screen: inout Screen) {
        if first > 0 { screen.put("↑", x: frame.maxX - 1, y: frame.y + 1, role: .muted) }
        if first + visible < total { screen.put("↓", x: frame.maxX - 1, y: frame.maxY - 2, role: .muted) }
    }
}

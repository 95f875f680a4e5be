import AgreementKit
import Catalogue

/// Next year's agreement, reviewed: where it comes from, the template, and every goal area of
/// this year by section with its fate — a box to keep or drop the ones the leader may choose —
/// then the template's new goal areas.
enum NextYearView {
    /// The lines, and the line of each area (for the cursor).
    static func lines(_ state: NextYearState, core: AppCore) -> (lines: [[Span]], areaLines: [Int]) {
        let w = core.words
        let plan = state.plan
        let width = max(10, core.size.width - 4)
        var lines: [[Span]] = []
        func note(_ text: String, _ role: Role) {
            lines += TextLayout.wrap(text, width: width).map { [Span($0, role)] }
        }
        note(w.yearStart(.nextYearFrom(plan.source.id)), .muted)
        if plan.isEarly {
            note(w.yearStart(.nextEarly(year: plan.source.header.year, phase: w.phase(plan.source.phase))), .warning)
        }
        if let template = plan.template {
            note(w.yearStart(.nextTemplate(template.name)), .normal)
        } else {
            note(w.yearStart(.nextNoTemplate(municipality: plan.source.header.municipality, year: plan.year)), .warning)
        }
        var areaLines: [Int] = []
        for section in GoalSection.allCases {
            let areas = plan.areas.filter { $0.section == section }
            let fresh = plan.freshAreas.filter { $0.section == section }
            guard !areas.isEmpty || !fresh.isEmpty else { continue }
            lines.append([])
            lines.append([Span("\(section.number) \(w.section(section))", .title)])
            for area in areas {
                let box = area.isToggleable ? (area.fate == .dropped ? "[ ] " : "[✓] ") : "    "
                let role: Role = area.fate == .dropped ? .muted : .normal
                areaLines.append(lines.count)
                lines.append([Span(box, role), Span(w.rowName(area.name), role),
                              Span(" – " + w.fate(area, template: plan.template?.name, year: plan.year), area.unmet ? .warning : .muted)])
            }
            for item in fresh {
                lines.append([Span("  + ", .phaseBlue), Span(item.area.goalArea(in: section).label), Span(" – " + w.yearStart(.nextYearFresh), .muted)])
            }
        }
        lines.append([])
        note(w.yearStart(.nextYearMakes(id: plan.id)), .muted)
        return (lines, areaLines)
    }

    static func draw(_ state: NextYearState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        HeaderView.title(w.yearStart(.nextYearTitle(unit: state.plan.source.header.unit, year: state.plan.year)), right: state.plan.id + " ",
                         in: Rect(x: 0, y: 0, width: size.width, height: 1), into: &screen)
        let frame = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.frame(frame, title: w.yearStart(.nextYearCarriedNote), focused: true)
        let inner = MainLayout.inner(frame)
        let (lines, areaLines) = lines(state, core: core)
        let cursorLine = areaLines.indices.contains(state.cursor) ? areaLines[state.cursor] : 0
        let offset = max(0, min(cursorLine - inner.height / 2, lines.count - inner.height))
        for (i, spans) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            screen.put(spans, x: inner.x, y: inner.y + i, width: inner.width)
            if offset + i == cursorLine && !areaLines.isEmpty {
                screen.setRole(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), role: .selection)
            }
        }
        if lines.count > inner.height {
            ScrollMark.draw(first: offset, visible: inner.height, total: lines.count, frame: frame, into: &screen)
        }
        FooterView.draw(core, context: .nextYear, status: Rect(x: 0, y: size.height - 2, width: size.width, height: 1),
                        footer: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }
}

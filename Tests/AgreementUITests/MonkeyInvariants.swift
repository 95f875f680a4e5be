import AgreementKit
@testable import AgreementUI
import Catalogue

/// What must hold in every state and on every screen, as a list of what broke.
enum MonkeyInvariants {
    static func problems(in state: AppState) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ text: @autoclosure () -> String) { if !condition { problems.append(text()) } }
        require(!state.stack.isEmpty, "an empty screen stack")
        let core = state.core
        for (index, mode) in state.stack.enumerated() {
            if index > 0, mode.as(PickerState.self) != nil { problems.append("a picker above the bottom of the stack") }
            if let browse = mode.as(BrowseState.self) { problems += self.problems(in: browse, core) }
            if let picker = mode.as(PickerState.self) {
                let count = picker.visible.count
                require((0...count).contains(picker.cursor), "picker cursor \(picker.cursor) of \(count) visible entries and the new-agreement row")
                require(picker.visible.allSatisfy { picker.entries.indices.contains($0) }, "a visible picker entry that does not exist")
            }
            if let form = mode.as(FormState.self) {
                require(!form.fields.isEmpty, "a form without fields")
                require(form.fields.indices.contains(form.focused), "form focus \(form.focused) of \(form.fields.count) fields")
                for (i, field) in form.fields.enumerated() {
                    require(field.editor.cursor >= 0 && field.editor.cursor <= field.editor.text.count,
                            "field \(i) cursor \(field.editor.cursor) in a text of \(field.editor.text.count) characters")
                    require(field.scroll >= 0, "field \(i) scroll \(field.scroll)")
                }
            }
            if let wheel = mode.as(WheelState.self) {
                let entries = core.deadlines?.entries ?? []
                require(entries.isEmpty ? wheel.cursor == nil : entries.contains { $0.id == wheel.cursor }, "wheel cursor \(wheel.cursor ?? "nil") of \(entries.count) entries")
            }
            if let conversation = mode.as(ConversationState.self) {
                if let record = conversation.conversation(core) {
                    let count = conversation.itemCount(core)
                    require(count == 0 ? conversation.cursor == 0 : (0..<count).contains(conversation.cursor), "conversation cursor \(conversation.cursor) of \(count)")
                    require(ConversationState.steps(record, core).contains(conversation.step), "conversation step \(conversation.step) not among its steps")
                } else {
                    problems.append("a conversation screen without its record")
                }
            }
            if let dialog = mode.as(DialogState.self) {
                require(!dialog.options.isEmpty, "a dialog without options")
                let keys = dialog.options.map { $0.key.lowercased() }
                require(Set(keys).count == keys.count, "a dialog with the same key twice: \(keys)")
            }
            if let detail = mode.as(DetailState.self) {
                let fields = detail.content(core).fields
                require(detail.offset >= 0, "detail offset \(detail.offset)")
                require(fields.isEmpty ? detail.field == 0 : fields.indices.contains(detail.field), "detail field \(detail.field) of \(fields.count)")
                if let ref = detail.fieldRef, fields.indices.contains(detail.field) {
                    require(fields[detail.field].ref == ref, "the detail cursor names \(ref) but stands on \(String(describing: fields[detail.field].ref))")
                }
            }
            if let meeting = mode.as(MeetingState.self), let agreement = core.agreement {
                let expected = [GoalSection.common, .serviceArea, .own].flatMap { agreement.goalAreas(in: $0).map(\.id) }
                require(meeting.order == expected, "meeting order \(meeting.order) but the goal areas are \(expected)")
                switch meeting.step {
                case .area(let id): require(agreement.goalArea(id) != nil, "the meeting stands on goal area \(id), which does not exist")
                case .checklist(let id): require(agreement.checklist.contains { $0.id == id }, "the meeting stands on task \(id), which does not exist")
                case .summary: break
                }
            }
            if let overview = mode.as(OverviewState.self) {
                let count = overview.visible.count
                require(count == 0 ? overview.cursor == 0 : overview.visible.indices.contains(overview.cursor), "overview cursor \(overview.cursor) of \(count) shown")
                require(overview.visible.allSatisfy { overview.table.rows.indices.contains($0) }, "a shown overview line that does not exist")
                require(overview.selectedID == overview.selectedRow?.id, "the overview cursor names \(overview.selectedID ?? "nothing") but stands on \(overview.selectedRow?.id ?? "nothing")")
                require(Set(overview.visible).count == count, "an overview line shown twice")
            }
            if let matrix = mode.as(MatrixState.self) {
                let hasUnits = !matrix.matrix.rows.isEmpty
                require(!hasUnits || matrix.selectedRow != nil, "the matrix cursor on line \(matrix.line), not a unit")
                require(matrix.matrix.areas.isEmpty ? matrix.column == 0 : matrix.matrix.areas.indices.contains(matrix.column), "matrix column \(matrix.column) of \(matrix.matrix.areas.count)")
                require(matrix.firstColumn <= matrix.column, "matrix shows columns from \(matrix.firstColumn) with the cursor in \(matrix.column)")
            }
            if let help = mode.as(HelpState.self) { require(help.offset >= 0, "help offset \(help.offset)") }
            if let scorecard = mode.as(ScorecardState.self), let agreement = core.agreement {
                require(scorecard.lines == ScorecardLine.lines(of: agreement), "the scorecard's lines do not match the agreement")
                let ids = agreement.allIndicators.map(\.indicator.id)
                require(scorecard.cursor.map(ids.contains) ?? ids.isEmpty, "the scorecard cursor names \(String(describing: scorecard.cursor)), which is not an indicator")
                require(scorecard.scroll >= 0, "scorecard scroll \(scorecard.scroll)")
            }
            if let indicator = mode.as(IndicatorState.self), let period = indicator.period, let found = core.agreement?.indicator(indicator.id) {
                require(found.periods.contains(period), "the indicator cursor stands on \(period), which has no value")
            }
            if let plan = mode.as(PlanState.self) {
                let count = plan.lines(core).count
                require(plan.cursor >= 0 && (count == 0 || plan.cursor < count), "plan cursor \(plan.cursor) of \(count) lines")
                require(plan.scroll >= 0 && plan.scroll <= plan.cursor, "plan scroll \(plan.scroll) with the cursor at \(plan.cursor)")
            }
            if let links = mode.as(PlanLinksState.self) {
                require(links.visible.isEmpty ? links.cursor == 0 : links.visible.indices.contains(links.cursor), "plan-link cursor \(links.cursor) of \(links.visible.count)")
            }
            if let phase = mode.as(PhaseState.self) { require(phase.offset >= 0, "phase dialog offset \(phase.offset)") }
        }
        return problems
    }

    /// Every cursor of the main screen names an item that exists, and is in view.
    private static func problems(in browse: BrowseState, _ core: AppCore) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ text: @autoclosure () -> String) { if !condition { problems.append(text()) } }
        guard let agreement = core.agreement else { return ["a main screen without an agreement"] }
        require(browse.tree == GoalTree(agreement), "the goal tree does not match the agreement")
        require(HeaderView.line(core, width: core.size.width) == HeaderView.freshLine(core, width: core.size.width), "the header line kept differs from one laid out afresh")
        guard let cursor = browse.tree.position(of: browse.node) else { return problems + ["the goals cursor names \(browse.node), which is not in the tree"] }
        require(browse.node.isSelectable, "the goals cursor on a heading")
        require(browse.selection(core) != .none, "the goals cursor names \(browse.node), which does not exist")
        if !MainLayout.isTooSmall(core.size) {
            let height = MainLayout.inner(MainLayout(core.size).goals).height
            require(browse.goalsScroll >= 0 && browse.goalsScroll <= cursor, "goals scroll \(browse.goalsScroll) with the cursor at \(cursor)")
            if height > 0 { require(cursor < browse.goalsScroll + height, "goals cursor \(cursor) below the pane (scroll \(browse.goalsScroll), height \(height))") }
        }
        let rows = browse.selection(core).rows
        for (name, list, cursor, scroll) in [("measures", browse.measures, browse.measuresCursor, browse.measuresScroll),
                                             ("log", browse.log, browse.logCursor, browse.logScroll)] {
            require(list.entries.indices.contains(cursor), "\(name) cursor \(cursor) outside \(list.count) entries")
            if list.firstSelectable != nil, list.entries.indices.contains(cursor) {
                require(list.isSelectable(cursor), "\(name) cursor \(cursor) on \(list.entries[cursor].kind) while the pane has items")
            }
            require(scroll >= 0 && scroll <= max(0, cursor), "\(name) scroll \(scroll) with the cursor at \(cursor)")
            for entry in list.entries {
                switch entry.kind {
                case .measure(let id): require(rows.contains { $0.measures.contains { $0.id == id } }, "\(name) shows measure \(id), which is not in the selection")
                case .support(let id): require(rows.contains { $0.support.contains { $0.id == id } }, "\(name) shows support \(id), which is not in the selection")
                case .log(let id): require(rows.contains { $0.log.contains { $0.id == id } }, "\(name) shows log entry \(id), which is not in the selection")
                case .heading, .note: break
                }
            }
        }
        if let search = browse.search {
            require(search.hits.isEmpty || search.hits.indices.contains(search.current), "search hit \(search.current) of \(search.hits.count)")
        }
        return problems
    }

    /// The screen is exactly `size`, every cell one grapheme (or the right half of a wide one) and nothing a terminal would act on.
    static func problems(in screen: Screen, size: Size) -> [String] {
        var problems: [String] = []
        let width = max(0, size.width), height = max(0, size.height)
        if screen.width != width || screen.height != height || screen.cells.count != width * height {
            problems.append("screen \(screen.width)×\(screen.height) (\(screen.cells.count) cells) for a size of \(size.width)×\(size.height)")
            return problems
        }
        for y in 0..<height {
            for x in 0..<width {
                let cell = screen[x, y]
                if let bad = cell.text.unicodeScalars.first(where: isUnsafe) {
                    problems.append("cell (\(x), \(y)) holds U+\(String(bad.value, radix: 16, uppercase: true)) in line «\(Inert.text(screen.line(y)))»")
                }
                if cell.text.count > 1 {
                    problems.append("cell (\(x), \(y)) holds \(cell.text.count) graphemes «\(Inert.text(cell.text))»")
                }
                if cell.isContinuation {
                    let left = x > 0 ? screen[x - 1, y].text : ""
                    if x == 0 || left.isEmpty || DisplayWidth.of(left) != 2 {
                        problems.append("cell (\(x), \(y)) is the right half of «\(Inert.text(left))», which is not wide")
                    }
                } else if let character = cell.text.first, DisplayWidth.of(character) == 2 {
                    if x + 1 >= width || !screen[x + 1, y].isContinuation {
                        problems.append("wide «\(cell.text)» at (\(x), \(y)) without its right half")
                    }
                }
                if problems.count > 5 { return problems }
            }
        }
        if let cursor = screen.cursor, cursor.x < 0 || cursor.y < 0 || cursor.x >= width || cursor.y >= height {
            problems.append("terminal cursor at (\(cursor.x), \(cursor.y)) outside the screen")
        }
        return problems
    }

    /// C0, DEL, C1 (ESC is C0), bidirectional controls and line/paragraph separators.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }
}

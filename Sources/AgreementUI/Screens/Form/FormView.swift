import AgreementKit
import Catalogue

/// The form on top of the screen: a box with each field's label (phase letter and colour) and
/// its text, wrapped, with the terminal cursor where the next character goes. The box owns its
/// area: it is cleared before drawing, so nothing from below shows through.
enum FormView {
    /// Columns of text inside the box.
    static func textWidth(_ size: Size) -> Int { max(10, min(96, size.width - 8)) }

    /// Lines the editor of a field uses: one for single-line fields; for the others room for
    /// the text and a line more, at least 3 and at most what the terminal leaves.
    static func height(of field: FormField, size: Size) -> Int {
        guard field.editor.multiline else { return 1 }
        let needed = field.editor.layout(width: textWidth(size)).lineCount + 1
        return max(3, min(needed, max(3, size.height - 14)))
    }

    /// The first visible line that keeps the cursor in view.
    static func scroll(for field: FormField, size: Size) -> Int {
        let layout = field.editor.layout(width: textWidth(size))
        let h = height(of: field, size: size)
        var top = field.scroll
        if layout.cursorLine < top { top = layout.cursorLine }
        if layout.cursorLine >= top + h { top = layout.cursorLine - h + 1 }
        return max(0, min(top, max(0, layout.lineCount - h)))
    }

    static func draw(_ form: FormState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let width = textWidth(size)
        let hints = hintLines(form, core, width: width)
        var contentHeight = hints.count
        for field in form.fields {
            contentHeight += 1 + height(of: field, size: size) + (hint(for: field, form, core) == nil ? 0 : 1)
        }
        // The blank line above the key hints goes first when the box would otherwise cover the
        // status line (the second line from the bottom), where a refusal of the form is said.
        let statusLine = size.height - 2
        if 1 + contentHeight + 3 <= statusLine { contentHeight += 1 }
        let boxHeight = min(size.height - 1, contentHeight + 2)
        let box = Rect(x: max(0, (size.width - width - 4) / 2), y: max(1, min((size.height - contentHeight - 2) / 2, statusLine - boxHeight)),
                       width: width + 4, height: boxHeight)
        screen.fill(box, role: .normal)
        screen.frame(box, title: form.title, focused: true)
        var y = box.y + 1
        let x = box.x + 2
        // When the fields do not all fit (a long form on a short terminal), whole fields scroll
        // so the focused one is inside the box; arrows on the frame say that more is above/below.
        let blocks = form.fields.indices.map { i in
            1 + height(of: form.fields[i], size: size) + (hint(for: form.fields[i], form, core) == nil ? 0 : 1)
        }
        let room = max(1, box.height - 2 - hints.count)
        let first = firstShown(blocks: blocks, focused: form.focused, room: room)
        if first > 0 { screen.put("↑", x: box.maxX - 2, y: box.y, role: .muted) }
        for (i, field) in form.fields.enumerated() where i >= first {
            if i > first, y + blocks[i] > box.y + 1 + room {
                screen.put("↓", x: box.maxX - 2, y: box.maxY - 1, role: .muted)
                break
            }
            var label: [Span] = []
            if let colour = field.colour {
                label += [Span(String(colour.letter), Span.role(for: colour)), Span(" ")]
            }
            label.append(Span(TextLayout.truncate(field.label, to: width - 2), i == form.focused ? .title : Span.role(for: field.colour)))
            screen.put(label, x: x, y: y, width: width)
            y += 1
            let layout = field.editor.layout(width: width)
            let h = height(of: field, size: size)
            // Scrolled for this size: after a resize the stored scroll may no longer show the cursor.
            var field = field
            field.scroll = scroll(for: field, size: size)
            for line in 0..<h {
                let index = field.scroll + line
                screen.fill(Rect(x: x, y: y + line, width: width, height: 1), role: .selectionInactive)
                if index < layout.lineCount {
                    screen.put(layout.line(index), x: x, y: y + line, role: .selectionInactive, limit: width)
                }
            }
            if layout.lineCount > field.scroll + h { screen.put("↓", x: x + width, y: y + h - 1, role: .muted) }
            if field.scroll > 0 { screen.put("↑", x: x + width, y: y, role: .muted) }
            if i == form.focused {
                let cy = y + layout.cursorLine - field.scroll
                screen.cursor = (x: min(x + layout.cursorColumn, x + width), y: min(cy, box.maxY - 2))
            }
            y += h
            if let hint = hint(for: form.fields[i], form, core) {
                screen.put(TextLayout.truncate(hint, to: width), x: x, y: y, role: .muted, limit: width)
                y += 1
            }
        }
        for (i, spans) in hints.enumerated() {
            screen.put(spans, x: x, y: min(box.maxY - 1 - hints.count + i, y + 1 + i), width: width)
        }
    }

    /// The first field drawn: 0 when everything fits, else the first one that leaves the
    /// focused field (its label, editor and hint) inside `room` lines.
    static func firstShown(blocks: [Int], focused: Int, room: Int) -> Int {
        guard blocks.reduce(0, +) > room, blocks.indices.contains(focused) else { return 0 }
        var first = focused
        var used = blocks[focused]
        while first > 0, used + blocks[first - 1] <= room {
            first -= 1
            used += blocks[first]
        }
        return first
    }

    /// The key hints of the form, on one line (or two when they do not fit one).
    private static func hintLines(_ form: FormState, _ core: AppCore, width: Int) -> [[Span]] {
        var except: Set<Action> = []
        if !(form.fields[form.focused].editor.multiline) { except.insert(.form(.newline)) }
        if form.fields.count < 2 { except.insert(.form(.nextField)) }
        let spans = KeyHints.spans(form.keyContext(core), width: width, words: core.words, except: except,
                                  relabel: [.form(.confirm): core.words.prompt(.confirm(form.kind.confirmation))])
        return [spans]
    }

    /// A line under a field that says how its text is read: the resolved date before saving.
    static func hint(for field: FormField, _ form: FormState, _ core: AppCore) -> String? {
        if case .newAgreement = form.kind { return FormState.newAgreementHint(for: field, form, core) }
        if let hint = IndicatorFormHint.hint(for: field, form, core) { return hint }
        guard field.id == .date, let year = core.agreement?.header.year else { return nil }
        let typed = field.editor.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return nil }
        guard let date = core.words.parseDate(typed, defaultYear: year) else { return core.words.prompt(.notADateHint) }
        return core.words.prompt(.resolvedDate(core.words.date(date), outsideYear: date.year != year ? year : nil))
    }
}

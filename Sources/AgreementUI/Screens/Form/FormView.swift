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
        var contentHeight = 1 + hints.count
        for field in form.fields {
            contentHeight += 1 + height(of: field, size: size) + (hint(for: field, form, core) == nil ? 0 : 1)
        }
        let box = Rect(x: max(0, (size.width - width - 4) / 2), y: max(1, (size.height - contentHeight - 2) / 2),
                       width: width + 4, height: min(size.height - 1, contentHeight + 2))
        screen.fill(box, role: .normal)
        screen.frame(box, title: form.title, focused: true)
        // A form taller than a small screen scrolls so that the focused field's cursor stays in the box.
        let offset = max(0, box.y + 1 + cursorLine(form, core, size: size) - (box.maxY - 2 - hints.count))
        func inside(_ row: Int) -> Bool { row > box.y && row < box.maxY - 1 - (offset > 0 ? hints.count : 0) }
        var y = box.y + 1 - offset
        let x = box.x + 2
        for (i, field) in form.fields.enumerated() {
            var label: [Span] = []
            if let colour = field.colour {
                label += [Span(String(colour.letter), Span.role(for: colour)), Span(" ")]
            }
            label.append(Span(TextLayout.truncate(field.label, to: width - 2), i == form.focused ? .title : Span.role(for: field.colour)))
            if inside(y) { screen.put(label, x: x, y: y, width: width) }
            y += 1
            let layout = field.editor.layout(width: width)
            let h = height(of: field, size: size)
            // Scrolled for this size: after a resize the stored scroll may no longer show the cursor.
            var field = field
            field.scroll = scroll(for: field, size: size)
            for line in 0..<h where inside(y + line) {
                let index = field.scroll + line
                screen.fill(Rect(x: x, y: y + line, width: width, height: 1), role: .selectionInactive)
                if index < layout.lineCount {
                    screen.put(layout.line(index), x: x, y: y + line, role: .selectionInactive, limit: width)
                }
            }
            if layout.lineCount > field.scroll + h, inside(y + h - 1) { screen.put("↓", x: x + width, y: y + h - 1, role: .muted) }
            if field.scroll > 0, inside(y) { screen.put("↑", x: x + width, y: y, role: .muted) }
            if i == form.focused {
                let cy = y + layout.cursorLine - field.scroll
                screen.cursor = (x: min(x + layout.cursorColumn, x + width), y: cy)
            }
            y += h
            if let hint = hint(for: form.fields[i], form, core) {
                if inside(y) { screen.put(TextLayout.truncate(hint, to: width), x: x, y: y, role: .muted, limit: width) }
                y += 1
            }
        }
        for (i, spans) in hints.enumerated() {
            screen.put(spans, x: x, y: min(box.maxY - 1 - hints.count + i, y + 1 + i), width: width)
        }
    }

    /// The line of the focused field's cursor, counted from the form's first line.
    private static func cursorLine(_ form: FormState, _ core: AppCore, size: Size) -> Int {
        var line = 0
        for (i, field) in form.fields.enumerated() {
            line += 1
            if i == form.focused {
                return line + field.editor.layout(width: textWidth(size)).cursorLine - scroll(for: field, size: size)
            }
            line += height(of: field, size: size) + (hint(for: field, form, core) == nil ? 0 : 1)
        }
        return line
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

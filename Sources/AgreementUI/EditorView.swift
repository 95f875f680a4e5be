import AgreementKit

/// The edit form on top of the screen: a box with each field's label (phase letter and colour)
/// and its text, wrapped, with the terminal cursor where the next character goes.
enum EditorView {
    /// Columns of text inside the box.
    static func textWidth(_ size: Size) -> Int { max(10, min(96, size.width - 8)) }

    /// Lines the editor of a field uses: one for single-line fields; for the others room for
    /// the text and a line more, at least 3 and at most what the terminal leaves.
    static func height(of field: FormField, size: Size) -> Int {
        guard field.editor.multiline else { return 1 }
        let needed = field.editor.layout(width: textWidth(size)).lines.count + 1
        return max(3, min(needed, max(3, size.height - 14)))
    }

    /// The first visible line that keeps the cursor in view.
    static func scroll(for field: FormField, size: Size) -> Int {
        let layout = field.editor.layout(width: textWidth(size))
        let h = height(of: field, size: size)
        var top = field.scroll
        if layout.cursorLine < top { top = layout.cursorLine }
        if layout.cursorLine >= top + h { top = layout.cursorLine - h + 1 }
        return max(0, min(top, max(0, layout.lines.count - h)))
    }

    static func draw(_ form: EditForm, into screen: inout Screen) {
        let size = screen.bounds.size
        let width = textWidth(size)
        let contentHeight = form.fields.reduce(0) { $0 + 1 + height(of: $1, size: size) } + 2
        let box = Rect(x: max(0, (size.width - width - 4) / 2), y: max(1, (size.height - contentHeight - 2) / 2),
                       width: width + 4, height: min(size.height - 1, contentHeight + 2))
        screen.fill(box, role: .normal)
        screen.frame(box, title: form.title, focused: true)
        var y = box.y + 1
        let x = box.x + 2
        for (i, field) in form.fields.enumerated() {
            var label: [Span] = []
            if let colour = field.colour {
                label += [Span(String(colour.letter), Span.role(for: colour)), Span(" ")]
            }
            label.append(Span(field.label, i == form.focused ? .title : Span.role(for: field.colour)))
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
                if layout.lines.indices.contains(index) {
                    screen.put(layout.lines[index], x: x, y: y + line, role: .selectionInactive, limit: width)
                }
            }
            if layout.lines.count > field.scroll + h { screen.put("↓", x: x + width, y: y + h - 1, role: .muted) }
            if field.scroll > 0 { screen.put("↑", x: x + width, y: y, role: .muted) }
            if i == form.focused {
                let cy = y + layout.cursorLine - field.scroll
                screen.cursor = (x: min(x + layout.cursorColumn, x + width), y: cy)
            }
            y += h
        }
        var hints: [Span] = []
        for binding in Keymap.bindings(in: .editor) where binding.inFooter {
            if binding.command == .insertNewline && !(form.fields[form.focused].editor.multiline) { continue }
            let text = binding.command == .confirm ? form.confirmLabel : (binding.footer ?? binding.description)
            hints += [Span(" \(binding.label) ", .footerKey), Span("\(text) ", .footerText)]
        }
        if form.fields.count > 1 { hints += [Span(" Tab ", .footerKey), Span("Neste felt ", .footerText)] }
        screen.put(hints, x: x, y: min(box.maxY - 2, y + 1), width: width)
    }
}

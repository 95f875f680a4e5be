import Catalogue

/// A question or choice on top of the screen, with the keys that answer it. The box is sized
/// to its content, wraps its text, and owns its area (cleared, with a shadow line).
enum DialogView {
    static func draw(_ dialog: DialogState, _ core: AppCore, into screen: inout Screen) {
        let size = screen.bounds.size
        let w = core.words
        let (title, question) = w.dialog(dialog.kind.text(core))
        let labels = dialog.options.map { w.answer($0.answer.text) }
        let titleWidth: Int = DisplayWidth.of(title) + 4
        let labelWidth: Int = labels.map { DisplayWidth.of($0) + 5 }.max() ?? 0
        let questionWidth: Int = min(60, DisplayWidth.of(question))
        let longest = max(titleWidth, labelWidth, questionWidth)
        let width = max(20, min(longest, size.width - 8))
        let text = TextLayout.wrap(question, width: width)
        let optionLines = labels.map { TextLayout.wrap($0, width: max(1, width - 5)) }
        let optionCount: Int = optionLines.reduce(0) { $0 + $1.count }
        let height = min(size.height - 2, text.count + optionCount + 4)
        let box = Rect(x: max(0, (size.width - width - 4) / 2), y: max(1, (size.height - height) / 2), width: width + 4, height: height)
        screen.fill(Rect(x: box.x, y: box.y, width: min(box.width + 1, size.width - box.x), height: min(box.height + 1, size.height - box.y)), role: .normal)
        screen.fill(box, role: .normal)
        screen.frame(box, title: title, focused: true)
        var y = box.y + 1
        for line in text where y < box.maxY - 1 {
            screen.put(line, x: box.x + 2, y: y, role: .normal, limit: width)
            y += 1
        }
        y += 1
        for (option, lines) in zip(dialog.options, optionLines) {
            for (i, line) in lines.enumerated() where y < box.maxY - 1 {
                let isDefault = option.answer == dialog.defaultAnswer
                let key = i == 0 ? Span(" \(option.key) ", .footerKey) : Span("   ")
                screen.put([key, Span(" " + line, isDefault ? .title : .normal)], x: box.x + 2, y: y, width: width)
                y += 1
            }
        }
        screen.put(KeyHints.spans(.dialog, width: width, words: w), x: box.x + 2, y: box.maxY - 1, width: width)
    }
}

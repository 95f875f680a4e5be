/// A question or choice on top of the screen, with the keys that answer it.
enum DialogView {
    static func draw(_ dialog: Dialog, into screen: inout Screen) {
        let size = screen.bounds.size
        let width = max(20, min(72, size.width - 8))
        let text = TextLayout.wrap(dialog.text, width: width)
        let height = text.count + dialog.options.count + 4
        let box = Rect(x: max(0, (size.width - width - 4) / 2), y: max(1, (size.height - height) / 2), width: width + 4, height: height)
        screen.fill(box, role: .normal)
        screen.frame(box, title: dialog.title, focused: true)
        var y = box.y + 1
        for line in text {
            screen.put(line, x: box.x + 2, y: y, role: .normal, limit: width)
            y += 1
        }
        y += 1
        for option in dialog.options {
            screen.put([Span(" \(option.key) ", .footerKey), Span(" " + option.label)], x: box.x + 2, y: y, width: width)
            y += 1
        }
        screen.put([Span(" Esc ", .footerKey), Span(" Avbryt", .muted)], x: box.x + 2, y: box.maxY - 1, width: width)
    }
}

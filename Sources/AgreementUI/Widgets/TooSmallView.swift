import Catalogue

/// What a terminal below the minimum size shows instead of a broken layout.
enum TooSmallView {
    static func draw(size: Size, words w: any Wording, into screen: inout Screen) {
        let minimum = MainLayout.minimum
        let lines = [
            w.screen(.tooSmall),
            w.screen(.tooSmallSize(width: size.width, height: size.height, minWidth: minimum.width, minHeight: minimum.height)),
            w.screen(.tooSmallHint),
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(text)) / 2)
            screen.put(text, x: x, y: top + i, role: i == 0 ? .warning : .normal)
        }
    }
}

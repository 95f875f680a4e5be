/// A series in one line of characters, one per value, scaled between the series' lowest and
/// highest value: "▁▃█▅" (or "_-#~" in ASCII). The newest values are kept when there is no room.
enum Sparkline {
    static func text(_ values: [Double], width: Int, glyphs: Glyphs) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let shown = values.suffix(width)
        let levels = glyphs.levels
        guard let low = shown.min(), let high = shown.max() else { return "" }
        if high == low { return String(repeating: levels[levels.count / 2 - 1], count: shown.count) }
        return String(shown.map { value in
            let step = Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())
            return levels[min(max(0, step), levels.count - 1)]
        })
    }
}

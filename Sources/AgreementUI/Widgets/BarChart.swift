import AgreementKit

/// A bar chart in character cells: one bar per point, block elements for the eighths of a cell
/// (whole cells in ASCII), the target of each point's period drawn across its slot as a dashed
/// line, the scale on the left and the periods underneath. Pure: points in, lines of spans out.
struct BarChart {
    /// One bar: its label under the axis, its value, the target that applies, and how to draw it.
    struct Bar: Equatable {
        var label: String
        var value: Double
        var target: Double?
        var role: Role
    }

    var bars: [Bar]
    var glyphs: Glyphs
    /// How the scale's numbers are written ("14 %").
    var format: (Double) -> String

    /// The chart as `height` lines of `width` columns (the last line holds the labels).
    func lines(width: Int, height: Int) -> [[Span]] {
        guard height >= 2, width >= 8, !bars.isEmpty else { return [] }
        let values = bars.map(\.value) + bars.compactMap(\.target)
        let (low, high) = ChartScale.range(values)
        let span = high - low == 0 ? 1 : high - low
        let plot = height - 1
        let top = format(high), bottom = format(low)
        let axis = max(DisplayWidth.of(top), DisplayWidth.of(bottom))
        let room = width - axis - 1
        let slot = max(1, min(12, room / bars.count))
        let shown = Array(bars.suffix(max(1, room / slot)))
        // The grid, one character and role per cell, row 0 at the top.
        var grid = Array(repeating: Array(repeating: (Character(" "), Role.normal), count: slot * shown.count), count: plot)
        let wholeCells = glyphs.barTops.isEmpty
        for (i, bar) in shown.enumerated() {
            let exact = (bar.value - low) / span * Double(plot * 8)
            // A value above the bottom of the scale always shows (one eighth, or one cell in ASCII).
            let filled = wholeCells ? max(exact > 0 ? 8 : 0, Int((exact / 8).rounded()) * 8) : max(exact > 0 ? 1 : 0, Int(exact.rounded()))
            for column in (i * slot)..<(i * slot + max(1, slot - 1)) {
                for level in 0..<plot {
                    let amount = filled - level * 8
                    guard amount > 0 else { break }
                    let character: Character = amount >= 8 ? glyphs.bar : glyphs.barTops[max(0, amount - 1)]
                    grid[plot - 1 - level][column] = (character, bar.role)
                }
            }
            if let target = bar.target {
                let row = plot - 1 - min(plot - 1, Int(((target - low) / span * Double(plot)).rounded(.down)))
                for column in (i * slot)..<((i + 1) * slot) { grid[row][column] = (glyphs.targetLine, .title) }
            }
        }
        var out: [[Span]] = []
        for (r, row) in grid.enumerated() {
            let label = r == 0 ? top : r == plot - 1 ? bottom : ""
            var spans = [Span(TextLayout.pad(label, to: axis), .muted), Span(glyphs == .unicode ? "│" : "|", .muted)]
            for cell in row {
                if let last = spans.last, last.role == cell.1 { spans[spans.count - 1].text.append(cell.0) } else { spans.append(Span(String(cell.0), cell.1)) }
            }
            out.append(spans)
        }
        out.append([Span(String(repeating: " ", count: axis + 1))] + labels(shown, slot: slot))
        return out
    }

    /// The periods under the bars: each in its slot when it fits, else the first and the last.
    private func labels(_ shown: [Bar], slot: Int) -> [Span] {
        let total = slot * shown.count
        if shown.allSatisfy({ DisplayWidth.of($0.label) < slot }) {
            return shown.map { Span(TextLayout.pad($0.label, to: slot), .muted) }
        }
        guard let first = shown.first?.label, let last = shown.last?.label else { return [] }
        if shown.count == 1 { return [Span(TextLayout.truncate(first, to: max(1, total)), .muted)] }
        let gap = total - DisplayWidth.of(first) - DisplayWidth.of(last)
        if gap < 1 { return [Span(TextLayout.truncate(first, to: max(1, total)), .muted)] }
        return [Span(first + String(repeating: " ", count: gap) + last, .muted)]
    }
}

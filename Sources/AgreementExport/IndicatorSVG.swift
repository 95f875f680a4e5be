import AgreementKit
import Catalogue
import Foundation

/// A measured indicator's series as an inline SVG chart for the HTML export and its print copy:
/// black lines and markers that print in black and white (filled circles for results, a hollow
/// one for the baseline, each with its number), the target of each period as a dashed line, the
/// scale and the periods written out. No script, nothing fetched; well-formed XML.
enum IndicatorSVG {
    static let width = 560.0, height = 240.0
    static let left = 70.0, right = 24.0, top = 20.0, bottom = 46.0

    static func chart(_ indicator: Indicator, id: String, words: any Wording) -> String {
        let points = indicator.series
        guard !points.isEmpty else { return "" }
        typealias H = HTMLText
        let targets = points.map { indicator.target(for: $0.period)?.value }
        let (low, high) = ChartScale.range(points.map(\.value) + targets.compactMap { $0 })
        let span = high - low == 0 ? 1 : high - low
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = plotWidth / Double(points.count)
        func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - low) / span) }
        func n(_ v: Double) -> String { String(format: "%.1f", v) }
        func text(_ content: String, x: Double, y: Double, anchor: String, size: Int = 11, cls: String) -> String {
            H.element("text", [("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("font-size", String(size)), ("class", cls)], H.escape(content))
        }
        let title = words.indicatorExport(.seriesHeading(indicator: indicator.name, row: words.unitName(indicator.unit)))
        let currentTarget = indicator.currentTarget.map { words.measurement($0.value, indicator.unit) }
        var body = H.element("title", [("id", "\(id)-tittel")], H.escape(title))
            + H.element("desc", [("id", "\(id)-beskrivelse")], H.escape(words.indicatorExport(.chartDescription(indicator: indicator.name, points: points.count, target: currentTarget))))
        // Axes and the ends of the scale.
        body += line(left, top, left, top + plotHeight, cls: "axis") + line(left, top + plotHeight, width - right, top + plotHeight, cls: "axis")
        body += text(words.measurement(high, indicator.unit), x: left - 8, y: top + 4, anchor: "end", cls: "scale")
        body += text(words.measurement(low, indicator.unit), x: left - 8, y: top + plotHeight + 4, anchor: "end", cls: "scale")
        // The targets, one dashed segment per run of points with the same target.
        var i = 0
        while i < points.count {
            guard let target = targets[i] else { i += 1; continue }
            var j = i
            while j + 1 < points.count, targets[j + 1] == target { j += 1 }
            let (x1, x2) = (x(i) - step / 2, x(j) + step / 2)
            body += line(x1, y(target), x2, y(target), cls: "target", extra: [("stroke-dasharray", "7 5")])
            body += text(words.indicatorExport(.chartTargetLabel(words.measurement(target, indicator.unit))), x: x2 - 4, y: y(target) - 5, anchor: "end", size: 10, cls: "target-label")
            i = j + 1
        }
        // The series: a line through the points, a marker and the number at each, the period under it.
        if points.count > 1 {
            let coordinates = points.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element.value)))" }.joined(separator: " ")
            body += H.element("polyline", [("points", coordinates), ("class", "series"), ("fill", "none"), ("stroke", "#000000"), ("stroke-width", "2")])
        }
        for (k, point) in points.enumerated() {
            body += H.element("circle", [("cx", n(x(k))), ("cy", n(y(point.value))), ("r", "4.5"), ("class", point.isBaseline ? "baseline" : "result"),
                                         ("fill", point.isBaseline ? "#FFFFFF" : "#000000"), ("stroke", "#000000"), ("stroke-width", "1.5")])
            body += text(words.number(point.value), x: x(k), y: y(point.value) - 9, anchor: "middle", size: 10, cls: "value")
            body += text(words.periodShort(point.period), x: x(k), y: top + plotHeight + 18, anchor: "middle", size: 10, cls: "period")
        }
        return H.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Int(width)) \(Int(height))"), ("width", String(Int(width))),
                                 ("height", String(Int(height))), ("role", "img"), ("aria-labelledby", "\(id)-tittel \(id)-beskrivelse"), ("class", "chart")], body)
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String, extra: [(String, String)] = []) -> String {
        func n(_ v: Double) -> String { String(format: "%.1f", v) }
        return HTMLText.element("line", [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("class", cls), ("stroke", "#000000"),
                                         ("stroke-width", cls == "axis" ? "1" : "1.5")] + extra)
    }
}

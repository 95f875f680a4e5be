/// The figures of a run as a Markdown table `what | measured | target | ok`, and whether every target was met.
struct ResultTable {
    /// One line: a figure, and its target when it has one (informational rows have none).
    struct Row {
        var what: String
        var measured: String
        var target: String
        /// Nil for information without a target.
        var ok: Bool?
    }

    private(set) var rows: [Row] = []

    /// Adds a figure with a target.
    mutating func check(_ what: String, _ measured: String, target: String, ok: Bool) {
        rows.append(Row(what: what, measured: measured, target: target, ok: ok))
    }

    /// Adds a figure without a target.
    mutating func info(_ what: String, _ measured: String, note: String = "–") {
        rows.append(Row(what: what, measured: measured, target: note, ok: nil))
    }

    var missed: [Row] { rows.filter { $0.ok == false } }
    var allMet: Bool { missed.isEmpty }

    /// The table, columns padded so it reads well in a terminal and renders in Markdown.
    var text: String {
        let header = Row(what: "what", measured: "measured", target: "target", ok: nil)
        let all = [header] + rows
        let mark: (Row, Bool) -> String = { row, isHeader in isHeader ? "ok" : row.ok.map { $0 ? "yes" : "NO" } ?? "info" }
        let widths = [
            all.map(\.what.count).max() ?? 0,
            all.map(\.measured.count).max() ?? 0,
            all.map(\.target.count).max() ?? 0,
            4,
        ]
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { $0 + String(repeating: " ", count: max(0, $1 - $0.count)) }.joined(separator: " | ") + " |"
        }
        var out = [line([header.what, header.measured, header.target, mark(header, true)])]
        out.append("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        for row in rows { out.append(line([row.what, row.measured, row.target, mark(row, false)])) }
        return out.joined(separator: "\n")
    }
}

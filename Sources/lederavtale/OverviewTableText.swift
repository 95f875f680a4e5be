import AgreementExport
import AgreementUI

/// The overview as a plain-text table for a terminal or a pipe: the id first (for scripts and
/// `lederavtale <id>`), the columns padded to their display width, unreadable files as lines
/// of their own, then the totals and the ratings per common goal area.
enum OverviewTableText {
    static func render(_ report: OverviewReport) -> String {
        let w = report.words
        let header = ["id"] + OverviewReport.columns.map { w.overviewHeader($0) }
        let body = report.rows.map { [$0.id] + report.cells($0, aligned: true) }
        let widths = header.indices.map { c in ([header] + body).map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (c, cell) in cells.enumerated() {
                out += c == cells.count - 1 ? Output.column(cell, DisplayWidth.of(cell)) : Output.column(cell, widths[c]) + "  "
            }
            return String(out.reversed().drop(while: { $0 == " " }).reversed())
        }
        var lines = [line(header)] + body.map(line)
        lines += report.problems.map { w.overview(.unreadableLine($0)) }
        lines.append("")
        lines.append(report.totals.joined(separator: " · ").replacingOccurrences(of: w.overview(.totalsRow) + " · ", with: w.overview(.totalsRow) + ": "))
        for area in report.goalAreaTotals { lines += area.lines }
        return lines.joined(separator: "\n") + "\n"
    }
}

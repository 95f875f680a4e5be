import AgreementExport
import AgreementUI

/// The overview as a plain-text table for a terminal or a pipe: the id first (for scripts and
/// `lederavtale <id>`), the columns padded to their display width, unreadable files as lines
/// of their own, then the totals and the ratings per common goal area.
enum OverviewTableText {
    static func render(_ report: OverviewReport) -> String {
        let w = report.words
        let header = ["id"] + OverviewReport.columns.map { w.overviewHeader($0) }
        // Each cell made safe and measured once; the columns padded to the widest of them.
        let table = ([header] + report.rows.map { [$0.id] + report.cells($0, aligned: true) }).map { cells in
            cells.map { cell in
                let safe = Inert.text(cell)
                return (text: safe, width: DisplayWidth.of(safe))
            }
        }
        let widths = header.indices.map { c in table.map { $0[c].width }.max() ?? 0 }
        func line(_ cells: [(text: String, width: Int)]) -> String {
            var out = ""
            for (c, cell) in cells.enumerated() {
                out += cell.text
                if c < cells.count - 1 { out += String(repeating: " ", count: widths[c] - cell.width + 2) }
            }
            // Without trailing blanks (a last column left empty).
            var end = out.utf8.endIndex
            while end > out.utf8.startIndex, out.utf8[out.utf8.index(before: end)] == UInt8(ascii: " ") { end = out.utf8.index(before: end) }
            return String(out[..<end])
        }
        let body = table.dropFirst()
        var lines = [line(table[0])] + body.map(line)
        lines += report.problems.map { w.overview(.unreadableLine($0)) }
        lines.append("")
        lines.append(report.totals.joined(separator: " · ").replacingOccurrences(of: w.overview(.totalsRow) + " · ", with: w.overview(.totalsRow) + ": "))
        for area in report.goalAreaTotals { lines += area.lines }
        return lines.joined(separator: "\n") + "\n"
    }
}

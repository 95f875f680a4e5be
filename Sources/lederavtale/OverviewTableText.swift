import AgreementExport
import AgreementUI

/// The overview as a plain-text table for a terminal or a pipe: the id first (for scripts and
/// `lederavtale <id>`), the columns padded to their display width, unreadable files as lines
/// of their own, then the totals and the ratings per common goal area.
enum OverviewTableText {
    static func render(_ report: OverviewReport) -> String {
        let w = report.words
        let header = ["id"] + OverviewReport.columns.map { w.overviewHeader($0) }
        let columns = header.count
        // Each cell made safe and measured once, row by row in one flat list; the columns padded
        // to the widest of them.
        var cells: [String] = []
        var cellWidths: [Int] = []
        cells.reserveCapacity((report.rows.count + 1) * columns)
        cellWidths.reserveCapacity(cells.capacity)
        var widths = [Int](repeating: 0, count: columns)
        // Cells beyond Latin text (the ratings' ▲ ● ▼, ■, –) repeat: each measured once.
        var measured: [String: Int] = [:]
        func width(_ text: String) -> Int {
            if text.utf8.allSatisfy({ $0 < 0xCC }) { return DisplayWidth.of(text) }
            if let known = measured[text] { return known }
            let width = DisplayWidth.of(text)
            measured[text] = width
            return width
        }
        func add(_ cell: String) {
            let safe = Inert.text(cell)
            let width = width(safe)
            let c = cells.count % columns
            widths[c] = max(widths[c], width)
            cells.append(safe)
            cellWidths.append(width)
        }
        header.forEach(add)
        for row in report.rows {
            add(row.id)
            report.cells(row, aligned: true).forEach(add)
        }
        // The text built as bytes: cells, ASCII blanks to pad, no trailing blanks (a last column left empty).
        var out: [UInt8] = []
        out.reserveCapacity(cells.reduce(0) { $0 + $1.utf8.count } + cells.count * 4 + 4096)
        var lineStart = 0
        for (k, cell) in cells.enumerated() {
            let c = k % columns
            if c == 0 { lineStart = out.count }
            out.append(contentsOf: cell.utf8)
            if c < columns - 1 {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[c] - cellWidths[k] + 2))
            } else {
                while out.count > lineStart, out[out.count - 1] == UInt8(ascii: " ") { out.removeLast() }
                out.append(UInt8(ascii: "\n"))
            }
        }
        var lines = report.problems.map { w.overview(.unreadableLine($0)) }
        lines.append("")
        lines.append(report.totals.joined(separator: " · ").replacingOccurrences(of: w.overview(.totalsRow) + " · ", with: w.overview(.totalsRow) + ": "))
        for area in report.goalAreaTotals { lines += area.lines }
        for line in lines {
            out.append(contentsOf: line.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }
}

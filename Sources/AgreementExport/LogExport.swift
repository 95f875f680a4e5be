import AgreementKit
import Foundation

/// The log report as Markdown (to send to the contact person before a review) or as CSV.
public enum LogExport {
    public static func render(_ report: LogReport, of agreement: Agreement, as format: LogFormat,
                              separator: CSVSeparator = .semicolon) throws(ExportError) -> Data {
        switch format {
        case .markdown: Data(markdown(report, of: agreement).utf8)
        case .csv: try CSVTable.data(header: csvHeader, rows: csvRows(report), separator: separator)
        }
    }

    /// The CSV header line, in Norwegian.
    public static let csvHeader = ["Del", "Målområde", "Mål", "Dato", "Gjennomført tiltak", "Tiltak i avtalen"]

    static func csvRows(_ report: LogReport) -> [[String]] {
        report.areas.flatMap { area in
            area.rows.flatMap { row in
                row.entries.map { [area.section.number, area.label, row.title, $0.date.display, $0.text, $0.measure ?? ""] }
            }
        }
    }

    static func markdown(_ report: LogReport, of agreement: Agreement) -> String {
        typealias M = MarkdownText
        let h = agreement.header
        var parts = ["# " + M.heading("Logg – \(h.unit) \(h.year)")]
        let people = [("Enhetsleder", h.leader), ("Kontaktperson", h.contactPerson)]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \(M.inline($0.1))" }
        parts.append(([M.inline(h.municipality)].filter { !$0.isEmpty } + people).joined(separator: " · "))
        let count = report.entryCount
        parts.append("Periode: \(report.periodText) · \(count) \(count == 1 ? "loggføring" : "loggføringer") [O]")
        if report.areas.isEmpty { parts.append("Ingen loggføringer i perioden.") }
        for area in report.areas {
            parts.append("## " + M.heading("\(area.section.number) \(area.section.title) – \(area.label)"))
            for row in area.rows {
                parts.append("### " + M.heading(row.title))
                let rows = row.entries.map { [$0.date.display, M.cell($0.text), M.cell($0.measure ?? "")] }
                parts.append(M.table(["Dato", "Gjennomført tiltak", "Tiltak i avtalen"], rows))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}

import AgreementKit
import Catalogue
import Foundation

/// The log report as Markdown (to send to the contact person before a review) or as CSV.
public enum LogExport {
    public static func render(_ report: LogReport, of agreement: Agreement, as format: LogFormat,
                              separator: CSVSeparator = .semicolon, words: any Wording) throws(ExportError) -> Data {
        switch format {
        case .markdown: Data(markdown(report, of: agreement, words: words).utf8)
        case .csv: try CSVTable.data(header: csvHeader(words), rows: csvRows(report, words: words), separator: separator)
        }
    }

    /// The CSV header line, in the catalogue's language.
    public static func csvHeader(_ words: any Wording) -> [String] {
        [ExportText.csvSection, .csvGoalArea, .logTarget, .date, .logDone, .logMeasure].map(words.export)
    }

    static func csvRows(_ report: LogReport, words: any Wording) -> [[String]] {
        report.areas.flatMap { area in
            area.rows.flatMap { row in
                row.entries.map { [area.section.number, area.label, row.title(words), words.date($0.date), $0.text, $0.measure ?? ""] }
            }
        }
    }

    static func markdown(_ report: LogReport, of agreement: Agreement, words: any Wording) -> String {
        typealias M = MarkdownText
        let h = agreement.header
        var parts = ["# " + M.heading(words.logTitle(unit: h.unit, year: h.year))]
        let people = [(words.export(.leader), h.leader), (words.export(.contactPerson), h.contactPerson)]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \(M.inline($0.1))" }
        parts.append(([M.inline(h.municipality)].filter { !$0.isEmpty } + people).joined(separator: " · "))
        let period = words.logPeriod(from: report.from, to: report.to)
        parts.append(words.logSummary(period: period, entries: report.entryCount) + " " + M.tag(.orange))
        if report.areas.isEmpty { parts.append(words.export(.logEmpty)) }
        for area in report.areas {
            parts.append("## " + M.heading("\(area.section.number) \(words.section(area.section)) – \(area.label)"))
            for row in area.rows {
                parts.append("### " + M.heading(row.title(words)))
                let rows = row.entries.map { [words.date($0.date), M.cell($0.text), M.cell($0.measure ?? "")] }
                parts.append(M.table([ExportText.date, .logDone, .logMeasure].map(words.export), rows))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}

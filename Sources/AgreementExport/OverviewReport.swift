import AgreementKit
import Catalogue
import Foundation

/// The overview as a report — the same lines and roll-ups as the screen: CSV and JSON under the
/// stable column names of `OverviewRecord`, Markdown and HTML with the columns in words, the
/// totals, the ratings per common goal area and the files that could not be read.
public struct OverviewReport {
    public let rows: [OverviewRow]
    /// Files that could not be read, worded with file:line:col.
    public let problems: [String]
    /// The date the rows were reckoned from.
    public let date: LocalDate
    public let words: any Wording

    public init(rows: [OverviewRow], problems: [String], date: LocalDate, words: any Wording) {
        self.rows = rows
        self.problems = problems
        self.date = date
        self.words = words
    }

    /// The columns of the human formats, in order.
    public static let columns = OverviewColumn.allCases

    /// One header row, then one record per line (UTF-8 with BOM, `;` by default, formulas made text).
    public func csv(separator: CSVSeparator = .semicolon) throws(ExportError) -> Data {
        try CSVTable.data(header: OverviewRecord.columns, rows: rows.map { OverviewRecord($0).fields }, separator: separator)
    }

    /// A top-level array of objects with the columns as keys.
    public func json() throws(ExportError) -> Data {
        do {
            let objects = try rows.map { try OverviewRecord($0).json(indent: "  ") }
            let text = objects.isEmpty ? "[\n]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
            return JSONText.escapingUnsafe(Data(text.utf8))
        } catch {
            throw ExportError.encodingFailed("JSON: \(error)")
        }
    }

    /// A line's cells in words: the phase with its mark (■ when closed), the deadline with "!"
    /// when overdue — and, when `aligned` (a plain-text table), two spaces where the others have
    /// "! ", so the dates stand in one column.
    public func cells(_ row: OverviewRow, aligned: Bool = false) -> [String] {
        Self.columns.map { column in
            switch column {
            case .unit: row.unit
            case .serviceArea: row.serviceArea
            case .leader: row.leader
            case .contactPerson: row.contactPerson
            case .year: String(row.year)
            case .phase: "\(row.phase.mark) " + words.phase(row.phase)
            case .progress: "\(row.progress.done)/\(row.progress.required)"
            case .deadline:
                (row.overdue ? "! " : aligned ? "  " : "")
                    + (row.nextDeadline.map { words.date($0) + " " + words.yearStep(row.nextStep ?? .agreementSigned) } ?? "–")
            case .log: String(row.logEntries30d)
            case .ratings: row.ratings.rated == 0 ? "–" : "▲ \(row.ratings.beyond) · ● \(row.ratings.asAgreed) · ▼ \(row.ratings.below)"
            case .plans: String(row.openImprovementPlans)
            }
        }
    }

    /// The line under the table: how many, how many behind, the ratings summed.
    public var totals: [String] {
        var sum = rows.reduce(RatingCounts()) { $0 + $1.ratings }
        sum.notRated = 0  // every goal area of every agreement still in its year: not worth a number here
        return [words.overview(.totalsRow), words.overview(.reportLead(date: words.date(date), count: rows.count, behind: rows.filter(\.isBehind).count)),
                words.ratingCounts(sum)]
    }

    /// Per common goal area, the ratings in words; then the same per service area.
    public var goalAreaTotals: [(title: String, lines: [String])] {
        let matrix = GoalMatrix(rows: rows)
        return matrix.areas.map { area in
            (area.title, [words.overview(.areaTotals(area.title, words.ratingCounts(area.totals)))]
                + matrix.serviceAreas.enumerated().map { s, service in
                    "  " + words.overview(.serviceAreaTotals(service.isEmpty ? words.overview(.noServiceArea) : service, words.ratingCounts(area.byServiceArea[s])))
                })
        }
    }

    /// The report as Markdown: title, the lead line, the table, the roll-ups, unreadable files.
    public func markdown() -> String {
        typealias M = MarkdownText
        var parts = ["# " + M.heading(words.overview(.reportTitle)),
                     M.inline(words.overview(.reportLead(date: words.date(date), count: rows.count, behind: rows.filter(\.isBehind).count)))]
        parts.append(markdownTable())
        let areas = goalAreaTotals
        if !areas.isEmpty {
            parts.append(areas.map { area in area.lines.map { "- " + M.inline($0.trimmingCharacters(in: .whitespaces)) }
                .enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }.joined(separator: "\n") }.joined(separator: "\n"))
        }
        if !problems.isEmpty {
            parts.append(problems.map { "- " + M.inline(words.overview(.unreadableLine($0))) }.joined(separator: "\n"))
        }
        parts.append("_" + M.inline(words.overview(.deadlinesNote)) + "_")
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The table alone, in Markdown.
    public func markdownTable() -> String {
        let head = "| " + Self.columns.map { MarkdownText.cell(words.overviewColumn($0)) }.joined(separator: " | ") + " |"
        let rule = "|" + Self.columns.map { _ in " --- |" }.joined()
        let body = rows.map { "| " + cells($0).map { MarkdownText.cell($0) }.joined(separator: " | ") + " |" }
        let sum = rows.reduce(RatingCounts()) { $0 + $1.ratings }
        let total = "| " + Self.columns.map { column -> String in
            switch column {
            case .unit: "**\(MarkdownText.inline(words.overview(.totalsRow)))**"
            case .log: String(rows.reduce(0) { $0 + $1.logEntries30d })
            case .ratings: "▲ \(sum.beyond) · ● \(sum.asAgreed) · ▼ \(sum.below)"
            case .plans: String(rows.reduce(0) { $0 + $1.openImprovementPlans })
            default: ""
            }
        }.joined(separator: " | ") + " |"
        return ([head, rule] + body + (rows.isEmpty ? [] : [total])).joined(separator: "\n")
    }

    /// The report as one self-contained, well-formed HTML page.
    public func html() -> String {
        HTMLReport.document(title: words.overview(.reportTitle), words: words, body: htmlSection())
    }

    /// The report's content as an HTML section (the first part of `export --all`).
    func htmlSection() -> String {
        typealias H = HTMLText
        var html = H.element("h1", H.escape(words.overview(.reportTitle)))
        html += H.element("p", class: "subtitle", H.escape(words.overview(.reportLead(date: words.date(date), count: rows.count, behind: rows.filter(\.isBehind).count))))
        let head = H.element("tr", Self.columns.map { H.element("th", H.escape(words.overviewColumn($0))) }.joined())
        let body = rows.map { row in
            H.element("tr", row.isBehind ? [("class", "behind")] : [], cells(row).map { H.element("td", H.escape($0)) }.joined())
        }.joined()
        html += H.element("table", class: "overview", H.element("thead", head) + H.element("tbody", body))
        for area in goalAreaTotals {
            html += H.element("p", class: "totals", H.escape(area.lines[0])) + H.list(area.lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }, class: "totals")
        }
        if !problems.isEmpty {
            html += H.list(problems.map { words.overview(.unreadableLine($0)) }, class: "unreadable")
        }
        html += H.element("p", class: "notice", H.escape(words.overview(.deadlinesNote)))
        return H.element("section", [("class", "part overview"), ("id", "oversikt")], html)
    }
}

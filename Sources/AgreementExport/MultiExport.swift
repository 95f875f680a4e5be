import AgreementKit
import Catalogue
import Foundation

/// `export --all`: one report for many units — the overview's table first, then each unit's
/// public copy. Section 4 is never in it, whatever the format: every agreement goes through its
/// public copy before it is rendered.
public enum MultiExport {
    /// The formats a report of many agreements is written in.
    public static let formats: [ExportFormat] = [.html, .markdown, .csv]

    public static func export(_ agreements: [Agreement], report: OverviewReport, as format: ExportFormat,
                              separator: CSVSeparator = .semicolon) throws(ExportError) -> ExportDocument {
        let words = report.words
        let copies = agreements.map(\.publicCopy)
        let data: Data
        switch format {
        case .markdown:
            let parts = [report.markdown(), "# " + MarkdownText.heading(words.overview(.publicCopiesHeading)) + "\n\n" + MarkdownText.inline(words.overview(.sectionFourLeftOut)) + "\n"]
                + copies.map { MarkdownExport(agreement: $0, isPublic: true, words: words).render() }
            data = Data(parts.joined(separator: "\n---\n\n").utf8)
        case .html:
            var body = report.htmlSection()
            body += HTMLText.element("p", class: "notice public", HTMLText.escape(words.overview(.sectionFourLeftOut)))
            for copy in copies {
                let page = HTMLExport(agreement: copy, isPublic: true, words: words).body()
                body += HTMLText.element("article", [("class", "agreement"), ("id", copy.id)], uniqueIDs(page, prefix: copy.id))
            }
            data = Data(HTMLReport.document(title: words.overview(.reportTitle), words: words, body: body).utf8)
        case .csv:
            let header = ["id", words.export(.unit), words.export(.year)] + CSVExport.header(words)
            let rows = copies.flatMap { copy in CSVExport.rows(copy, words: words).map { [copy.id, copy.header.unit, String(copy.header.year)] + $0 } }
            data = try CSVTable.data(header: header, rows: rows, separator: separator)
        case .json:
            throw ExportError.encodingFailed("JSON")
        }
        return ExportDocument(data: data, format: format, containsPersonalGoals: false)
    }

    /// The page's ids made unique in a document of many agreements: `punkt-2` → `<id>-punkt-2`.
    /// Agreement text is escaped (a quote is `&quot;`), so only the writer's own attributes match.
    static func uniqueIDs(_ html: String, prefix: String) -> String {
        html.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import CSV
import Foundation
import FoundationXML
import Testing

@Suite("Indicator exports: the scorecard, an SVG chart per indicator, the numbers in Markdown and CSV")
struct IndicatorExportTests {
    /// Eide as shipped, with a target and a national average added so every column has a value.
    private func eide() throws -> Agreement {
        guard var a = try SampleCatalog.agreements().first(where: { $0.id == "eide-barneskole-2013" }) else {
            throw ExportFixtures.FixtureError.missingSample
        }
        guard let id = a.allIndicators.first?.indicator.id, let q1 = Period(id: "2013-Q1") else { throw ExportFixtures.FixtureError.missingSample }
        a.updateIndicator(id) { indicator in
            indicator.set(.target, IndicatorValue(period: q1, value: 7))
            indicator.set(.national, IndicatorValue(period: q1, value: 6.5, source: "SSB"))
        }
        a.goalAreas[0].rows[0].planLinks = [PlanLink(plan: "kuo-2018-2021", code: "S.1"), PlanLink(plan: "kuo-2018-2021", code: "1.a")]
        return a
    }

    private func export(_ agreement: Agreement, as format: ExportFormat) throws -> String {
        try AgreementExporter.export(agreement, as: format, isPublic: false, words: ExportFixtures.words).text
    }

    /// The inline SVG elements of a page, each as its own text.
    private func svgs(_ html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            out.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return out
    }

    @Test func theHTMLCarriesTheScorecardTableAndAChartThatParsesAsXML() throws {
        let page = try export(try eide(), as: .html)
        let doc = try StrictXML.document(page)
        let cells = try doc.all("//table[\(XMLNode.hasClass("scorecard"))]/tbody/tr[1]/td").map { $0.stringValue ?? "" }
        #expect(cells.count == 7)
        #expect(cells[0] == "Medarbeiderperspektivet")
        #expect(cells[2] == "Sykefravær")
        #expect(cells[3] == "≤ 7 %")
        #expect(cells[4].hasPrefix("6 %"))
        #expect(cells[5].hasPrefix("6,5 %"))
        #expect(cells[6] == "✓ mål nådd")
        let charts = svgs(page)
        try #require(charts.count == 1)
        let svg = try StrictXML.document(charts[0])
        #expect(svg.rootElement()?.name == "svg")
        #expect(page.range(of: "<script") == nil)
        // Markers that print in black and white: the baseline hollow, the result filled; the target dashed.
        #expect(try svg.all("//*[local-name()='circle' and @class='baseline' and @fill='#FFFFFF']").count == 1)
        #expect(try svg.all("//*[local-name()='circle' and @class='result' and @fill='#000000']").count == 1)
        #expect(try svg.all("//*[local-name()='line' and @class='target' and @stroke-dasharray]").count == 1)
        let labels = try svg.all("//*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(labels.contains("14") && labels.contains("6") && labels.contains("mål 7 %"))
    }

    @Test func anIndicatorWithoutValuesHasNoChart() throws {
        var a = try eide()
        guard let id = a.allIndicators.first?.indicator.id else { throw ExportFixtures.FixtureError.missingSample }
        a.updateIndicator(id) { $0.results = []; $0.baseline = nil; $0.comparisons = []; $0.targets = [] }
        let page = try export(a, as: .html)
        #expect(svgs(page).isEmpty)
        #expect(StrictXML.errors(page).isEmpty)
    }

    @Test func markdownCarriesTheNumbersPeriodByPeriod() throws {
        let text = try export(try eide(), as: .markdown)
        #expect(text.contains("## Styringskort"))
        #expect(text.contains("Handlingsplan: S.1, 1.a (kuo-2018-2021)"))
        #expect(text.contains("Målt: Sykefravær – 6 % (1. kvartal 2013) · "))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("| 1. kvartal 2012 | 14 % |") && $0.contains("utgangspunkt") })
        #expect(lines.contains { $0.hasPrefix("| 1. kvartal 2013 | 6 % | 7 % | 6,5 % |") && $0.contains("mål nådd") })
    }

    @Test func csvCarriesTheSeriesAndThePlanLinksInTheirOwnColumns() throws {
        let a = try eide()
        let document = try AgreementExporter.export(a, as: .csv, isPublic: false, words: ExportFixtures.words)
        let reader = try CSVReader(stream: InputStream(data: document.data), delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let header = try #require(rows.first)
        let measured = try #require(header.firstIndex(of: "Målte indikatorer"))
        let plan = try #require(header.firstIndex(of: "Handlingsplan"))
        let cell = try #require(rows.dropFirst().first { !$0[measured].isEmpty })[measured]
        #expect(cell.hasPrefix("Sykefravær (prosent): "))
        #expect(cell.contains("2012-Q1 14") && cell.contains("2013-Q1 6") && cell.contains("2013-Q1 7") && cell.contains("2013-Q1 6,5"))
        let linked = a.goalAreas.flatMap(\.rows).filter { !$0.planLinks.isEmpty }.count
        #expect(linked == 1)
        #expect(rows.dropFirst().filter { !$0[plan].isEmpty }.map { $0[plan] } == ["kuo-2018-2021/S.1, kuo-2018-2021/1.a"])
    }

    @Test func anAgreementWithoutMeasuredIndicatorsHasNoScorecard() throws {
        var a = try eide()
        for area in a.goalAreas.indices { for row in a.goalAreas[area].rows.indices { a.goalAreas[area].rows[row].indicators = [] } }
        #expect(!(try export(a, as: .markdown)).contains("Styringskort"))
        #expect(!(try export(a, as: .html)).contains("styringskort"))
    }
}

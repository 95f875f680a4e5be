import AgreementExport
import AgreementKit
import CSV
import Foundation
import FoundationXML
import TestSupport
import Testing

/// Multi-line fields (improvement plans, comments, notes, targets, log entries) keep their line
/// breaks in the minutes and in every export.
@Suite("Line breaks in multi-line fields")
struct LineBreakTests {
    let day = LocalDate(year: 2011, month: 12, day: 5)!
    let words = ExportFixtures.words

    /// An agreement in its year-end assessment whose multi-line fields each hold two lines.
    private func agreement() -> Agreement {
        var a = Fixtures.agreement(phase: .assessment)
        a.goalAreas[0].rows[0].target = "Mål linje én\nMål linje to"
        a.goalAreas[0].rows[0].log = [LogEntry(id: "l1", date: day, text: "Logg linje én\nLogg linje to")]
        a.goalAreas[0].midYearNote = "Notat linje én\nNotat linje to"
        a.goalAreas[0].assessment = Assessment(measuresRating: .belowAgreement, attainmentRating: .belowAgreement,
                                               leaderComment: "Leder linje én\nLeder linje to", contactComment: "Kontakt linje én\nKontakt linje to")
        a.improvementPlans = [ImprovementPlan(id: "i1", goalAreaID: a.goalAreas[0].id, actions: "Plan linje én\nPlan linje to",
                                              followUpDates: [day], created: day)]
        return a
    }

    @Test func theMinutesKeepEveryLineAsAHardBreakInItsListItem() {
        let text = MeetingMinutes.markdown(agreement(), kind: .yearEnd, date: day, party: .contactPerson, words: words)
        #expect(text.contains("- 1.1 Mål linje én\\\n  Mål linje to (1 loggføring)\n"))
        #expect(text.contains("- Notat fra midtveissamtalen: Notat linje én\\\n  Notat linje to\n"))
        #expect(text.contains("- Enhetsleders kommentar: Leder linje én\\\n  Leder linje to\n"))
        #expect(text.contains("- Kontaktpersonens kommentar: Kontakt linje én\\\n  Kontakt linje to\n"))
        #expect(text.contains("  - Forbedringsplan: Plan linje én\\\n    Plan linje to\n"))
    }

    @Test func markdownKeepsThemInTablesAndBlocks() throws {
        let text = try AgreementExporter.export(agreement(), as: .markdown, isPublic: true, words: words).text
        #expect(text.contains("| 1.1 Mål linje én<br>Mål linje to |"))
        #expect(text.contains("| 05.12.2011: Logg linje én<br>Logg linje to |"))
        #expect(text.contains("Notat linje én\\\nNotat linje to"))
        #expect(text.contains("Leder linje én\\\nLeder linje to"))
        #expect(text.contains("Kontakt linje én\\\nKontakt linje to"))
        #expect(text.contains("Plan linje én\\\nPlan linje to"))
    }

    @Test func htmlKeepsThemAsBreaks() throws {
        let text = try AgreementExporter.export(agreement(), as: .html, isPublic: true, words: words).text
        _ = try StrictXML.document(text)
        for field in ["Mål", "Logg", "Notat", "Leder", "Kontakt", "Plan"] {
            #expect(text.contains("\(field) linje én<br/>\(field) linje to"), "\(field)")
        }
    }

    @Test func csvKeepsTheNewlineInsideTheQuotedCell() throws {
        let a = agreement()
        let data = try AgreementExporter.export(a, as: .csv, isPublic: true, words: words).data
        #expect(String(decoding: data, as: UTF8.self).contains("\"Mål linje én\nMål linje to\""))
        #expect(try read(data)[1][4] == "Mål linje én\nMål linje to")
        let log = try LogExport.render(LogReport(a), of: a, as: .csv, words: words)
        #expect(try read(log)[1][4] == "Logg linje én\nLogg linje to")
    }

    private func read(_ data: Data) throws -> [[String]] {
        let reader = try CSVReader(stream: InputStream(data: data), delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}

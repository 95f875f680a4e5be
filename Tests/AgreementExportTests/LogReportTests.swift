import AgreementExport
import AgreementKit
import CSV
import Foundation
import Testing

@Suite("The log for the contact person")
struct LogReportTests {
    private let d = ExportFixtures.date

    @Test func groupedByAreaAndRowSortedByDateWithMeasures() throws {
        let report = LogReport(try ExportFixtures.hoeggen())
        #expect(report.entryCount == 6)
        #expect(report.areas.map { String($0.label.prefix(16)) } == ["1. Frivillighet", "2. Redusert syke", "1a. Økt læringsu", "1. Grunnleggende"])
        #expect(report.areas.map(\.section) == [.common, .common, .serviceArea, .own])
        let first = try #require(report.areas.first?.rows.first)
        #expect(first.entries.map(\.date) == [d(2, 2, 2011), d(14, 3, 2011)])
        #expect(first.entries.first?.measure?.hasPrefix("Kulturelt entreprenørskap") == true)
        let sickness = try #require(report.areas.dropFirst().first?.rows.first)
        #expect(sickness.entries.map(\.date) == [d(20, 1, 2011), d(15, 9, 2011)])
        #expect(sickness.entries.first?.measure == nil)
        #expect(report.areas[2].rows.first?.title(ExportFixtures.words).hasPrefix("1.1. Elevene har økt læringsutbytte") == true)
        #expect(ExportFixtures.words.logPeriod(from: report.from, to: report.to) == "hele året")
    }

    @Test func datesAreInclusiveAndOpenEnded() throws {
        let agreement = try ExportFixtures.hoeggen()
        let spring = LogReport(agreement, from: d(2, 2, 2011), to: d(14, 3, 2011))
        #expect(spring.entryCount == 2)
        #expect(ExportFixtures.words.logPeriod(from: spring.from, to: spring.to) == "02.02.2011–14.03.2011")
        #expect(LogReport(agreement, from: d(1, 6, 2011)).entryCount == 3)
        #expect(LogReport(agreement, to: d(31, 1, 2011)).entryCount == 1)
        #expect(LogReport(agreement, from: d(1, 1, 2012)).areas.isEmpty)
        #expect(ExportFixtures.words.logPeriod(from: d(1, 6, 2011), to: nil) == "fra 01.06.2011")
    }

    @Test func markdownForTheContactPerson() throws {
        let agreement = try ExportFixtures.hoeggen()
        let text = String(decoding: try LogExport.render(LogReport(agreement, to: d(30, 6, 2011)), of: agreement, as: .markdown, words: ExportFixtures.words), as: UTF8.self)
        TextSnapshot.assert(text, named: "hoeggen-skole-2011-logg.md")
        #expect(text.hasPrefix("# Logg – Hoeggen skole 2011\n"))
        #expect(text.contains("Enhetsleder: Kari Nordmann · Kontaktperson: Per Kontakt"))
        #expect(text.contains("Periode: til 30.06.2011 · 4 loggføringer"))
        #expect(text.contains("## 2.1 Felles resultatmål – 1. Frivillighet"))
        #expect(text.contains("| 02.02.2011 | Kortreist kultur: konsert i aulaen | Kulturelt entreprenørskap"))
        #expect(!text.contains("15.09.2011"))
        let empty = String(decoding: try LogExport.render(LogReport(agreement, from: d(1, 1, 2013)), of: agreement, as: .markdown, words: ExportFixtures.words), as: UTF8.self)
        #expect(empty.contains("Ingen loggføringer i perioden."))
    }

    @Test func csvReadsBack() throws {
        let agreement = try ExportFixtures.hoeggen()
        let data = try LogExport.render(LogReport(agreement), of: agreement, as: .csv, words: ExportFixtures.words)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let reader = try CSVReader(stream: InputStream(data: data), delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.first == LogExport.csvHeader(ExportFixtures.words))
        #expect(rows.count == 7)
        #expect(rows[1][0] == "2.1" && rows[1][1] == "1. Frivillighet" && rows[1][3] == "02.02.2011")
        #expect(rows[2][3] == "14.03.2011" && rows[2][5].hasPrefix("Othilienborg IL"))
    }

    @Test func hostileLogTextIsInert() throws {
        var agreement = ExportFixtures.secretive()
        agreement.goalAreas[0].rows[0].log.append(LogEntry(id: "l-2", date: d(4, 3, 2012), text: "\u{1B}[2J slettet | skjerm"))
        let text = String(decoding: try LogExport.render(LogReport(agreement), of: agreement, as: .markdown, words: ExportFixtures.words), as: UTF8.self)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("| 04.03.2012 | ␛\\[2J slettet \\| skjerm |   |"))
    }
}

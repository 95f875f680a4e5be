import AgreementExport
import AgreementKit
import CSV
import Foundation
import Testing

@Suite("CSV export: one record per goal row, read back with CSV.swift")
struct CSVExportTests {
    /// Reads CSV bytes as a spreadsheet would: the reader drops the byte order mark.
    private func read(_ data: Data, delimiter: Unicode.Scalar = ";") throws -> [[String]] {
        let reader = try CSVReader(stream: InputStream(data: data), delimiter: delimiter)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        if let error = reader.error { throw error }
        return rows
    }

    @Test func theHoeggenRowsComeBackHeaderFirstWithBOMAndSemicolons() throws {
        let agreement = try ExportFixtures.hoeggen()
        let document = try AgreementExporter.export(agreement, as: .csv, isPublic: false, words: ExportFixtures.words)
        #expect(Array(document.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(!document.containsPersonalGoals)
        let firstLine = document.text.dropFirst().prefix { $0 != "\r\n" && $0 != "\n" }
        #expect(firstLine == "Del;Målområde;Resultatmål;Målnummer;Mål for enheten;Indikator;Tiltak;Støtte;Antall logg;Gjennomførte tiltak er;Måloppnåelse for enheten er")
        let rows = try read(document.data)
        #expect(rows.count == 1 + 26)
        #expect(rows.allSatisfy { $0.count == 11 })
        let expected = agreement.goalAreas.flatMap { area in area.rows.map { (area.section.number, area.label, $0) } }
        for (record, (section, label, row)) in zip(rows.dropFirst(), expected) {
            #expect(record[0] == section)
            #expect(record[1] == label)
            #expect(record[2] == row.resultGoal)
            #expect(record[3] == row.targetNumber)
            #expect(record[4] == row.target)
            #expect(record[5] == row.indicator)
            #expect(record[6] == row.measures.map(\.text).joined(separator: " / "))
            #expect(record[7] == row.support.map(\.text).joined(separator: " / "))
            #expect(record[8] == String(row.log.count))
        }
        #expect(rows[1][9] == "Ut over avtalen" && rows[1][10] == "I tråd med avtalen")
        #expect(rows[2][9] == "I tråd med avtalen" && rows[2][10] == "Mindre enn avtalen")
        #expect(rows[1][8] == "2")
        #expect(rows[4][9] == "" && rows[4][10] == "")
        #expect(rows.last?[0] == "3.2")
    }

    @Test func otherSeparatorsQuoteWhatTheyMust() throws {
        let agreement = ExportFixtures.hostile()
        for separator in [CSVSeparator.comma, .tab, .semicolon] {
            let data = try AgreementExporter.export(agreement, as: .csv, isPublic: true, separator: separator, words: ExportFixtures.words).data
            let rows = try read(data, delimiter: separator.scalar)
            #expect(rows.count == 2)
            #expect(rows[1][4] == SafeText.inert(ExportFixtures.hostileText))
            #expect(rows[1][6] == "Dugnad / - ikke punkt\n| ikke celle |")
        }
        let text = try AgreementExporter.export(agreement, as: .csv, isPublic: true, separator: .tab, words: ExportFixtures.words).text
        #expect(text.contains("Del\tMålområde\t"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func separatorArguments() {
        #expect(CSVSeparator(argument: ";") == .semicolon)
        #expect(CSVSeparator(argument: ",") == .comma)
        #expect(CSVSeparator(argument: "\\t") == .tab)
        #expect(CSVSeparator(argument: "tab") == .tab)
        #expect(CSVSeparator(argument: "\t") == .tab)
        #expect(CSVSeparator(argument: "|")?.character == "|")
        for bad in ["", ";;", "\"", "\n", "a", "7"] { #expect(CSVSeparator(argument: bad) == nil, "\(bad)") }
    }
}

extension CSVSeparator {
    var scalar: Unicode.Scalar { character.unicodeScalars.first ?? ";" }
}

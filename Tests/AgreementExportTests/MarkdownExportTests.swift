import AgreementExport
import AgreementKit
import Foundation
import Testing

@Suite("Markdown export: the form as text, escaped")
struct MarkdownExportTests {
    private func markdown(_ agreement: Agreement, isPublic: Bool = false) throws -> String {
        try AgreementExporter.export(agreement, as: .markdown, isPublic: isPublic, words: ExportFixtures.words).text
    }

    @Test func theHoeggenSampleMatchesItsSnapshot() throws {
        TextSnapshot.assert(try markdown(try ExportFixtures.hoeggen()), named: "hoeggen-skole-2011.md")
        TextSnapshot.assert(try markdown(try ExportFixtures.hoeggen(), isPublic: true), named: "hoeggen-skole-2011-offentlig.md")
    }

    @Test func theFormsAssessmentWithAllThreeOptionsAndTheMark() throws {
        let text = try markdown(try ExportFixtures.hoeggen())
        #expect(text.contains("**Resultatvurdering av lederavtalens felles resultatmål 1: Frivillighet** [G]"))
        #expect(text.contains("| Enhetsleders vurdering: | Ut over avtalen | I tråd med avtalen | Mindre enn avtalen |"))
        #expect(text.contains("| 1. Gjennomførte tiltak er: | X |   |   |"))
        #expect(text.contains("| 2. Måloppnåelse for enheten er: |   | X |   |"))
        #expect(text.components(separatedBy: "| 1. Gjennomførte tiltak er: |").count - 1 == 14)
        #expect(text.contains("Godt arbeid \\| enig."))
        #expect(text.contains("02.02.2011: Kortreist kultur: konsert i aulaen (tiltak: Kulturelt entreprenørskap"))
        #expect(text.contains("| Resultatmål 1 [B] | Mål for Hoeggen skole [B] | Tiltak [B] | Støtte [B] | Logg – gjennomførte tiltak [O] |"))
        #expect(text.contains("| Månedlig økonomirapportering | X |   |   |"))
        #expect(text.contains(ExportFixtures.secrets[0]))
    }

    @Test func tableCellsKeepTheirColumns() throws {
        let text = try markdown(ExportFixtures.hostile())
        let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(!tableLines.isEmpty)
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("| Resultatmål 1") })
        let row = try #require(tableLines.first { $0.hasPrefix("| Minst ett nytt tiltak") })
        #expect(Self.cells(row) == Self.cells(header))
        #expect(Self.cells(row) == 5)
        #expect(row.contains("Tabell \\| brudd<br>ny linje \\<script\\>alert('x')\\</script\\> \\&amp; \"sitat\""))
        #expect(row.contains("• - ikke punkt<br>\\| ikke celle \\|"))
    }

    @Test func nothingReachesTheTerminalRaw() throws {
        let text = try markdown(ExportFixtures.hostile())
        let forbidden = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || $0.value == 0x202E }
        #expect(forbidden.isEmpty)
        #expect(text.contains("␛\\[31mRØD␛\\[0m"))
        #expect(text.contains("#### 1. Tittel \\| med \\<tag\\> og ␛\\]0;tittel␇"))
        #expect(!text.contains("<script>") && !text.contains("<b>"))
    }

    @Test func blocksCannotStartMarkup() throws {
        let text = try markdown(ExportFixtures.hostile())
        #expect(text.contains("\\# ikke-overskrift\\\n1\\. ikke liste"))
    }

    /// The number of cells in a table line: unescaped pipes minus one.
    static func cells(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if c == "\\" && !escaped { escaped = true; continue }
            if c == "|" && !escaped { count += 1 }
            escaped = false
        }
        return count - 1
    }
}

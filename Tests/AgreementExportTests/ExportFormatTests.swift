import AgreementExport
import Testing

@Test func everyFormatHasAName() {
    #expect(ExportFormat.allCases.map(\.rawValue) == ["markdown", "html", "csv", "json"])
    #expect(LogFormat.allCases.map(\.rawValue) == ["markdown", "csv"])
}

@Test func formatsFromFileNames() {
    #expect(ExportFormat(fileName: "avtale.md") == .markdown)
    #expect(ExportFormat(fileName: "/tmp/a.b/avtale.HTML") == .html)
    #expect(ExportFormat(fileName: "rader.csv") == .csv)
    #expect(ExportFormat(fileName: "kopi.json") == .json)
    #expect(ExportFormat(fileName: "avtale.txt") == nil)
    #expect(ExportFormat(fileName: "/tmp/a.b/avtale") == nil)
}

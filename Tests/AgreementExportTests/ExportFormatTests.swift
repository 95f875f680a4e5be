import AgreementExport
import Testing

@Test func everyFormatHasAName() {
    #expect(ExportFormat.allCases.map(\.rawValue) == ["markdown", "html", "csv", "json"])
}

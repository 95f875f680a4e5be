import AgreementExport
import Testing

@Suite("Agreement text made inert")
struct SafeTextTests {
    @Test func controlsBecomePlaceholdersButLinesAndTabsStay() {
        #expect(SafeText.inert("a\u{1B}[31mb") == "a␛[31mb")
        #expect(SafeText.inert("a\tb\nc") == "a\tb\nc")
        #expect(SafeText.inert("a\r\nb\rc") == "a\nb\nc")
        #expect(SafeText.inert("\u{07}\u{7F}\u{9B}") == "␇␡\u{FFFD}")
        #expect(SafeText.inert("\u{202E}abc\u{2066}") == "⇄abc⇄")
        #expect(SafeText.inert("æøå ÆØÅ – ”sitat”") == "æøå ÆØÅ – ”sitat”")
    }
}

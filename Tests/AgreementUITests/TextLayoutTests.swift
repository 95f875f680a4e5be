import AgreementUI
import TestSupport
import Testing

@Suite("Display width, cutting and wrapping")
struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("æøå ÆØÅ") == 7)
        #expect(DisplayWidth.of("宽字") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("✔️") == 1, "a variation selector does not widen in tmux 3.3 or xterm")
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func truncationNeverSplitsAGrapheme() {
        #expect(TextLayout.truncate("Redusert sykefravær", to: 10) == "Redusert …")
        #expect(TextLayout.truncate("宽字符宽字符", to: 6) == "宽字…")
        #expect(TextLayout.truncate("e\u{301}e\u{301}e\u{301}e\u{301}", to: 3) == "e\u{301}e\u{301}…")
        #expect(TextLayout.truncate("kort", to: 10) == "kort")
        #expect(DisplayWidth.of(TextLayout.pad("宽字符", to: 5)) == 5)
    }

    @Test func wrappingByWordsAndWidth() {
        #expect(TextLayout.wrap("Økt læringsutbytte for elevene", width: 12) == ["Økt", "læringsutbyt", "te for", "elevene"])
        #expect(TextLayout.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextLayout.wrap("宽字符宽字符", width: 5) == ["宽字", "符宽", "字符"])
    }

    @Test func screenDrawsWideCharactersAsTwoCellsAndCutsCleanly() {
        var screen = Screen(width: 5, height: 1)
        screen.put("宽字符", x: 0, y: 0, role: .normal)
        #expect(screen.line(0) == "宽字…", "no half character, and the cut is marked")
        #expect(screen[1, 0].isContinuation)
    }

    @Test func hostileTextIsDrawnInert() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a\u{1b}[31mb\u{202e}c\u{7}", x: 0, y: 0, role: .normal)
        #expect(screen.line(0).hasPrefix("a␛[31mb⇄c␇"))
        #expect(screen[1, 0].role == .inert)
        #expect(Inert.text("x\ty\u{9b}") == "x␉y�")
        #expect(!screen.lines.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}

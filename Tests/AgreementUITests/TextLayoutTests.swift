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

    /// The fast path (text without an unsafe scalar comes back as it is) gives what replacing
    /// grapheme by grapheme gives, for random mixes of plain, Norwegian, combining, emoji and
    /// every kind of unsafe scalar.
    @Test func inertTextEqualsReplacingGraphemeByGrapheme() {
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "~", "æ", "ø", "Å", "\u{301}", "\u{200D}", "👩", "🏽", "宽", "\u{1B}", "\u{7}", "\t", "\n",
            "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}",
            "\u{2069}", "\u{061C}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{2067}",
        ]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &generator)
            // Every fourth string is drawn from the safe part only, so the fast path is taken too.
            let choices = round % 4 == 0 ? pool.filter { !["\u{1B}", "\u{7}", "\t", "\n", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2067}", "\u{061C}", "\u{2028}", "\u{2029}"].contains($0) } : pool
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(choices.randomElement(using: &generator)!) }
            let text = String(scalars)
            let expected = String(text.map { Inert.placeholder(for: $0) ?? $0 })
            #expect(Inert.text(text) == expected, "for \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

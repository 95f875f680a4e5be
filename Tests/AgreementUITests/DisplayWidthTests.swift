import AgreementUI
import Testing

/// Widths as tmux 3.3 and xterm show them (measured in tmux 3.3a with glibc 2.36: the cursor
/// column after printing each cluster), and how a cluster is drawn so it takes exactly that.
@Suite("Display width of grapheme clusters as tmux 3.3 and xterm show them")
struct DisplayWidthTests {
    @Test func singleScalarsFollowTheTerminalsTable() {
        #expect(DisplayWidth.of("の") == 2)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("\u{1F1F3}") == 1, "a lone regional indicator")
        #expect(DisplayWidth.of("\u{3030}") == 2, "wavy dash, East Asian Wide")
        #expect(DisplayWidth.of("\u{1F321}") == 1, "thermometer: text presentation, not wide")
        #expect(DisplayWidth.width(of: "\u{1160}") == 0, "Hangul medial jamo")
        #expect(DisplayWidth.width(of: "\u{600}") == 1, "Arabic number sign takes a column")
    }

    @Test func aVariationSelectorDoesNotWiden() {
        #expect(DisplayWidth.of("❤️") == 1)
        #expect(DisplayWidth.of("✔️") == 1)
        #expect(DisplayWidth.drawing(of: "❤️") == .asIs)
    }

    @Test func clustersOfSeveralSpacingCharactersAreTwoColumnsAndDrawnAsAPlaceholder() {
        for cluster: Character in ["👨‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "👩‍💻"] {
            #expect(DisplayWidth.of(cluster) == 2, "\(cluster.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(DisplayWidth.drawing(of: cluster) == .placeholder)
        }
    }

    @Test func aFlagIsDrawnAsItsTwoLetters() {
        #expect(DisplayWidth.of("🇳🇴") == 2)
        #expect(DisplayWidth.drawing(of: "🇳🇴") == .perColumn(["\u{1F1F3}", "\u{1F1F4}"]))
    }

    @Test func aCombiningStackIsOneColumnAndAPlaceholderBeyondFiveCodePoints() {
        let short: Character = "e\u{301}\u{302}\u{303}\u{304}"
        #expect(DisplayWidth.of(short) == 1)
        #expect(DisplayWidth.drawing(of: short) == .asIs)
        let tall = Character("e" + String(repeating: "\u{301}", count: 11))
        #expect(DisplayWidth.of(tall) == 1)
        #expect(DisplayWidth.drawing(of: tall) == .placeholder)
        #expect(DisplayWidth.of(String(DisplayWidth.placeholder)) == 1)
    }

    @Test func aLineOfHostileClustersFitsItsWidthExactly() {
        let text = "Tommel 👍🏽 familie 👨‍👩‍👧‍👦 hjerte ❤️ flagg 🇳🇴 e\u{337}\u{322}\u{31B}\u{31B}\u{316}\u{317}\u{318}\u{319}x"
        var screen = Screen(width: 60, height: 1)
        let used = screen.put(text, x: 0, y: 0, role: .normal)
        #expect(used == DisplayWidth.of(text))
        #expect(used == 41)
        #expect(screen.line(0).count >= 30, "the text stays as typed in the buffer")
    }
}

@testable import AgreementUI
import Testing

/// The fast path for plain text (ASCII, Latin-1, æøå) must measure, cut and draw exactly as the
/// grapheme-by-grapheme path does.
@Suite("Plain text takes the fast path and gives the same result")
struct SimpleTextTests {
    static let simple: [Character] = Array("abc ÆØÅæøå-.,«»é\u{A0}ßÿĀž–—’”•…€←→↑↓─│┌┐└┘█░✓✗▲▼●○■◆☐☑≤≥≈‹")
    static let other: [Character] = ["\u{301}", "宽", "\n", "\u{1b}", "\u{85}", "👩‍👩‍👧", "\u{2028}", "\u{200B}", "e\u{301}", "\u{7f}", "✔\u{FE0F}", "◾"]

    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func text(_ random: inout Random, mixed: Bool) -> String {
        String((0..<random.next(30)).map { _ in
            mixed && random.next(6) == 0 ? other[random.next(other.count)] : simple[random.next(simple.count)]
        })
    }

    @Test func theWidthOfPlainTextIsItsScalarCountAndNilOtherwise() {
        var random = Random(state: 7)
        for _ in 0..<2_000 {
            let string = Self.text(&random, mixed: true)
            let slow = string.reduce(0) { $0 + DisplayWidth.of($1) }
            if let fast = DisplayWidth.simpleColumns(string) {
                #expect(fast == slow, "\(string.debugDescription)")
                #expect(fast == string.unicodeScalars.count)
            } else {
                let simpleScalars = Set(Self.simple.flatMap(\.unicodeScalars))
                #expect(string.unicodeScalars.contains { !simpleScalars.contains($0) }, "\(string.debugDescription)")
            }
            #expect(DisplayWidth.of(string) == slow)
        }
        #expect(DisplayWidth.simpleColumns("Målområde: Økt læringsutbytte") == 29)
        #expect(DisplayWidth.simpleColumns("a\r\nb") == nil, "CR LF is one grapheme: not plain")
        #expect(DisplayWidth.simpleColumns("\u{85}") == nil, "C1 controls are drawn inert")
    }

    @Test func drawingPlainTextMatchesTheGraphemePath() {
        var random = Random(state: 11)
        for _ in 0..<2_000 {
            let string = Self.text(&random, mixed: false)
            let width = 1 + random.next(40)
            let x = random.next(width + 4) - 3
            let right = min(width, x + random.next(width + 2))
            var fast = Screen(width: width, height: 1)
            var slow = fast
            if random.next(2) == 0 {
                // Over a wide grapheme, to check that none is left in halves.
                _ = fast.putGraphemes("宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽宽", x: 0, y: 0, right: width, role: .muted)
                slow = fast
            }
            let columns = DisplayWidth.simpleColumns(string) ?? -1
            let a = fast.putSimple(string, columns: columns, x: x, y: 0, right: right, role: .normal)
            let b = slow.putGraphemes(string, x: x, y: 0, right: right, role: .normal)
            #expect(a == b && fast == slow, "«\(string)» at x \(x), right \(right), width \(width): «\(fast.line(0))» vs «\(slow.line(0))»")
        }
    }

    @Test func cuttingPlainTextMatchesTheGraphemePath() {
        var random = Random(state: 13)
        for _ in 0..<2_000 {
            let string = Self.text(&random, mixed: false)
            let width = random.next(35)
            var reference = ""
            if DisplayWidth.of(string) <= width || width == 0 {
                reference = width == 0 ? "" : string
            } else {
                reference = String(string.prefix(width - 1)) + "…"
            }
            #expect(TextLayout.truncate(string, to: width) == reference)
        }
    }

    @Test func everySymbolTakenAsSimpleIsOneColumnPrintableAndAGraphemeOfItsOwn() {
        for value in UInt32(0x2000)...0x27FF {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.simpleColumns(String(Character(scalar))) != nil else { continue }
            let character = Character(scalar)
            #expect(DisplayWidth.of(character) == 1, "U+\(String(value, radix: 16)) is \(DisplayWidth.of(character)) columns")
            #expect(Inert.placeholder(for: character) == nil, "U+\(String(value, radix: 16)) is drawn inert")
            // Beside any other simple scalar it stays a grapheme of its own.
            for neighbour in ["a", "å", "–", "█", "→"] as [Unicode.Scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                #expect(String(pair).count == 2, "U+\(String(value, radix: 16)) joins \(neighbour)")
            }
        }
        #expect(DisplayWidth.simpleColumns("Neste: 31.01 frist… → ███░░ ✓") == 29)
    }
}

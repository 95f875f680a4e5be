@testable import AgreementUI
import Testing

@Suite("The paste collector: a bracketed paste's text, in pieces, to its end marker")
struct PasteCollectorTests {
    /// Feeds `pieces` in turn; the bytes left over after the end marker.
    func collect(_ pieces: [[UInt8]], into collector: inout PasteCollector) -> [UInt8] {
        var rest: [UInt8] = []
        for piece in pieces {
            piece.withUnsafeBufferPointer { pointer in
                let taken = collector.take(pointer)
                rest += piece[taken...]
            }
        }
        return rest
    }

    @Test func textToTheMarkerAndWhatFollowsIsLeft() {
        var collector = PasteCollector()
        let rest = collect([Array("første linje\r\nandre\rtredje\u{1B}[201~\u{1B}[A".utf8)], into: &collector)
        #expect(collector.ended)
        #expect(collector.text == "første linje\nandre\ntredje")
        #expect(rest == Array("\u{1B}[A".utf8))
    }

    @Test func theMarkerAndACharacterSplitAcrossReads() {
        let whole = Array("æ\r\nø\u{1B}[201~".utf8)
        for cut in 1..<whole.count {
            var collector = PasteCollector()
            let rest = collect([Array(whole[..<cut]), Array(whole[cut...])], into: &collector)
            #expect(collector.ended && rest.isEmpty && collector.text == "æ\nø", "cut at \(cut): \(collector.text.debugDescription)")
        }
    }

    @Test func escapesThatAreNotTheMarkerStayInTheText() {
        var collector = PasteCollector()
        _ = collect([Array("a\u{1B}[20x\u{1B}\u{1B}[201~".utf8)], into: &collector)
        #expect(collector.text == "a\u{1B}[20x\u{1B}")
    }

    @Test func theLimitCutsOnACharacterAndTheRestIsReadToTheMarker() {
        var collector = PasteCollector(limit: 5)
        let rest = collect([Array("abcdø".utf8), Array("ø\u{1B}[201~z".utf8)], into: &collector)
        #expect(collector.text == "abcd")
        #expect(rest == [UInt8(ascii: "z")])
    }

    @Test func bytesThatAreNotUTF8BecomeReplacementCharacters() {
        var collector = PasteCollector()
        _ = collect([[0x61, 0xFF, 0x62] + Array("\u{1B}[201~".utf8)], into: &collector)
        #expect(collector.text == "a\u{FFFD}b")
    }

    @Test func aPasteWithoutItsMarkerHasNotEnded() {
        var collector = PasteCollector()
        _ = collect([Array("halv\u{1B}[20".utf8)], into: &collector)
        #expect(!collector.ended)
        #expect(collector.text == "halv")
    }
}

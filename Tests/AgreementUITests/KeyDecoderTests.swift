@testable import AgreementUI
import Testing

@Suite("The key decoder: the bytes a terminal sends, as keys")
struct KeyDecoderTests {
    let decoder = KeyDecoder()

    /// Every step over `bytes` as a reader takes them, `atEnd` when the input stops there.
    func steps(_ bytes: [UInt8], decoder: KeyDecoder? = nil, atEnd: Bool = true) -> [KeyDecoder.Step] {
        let decoder = decoder ?? self.decoder
        var steps: [KeyDecoder.Step] = []
        var start = 0
        bytes.withUnsafeBufferPointer { all in
            while start < all.count {
                let step = decoder.step(UnsafeBufferPointer(rebasing: all[start...]), atEnd: atEnd)
                steps.append(step)
                switch step {
                case .key(_, let length), .skip(let length), .pasteStart(let length): start += length
                case .incomplete: return
                }
            }
        }
        return steps
    }

    func keys(_ text: String, decoder: KeyDecoder? = nil) -> [Key] {
        steps(Array(text.utf8), decoder: decoder).compactMap { step in
            if case .key(let key, _) = step { key } else { nil }
        }
    }

    @Test func lettersControlKeysAndNorwegianCharacters() {
        #expect(keys("aØ å\t\r\n") == [.character("a"), .character("Ø"), .character(" "), .character("å"), .tab, .enter, .lineFeed])
        #expect(keys("\u{01}\u{12}\u{1A}") == [.control("a"), .control("r"), .control("z")])
        #expect(keys("\u{7F}\u{08}") == [.backspace, .backspace])
        // Wide, four-byte and combining characters come whole, one scalar a key.
        #expect(keys("漢😀e\u{301}") == [.character("漢"), .character("😀"), .character("e"), .character("\u{301}")])
    }

    @Test func cursorKeysInBothModesAndTheEditingKeys() {
        #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}[H\u{1B}OF\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~") == [.home, .end, .home, .end, .home, .end])
        #expect(keys("\u{1B}[5~\u{1B}[6~\u{1B}[2~\u{1B}[3~\u{1B}[Z\u{1B}OM") == [.pageUp, .pageDown, .insert, .delete, .backTab, .enter])
        #expect(keys("\u{1B}OP\u{1B}[15~\u{1B}[24~") == [.function(1), .function(5), .function(12)])
    }

    @Test func theKeypadInApplicationModeTypesItsCharacters() {
        #expect(keys("\u{1B}Oq\u{1B}Ow\u{1B}Op\u{1B}On\u{1B}Om") == [.character("1"), .character("7"), .character("0"), .character("."), .character("-")])
    }

    @Test func altIsEscapeThenTheKey() {
        #expect(keys("\u{1B}b\u{1B}ø\u{1B}\r") == [.alt("b"), .alt("ø"), .altEnter])
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
        // Esc before a control key is Esc, and the control key follows.
        #expect(keys("\u{1B}\u{01}") == [.escape, .control("a")])
        // Esc and "[" or "O" with nothing after: Alt with that key.
        #expect(keys("\u{1B}[") == [.alt("[")])
        #expect(keys("\u{1B}O") == [.alt("O")])
    }

    @Test func sequencesWithNoKeyAreDroppedWhole() {
        // Ctrl-Up, a focus report, Shift-F5: not typed into a field as "[1;5A".
        #expect(steps(Array("\u{1B}[1;5A\u{1B}[I\u{1B}[15;2~x".utf8)) == [.skip(length: 6), .skip(length: 3), .skip(length: 7), .key(.character("x"), length: 1)])
        // An end-of-paste marker with no paste.
        #expect(keys("\u{1B}[201~y") == [.character("y")])
        // A sequence broken by a control byte: what came is dropped, the byte read anew.
        #expect(steps(Array("\u{1B}[12\u{01}".utf8)) == [.skip(length: 4), .key(.control("a"), length: 1)])
        // Endless parameters are not waited for.
        let endless = [0x1B, 0x5B] + [UInt8](repeating: 0x31, count: 100)
        #expect(steps(endless, atEnd: false).first == .skip(length: KeyDecoder.longestControlSequence))
    }

    @Test func thePasteMarkerIsItsOwnStep() {
        #expect(steps(Array("\u{1B}[200~hei".utf8)).first == .pasteStart(length: 6))
    }

    @Test func aSequenceCutShortWaitsAndIsDecidedAtTheEnd() {
        for partial in ["\u{1B}", "\u{1B}[", "\u{1B}O", "\u{1B}[1", "\u{1B}[1;5", "\u{1B}[15", "\u{1B}[20"] {
            #expect(steps(Array(partial.utf8), atEnd: false) == [.incomplete], "\(Array(partial.utf8))")
        }
        #expect(steps(Array("\u{1B}[1;5".utf8), atEnd: true) == [.skip(length: 5)])
        // A UTF-8 character split between two reads waits for its last byte.
        let ø = Array("ø".utf8)
        #expect(steps([ø[0]], atEnd: false) == [.incomplete])
        #expect(steps([0x1B, ø[0]], atEnd: false) == [.incomplete])
        #expect(steps([ø[0]], atEnd: true) == [.skip(length: 1)])
    }

    @Test func bytesThatAreNotUTF8OrNotPrintableAreSkipped() {
        // A stray continuation byte, an overlong "/", a surrogate, beyond U+10FFFF, a C1 control, 0xFF.
        let hostile: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC2, 0x9B], [0xFF]]
        for bytes in hostile {
            let found = steps(bytes)
            #expect(found.allSatisfy { if case .skip = $0 { true } else { false } }, "\(bytes) gave \(found)")
        }
        #expect(keys("\u{00}\u{1C}\u{1F}") == [])
        #expect(steps([0xC0, 0xAF, 0x61]).last == .key(.character("a"), length: 1))
    }

    @Test func theTerminalsOwnKeyStringsWin() {
        // The Linux console: F1 is ESC [ [ A, and its Home is ESC [ 1 ~ (as the standard one).
        let console = KeyDecoder(terminalKeys: [(Array("\u{1B}[[A".utf8), .function(1)), (Array("\u{1B}[1~".utf8), .home)])
        #expect(keys("\u{1B}[[A\u{1B}[1~\u{1B}[A", decoder: console) == [.function(1), .home, .up])
        #expect(steps(Array("\u{1B}[[".utf8), decoder: console, atEnd: false) == [.incomplete])
        // A terminal whose Delete sends what xterm's Insert does.
        let odd = KeyDecoder(terminalKeys: [(Array("\u{1B}[2~".utf8), .delete)])
        #expect(keys("\u{1B}[2~", decoder: odd) == [.delete])
        // Strings that do not start with Esc, or are too long to pack, are left to the rest.
        let ignored = KeyDecoder(terminalKeys: [([0x7F], .delete), (Array("\u{1B}[123456789~".utf8), .home)])
        #expect(keys("\u{7F}", decoder: ignored) == [.backspace])
    }

    @Test func manyKeysInOneReadComeOneByOne() {
        let typed = "\u{1B}[Bå\u{1B}[B\u{1B}[A\r"
        #expect(keys(typed) == [.down, .character("å"), .down, .up, .enter])
    }
}

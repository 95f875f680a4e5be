@testable import AgreementUI
import Testing

/// The diff and the encoder together, end to end: random frames, each sent as the bytes that
/// bring the last one to it, are replayed on a small model of a terminal, which must then show
/// every cell of the frame with its text and its role — whatever was on it before.
@Suite("Frames replayed on a model terminal show exactly the frame sent")
struct FrameReplayTests {
    /// Every role a marker of its own (`<selection>`), cursor moves as xterm's, 宽 two columns.
    static let strings = TerminalStrings(
        addressing: .ansi, renditions: Role.allCases.map { Array("<\($0)>".utf8) }, reset: Array("<reset>".utf8),
        clear: Array("<clear>".utf8), showCursor: Array("<show>".utf8), hideCursor: Array("<hide>".utf8),
        writesLastCell: true, width: { $0 == 0x5BBD ? 2 : 1 })

    /// The same, but `normal` drawn with the reset alone and erases (`ESC [ n X`) understood:
    /// the encoder then leaves plain blanks to the clear and erases long stretches of them.
    static let plainStrings: TerminalStrings = {
        var strings = FrameReplayTests.strings
        strings.renditions[Role.normal.ordinal] = strings.reset
        strings.erasesCharacters = true
        return strings
    }()

    /// What the terminal shows: a text and a role per cell, the cursor, the rendition in force.
    struct ModelTerminal {
        let rows: Int, columns: Int
        /// The role the reset rendition draws (nil: none, and a clear leaves cells unknown).
        var plainRole: String?
        var text: [[String]], role: [[String]]
        var x = 0, y = 0
        /// False after a character in the last column: the next one would wrap, so the encoder must move first.
        var placed = true
        var rendition = "reset"
        var problems: [String] = []

        init(rows: Int, columns: Int) {
            self.rows = rows
            self.columns = columns
            text = Array(repeating: Array(repeating: "?", count: columns), count: rows)
            role = Array(repeating: Array(repeating: "?", count: columns), count: rows)
        }

        mutating func feed(_ bytes: [UInt8]) {
            var rest = Substring(String(decoding: bytes, as: UTF8.self))
            while let first = rest.first {
                if first == "\u{1B}" {
                    // ESC [ row ; column H, or ESC [ count X (erase)
                    guard let end = rest.firstIndex(where: { $0 == "H" || $0 == "X" }) else { problems.append("unfinished escape"); return }
                    let numbers = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].split(separator: ";").compactMap { Int($0) }
                    if rest[end] == "X" {
                        guard numbers.count == 1, let plainRole, placed else { problems.append("odd erase \(rest[...end].debugDescription)"); return }
                        for column in x..<min(columns, x + numbers[0]) {
                            text[y][column] = " "
                            role[y][column] = rendition == "reset" ? plainRole : rendition
                        }
                        rest = rest[rest.index(after: end)...]
                        continue
                    }
                    guard numbers.count == 2 else { problems.append("odd escape \(rest[..<end].debugDescription)"); return }
                    (y, x, placed) = (numbers[0] - 1, numbers[1] - 1, true)
                    rest = rest[rest.index(after: end)...]
                } else if first == "<", let end = rest.firstIndex(of: ">") {
                    let name = String(rest[rest.index(after: rest.startIndex)..<end])
                    switch name {
                    case "clear":
                        (x, y, placed) = (0, 0, true)
                        if let plainRole, rendition == "reset" {
                            text = Array(repeating: Array(repeating: " ", count: columns), count: rows)
                            role = Array(repeating: Array(repeating: plainRole, count: columns), count: rows)
                        }
                    case "show", "hide": break
                    default: rendition = name
                    }
                    rest = rest.dropFirst(name.count + 2)
                } else {
                    draw(first)
                    rest = rest.dropFirst()
                }
            }
        }

        private mutating func draw(_ character: Character) {
            guard placed, (0..<rows).contains(y), (0..<columns).contains(x) else {
                problems.append("«\(character)» written where the cursor is not known (\(x), \(y))")
                return
            }
            let width = character == "宽" ? 2 : 1
            let drawn = rendition == "reset" ? plainRole ?? rendition : rendition
            text[y][x] = String(character)
            role[y][x] = drawn
            if width == 2, x + 1 < columns {
                text[y][x + 1] = ""
                role[y][x + 1] = drawn
            }
            if x + width < columns { x += width } else { placed = false }
        }
    }

    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = ["a", "b", "Z", " ", "æ", "ø", "─", "│", "宽", "é", "xyz", "宽宽"]

    func edit(_ screen: inout Screen, _ random: inout Random, times: Int) {
        for _ in 0..<times {
            if random.next(6) == 0 {
                // A stretch of blanks (a pane cleared): long ones are erased where the terminal can.
                screen.fill(Rect(x: random.next(screen.width), y: random.next(screen.height), width: 1 + random.next(40), height: 1 + random.next(3)),
                            role: random.next(3) == 0 ? .selection : .normal)
                continue
            }
            let text = (0..<(1 + random.next(3))).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            _ = screen.put(text, x: random.next(screen.width), y: random.next(screen.height), role: Role.allCases[random.next(8)])
        }
    }

    @Test(arguments: [1, 2, 3, 4], [false, true])
    func everyFrameLeavesTheTerminalShowingIt(seed: UInt64, plain: Bool) {
        var random = Random(state: seed)
        let width = 8 + random.next(60), height = 2 + random.next(10)
        var encoder = FrameEncoder(strings: plain ? Self.plainStrings : Self.strings)
        var terminal = ModelTerminal(rows: height, columns: width)
        terminal.plainRole = plain ? "normal" : nil
        var previous: Screen?
        for frame in 0..<300 {
            var next = previous ?? Screen(width: width, height: height)
            // Small edits (a moved highlight), now and then a frame of many (another screen).
            edit(&next, &random, times: random.next(10) == 0 ? 40 : 1 + random.next(4))
            encoder.encode(from: previous, to: next, rows: height, columns: width)
            terminal.feed(encoder.output)
            for y in 0..<height {
                for x in 0..<width where terminal.text[y][x] != next[x, y].text || terminal.role[y][x] != "\(next[x, y].role)" {
                    Issue.record("frame \(frame), cell (\(x), \(y)): the terminal shows «\(terminal.text[y][x])» as \(terminal.role[y][x]), the frame «\(next[x, y].text)» as \(next[x, y].role)")
                    return
                }
            }
            #expect(terminal.problems.isEmpty, "frame \(frame): \(terminal.problems)")
            guard terminal.problems.isEmpty else { return }
            previous = next
        }
    }
}

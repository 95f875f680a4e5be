import Foundation
import Testing

/// The keys as a terminal sends them, read by the real binary (`InputReader`, `KeyDecoder`):
/// an escape sequence whose bytes arrive apart, sequences no key here has, the numeric keypad,
/// and Esc itself — in the picker, whose filter shows what was typed and whose selection what
/// moved.
@Suite("Keys as the terminal sends them, in the real binary")
struct KeyInputEndToEndTests {
    private func open(_ store: InterfaceTests.SampleStore, escapeDelay: Int) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, "--store", store.path], width: 120, height: 40,
                                   environment: ["ESCDELAY": String(escapeDelay)])
        try tmux.waitFor("velg avtale")
        return tmux
    }

    /// The picker's line shown selected (reverse video), as text.
    private func selected(_ tmux: TmuxSession) -> String? {
        tmux.captureWithEscapes().split(separator: "\n").first { $0.contains("\u{1B}[0;7m") }
            .map { String($0).replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
    }

    private func filter(_ tmux: TmuxSession) -> String {
        tmux.capture().split(separator: "\n").first { $0.contains("Filter:") }.map(String.init) ?? ""
    }

    @Test func anArrowWhoseBytesArriveApartIsStillAnArrowWithinTheEscDelay() throws {
        let store = try InterfaceTests.SampleStore()
        // A slow link: ESCDELAY (as curses reads it) gives the rest of a sequence two seconds.
        let tmux = try open(store, escapeDelay: 2000)
        let first = try #require(selected(tmux))
        tmux.send(bytes: "1b")
        Thread.sleep(forTimeInterval: 0.3)
        tmux.send(bytes: "5b", "42")
        let moved = try tmux.waitUntil("the selection moved down") { _ in self.selected(tmux).map { $0 != first } ?? false }
        #expect(!moved.isEmpty && filter(tmux).contains("Filter: ▏"), "nothing typed into the filter: \(filter(tmux))")
        tmux.send(keys: "q")
        try tmux.waitUntil("q typed into the filter") { $0.contains("Filter: q") }
        tmux.send(keys: "C-u", "Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func sequencesWithNoKeyAreDroppedAndTheKeypadTypesDigits() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store, escapeDelay: 25)
        let first = try #require(selected(tmux))
        // Ctrl-Down, Shift-F5 and a focus report: no key here, nothing typed, nothing moved.
        tmux.send(bytes: "1b", "5b", "31", "3b", "35", "42")
        tmux.send(bytes: "1b", "5b", "31", "35", "3b", "32", "7e")
        tmux.send(bytes: "1b", "5b", "49")
        // The numeric keypad in application mode: ESC O q is 1, ESC O w is 7.
        tmux.send(bytes: "1b", "4f", "71")
        tmux.send(bytes: "1b", "4f", "77")
        try tmux.waitUntil("the keypad's digits in the filter") { $0.contains("Filter: 17") }
        #expect(!filter(tmux).contains("["), "no sequence typed as text: \(filter(tmux))")
        tmux.send(keys: "C-u")
        try tmux.waitUntil("the filter cleared") { $0.contains("Filter: ▏") }
        #expect(selected(tmux) == first)
        // Esc alone, after its delay: an empty filter's Esc quits.
        tmux.send(keys: "Escape")
        #expect(try tmux.waitForExit() == 0)
    }
}

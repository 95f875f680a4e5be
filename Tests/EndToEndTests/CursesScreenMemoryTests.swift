import Foundation
import Testing

/// ncurses keeps three screens of its own (stdscr, curscr, newscr: 28 bytes a cell each) that the
/// app never draws into — its frames go out through `FrameEncoder`. They are held at one cell
/// (`cn_newterm_one_cell`, SIGWINCH taken by the app): at 300×100 they would be 2.5 MB of heap.
/// The real binary in tmux is made large (the resize is the app's: curses never sees it), then
/// suspended and resumed (curses measures the terminal again when it takes it back), and its heap
/// must stay far below what those screens would add.
@Suite("ncurses' own screens stay at one cell: the real binary in tmux")
struct CursesScreenMemoryTests {
    @Test func growingTheWindowDoesNotGrowCursesScreens() throws {
        let store = NSTemporaryDirectory() + "lederavtale-curses-memory-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: store) }
        let initialised = try CommandRunner.run(["init", "--sample", "--store", store])
        try #require(initialised.status == 0, "init failed: \(initialised.stderr)")
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store], width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitForSettled("Frivillighet")
        // The program itself, not tmux or the shell whose command lines name it too.
        let pid = try #require(TmuxSession.processIDs(matching: "hoeggen-skole-2011 --store \(store)").first { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("lederavtale") == true
        }, "no process found")
        let before = try #require(Self.heapKilobytes(pid), "no heap in /proc/\(pid)/smaps")

        tmux.resize(width: 300, height: 100)
        try Self.waitForMainScreen(tmux, context: "after the resize")
        // Suspended and resumed from outside: curses takes the terminal back (endwin, refresh) and
        // measures it again then.
        #expect(kill(pid, SIGTSTP) == 0)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(kill(pid, SIGCONT) == 0)
        Thread.sleep(forTimeInterval: 0.3)
        try Self.waitForMainScreen(tmux, context: "after the resume")
        let after = try #require(Self.heapKilobytes(pid), "no heap in /proc/\(pid)/smaps")
        // Three curses screens at 300×100 are 2,520 kB, at 120×40 403 kB: 2.1 MB more. The app's own
        // frames at that size are a few hundred kB.
        #expect(after - before < 1_000, "the heap grew from \(before) kB at 120×40 to \(after) kB at 300×100: curses' screens were made the terminal's size")

        // And the program still takes keys and quits normally.
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Waits for the main screen drawn at 300×100.
    static func waitForMainScreen(_ tmux: TmuxSession, context: String) throws {
        try tmux.waitUntil("the main screen at 300×100 \(context)") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.first?.contains("Hoeggen skole 2011") == true && lines.prefix(100).contains { $0.hasPrefix("└") && $0.count > 200 }
        }
    }

    /// The resident kB of the process's heap (`[heap]` in /proc/PID/smaps).
    static func heapKilobytes(_ pid: Int32) -> Int? {
        // Read to its end: /proc's files have no size for a one-shot read to go by.
        guard let file = FileHandle(forReadingAtPath: "/proc/\(pid)/smaps"), let data = try? file.readToEnd() else { return nil }
        let smaps = String(decoding: data, as: UTF8.self)
        var inHeap = false
        for line in smaps.split(separator: "\n") {
            if line.hasSuffix("[heap]") { inHeap = true; continue }
            if inHeap, line.hasPrefix("Rss:") {
                return Int(line.split(separator: " ").dropFirst().first ?? "")
            }
        }
        return nil
    }
}

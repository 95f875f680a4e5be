import Foundation
import Testing

/// The time reference in the real binary: the sample store's own date, `--today` and `LEDERAVTALE_TODAY`.
@Suite("The date deadlines are reckoned from")
struct TimeReferenceEndToEndTests {
    @Test func theSampleStoreSaysItsDateAndNewLogEntriesGetIt() throws {
        let store = try InterfaceTests.SampleStore()
        #expect(FileManager.default.fileExists(atPath: store.path + "/store.json"))
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen", "--store", store.path], width: 120, height: 40)
        let screen = try tmux.waitFor("per 15.09.2011")
        #expect(screen.contains("O Oppfølging"))
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("= 15.09.2011")
        tmux.send(keys: "Escape")
        // Esc and q sent together would arrive as Alt-q.
        try tmux.waitUntil("the form closed") { !$0.contains("= 15.09.2011") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theOptionAndTheEnvironmentWinAndABadDateIsRefused() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen", "--store", store.path, "--today", "2011-12-05"], width: 120, height: 40,
                                   environment: ["LEDERAVTALE_TODAY": "2011-06-30"])
        try tmux.waitFor("per 05.12.2011")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let bad = try CommandRunner.run(["list", "--store", store.path, "--today", "i morgen"])
        #expect(bad.status == 2, "\(bad.stderr)")
    }
}

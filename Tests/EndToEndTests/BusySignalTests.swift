import Foundation
import Testing

/// A quit signal while the app is stuck in long work (issue 14.7): the process still ends
/// promptly, the half-typed form is kept as a draft and offered at the next start, the lock is
/// released and the terminal restored. `LEDERAVTALE_TEST_BUSY_SECONDS` makes F12 spin the CPU
/// without looking at signals, as a long loop would.
@Suite("Signals while the app is busy", .serialized)
struct BusySignalTests {
    static let id = "hoeggen-skole-2011"

    @Test(arguments: [("TERM", Int32(143)), ("HUP", Int32(129)), ("QUIT", Int32(131))])
    func aSignalDuringLongWorkKeepsTheHalfTypedForm(signal: String, status: Int32) throws {
        let store = try InterfaceTests.SampleStore()
        let command = [CommandRunner.binary, Self.id, "--store", store.path]
        let tmux = try TmuxSession(command: command, width: 120, height: 40, environment: ["LEDERAVTALE_TEST_BUSY_SECONDS": "60"])
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Halvskrevet før travelheten – skal tilbys igjen")
        try tmux.waitFor("skal tilbys igjen")
        tmux.send(keys: "F12")  // 60 s of work that never looks at signals
        Thread.sleep(forTimeInterval: 0.5)
        let sent = ContinuousClock.now
        #expect(TmuxSession.signal(signal, matching: "^\(CommandRunner.binary) \(Self.id) --store \(store.path)"))
        #expect(try tmux.waitForExit(timeout: .seconds(10)) == status)
        let took = ContinuousClock.now - sent
        #expect(took < .seconds(6), "\(signal): ended \(took) after the signal, not after the 60 s of work")
        print("\(signal) during 60 s of work: ended \(took) after the signal")
        #expect(!tmux.alternateScreenOn, "\(signal): the terminal is restored")
        #expect(!FileManager.default.fileExists(atPath: store.path + "/.\(Self.id).lock"), "\(signal): the lock is released")
        let draft = try String(contentsOfFile: store.path + "/.\(Self.id).draft.json", encoding: .utf8)
        #expect(draft.contains("Halvskrevet før travelheten"), "\(signal): the half-typed text is kept")

        let again = try TmuxSession(command: command, width: 120, height: 40)
        try again.waitFor("Utkast fra en avbrutt økt")
        again.send(keys: "g")
        try again.waitFor("skal tilbys igjen")
        again.send(keys: "Enter")
        try again.waitFor("Loggføring lagt til")
        again.send(keys: "q")
        #expect(try again.waitForExit() == 0)
    }
}

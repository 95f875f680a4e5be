import AgreementKit
import AgreementStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary in tmux under hostile conditions: suspended and resumed, NO_COLOR=, terminals
/// without an alternate screen, another machine's lock, a full disk when the session dies, and
/// text a terminal cannot show in one cell.
@Suite("The terminal under hostile conditions", .serialized)
struct TerminalHostileTests {
    static let id = "hoeggen-skole-2011"

    private func open(_ store: InterfaceTests.SampleStore, environment: [String: String] = [:], width: Int = 120) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, Self.id, "--store", store.path], width: width, height: 40, environment: environment)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    private func pid(_ store: InterfaceTests.SampleStore) throws -> Int32 {
        try #require(TmuxSession.processIDs(matching: "^\(CommandRunner.binary) \(Self.id) --store \(store.path)").first)
    }

    /// The state letter of /proc/<pid>/stat (R, S, T …).
    private func state(_ pid: Int32) -> Character? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].dropFirst().first
    }

    private func waitForState(_ pid: Int32, _ wanted: Character) throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while state(pid) != wanted {
            guard ContinuousClock.now < deadline else { throw TmuxSession.Failure(description: "process \(pid) never reached state \(wanted) (is \(String(describing: state(pid))))") }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @Test(arguments: ["key", "signal"])
    func suspendedAndResumedEveryModeIsBack(how: String) throws {
        let store = try InterfaceTests.SampleStore()
        // A shell with job control, as a user has: Ctrl-Z stops the job, fg continues it.
        let tmux = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], width: 120, height: 40, environment: ["PS1": "prompt$ "])
        try tmux.waitFor("prompt$")
        tmux.type("\(CommandRunner.binary) \(Self.id) --store \(store.path)")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        // Frames are written without output processing; the shell gets its own modes back.
        #expect(tmux.outputProcessing == "-opost", "output processing is off while the interface runs")
        let process = try pid(store)
        if how == "key" { tmux.send(keys: "C-z") } else { kill(process, SIGTSTP) }
        try waitForState(process, "T")
        try tmux.waitFor("Stopped")
        #expect(!tmux.alternateScreenOn, "the terminal is given back while stopped")
        #expect(tmux.outputProcessing == "opost", "the shell's output processing is back while stopped")
        tmux.type("fg")
        tmux.send(keys: "Enter")
        try tmux.waitUntil("the form back on the alternate screen") { $0.contains("Ny loggføring") && tmux.alternateScreenOn }
        #expect(tmux.outputProcessing == "-opost", "and off again after fg")
        // Bracketed paste is on again: a pasted line break stays in the form instead of confirming it.
        tmux.paste("første linje\nandre linje etter pausen")
        try tmux.waitFor("andre linje etter pausen")
        #expect(tmux.capture().contains("Ny loggføring"), "the paste did not confirm the form")
        #expect(!(try String(contentsOfFile: store.path + "/\(Self.id).json", encoding: .utf8)).contains("første linje"))
        tmux.send(keys: "Escape")
        try tmux.waitUntil("form closed") { !$0.contains("Ny loggføring") }
        tmux.send(keys: "q")
        try tmux.waitUntil("back at the prompt") { _ in state(process) == nil }
        #expect(!tmux.alternateScreenOn)
        #expect(tmux.outputProcessing == "opost", "the shell's output processing is back after quitting")
    }

    @Test func aSignalWhileTheAppIsBusyStillEndsItPromptly() throws {
        let store = try InterfaceTests.SampleStore()
        let agreements = AgreementStore(root: store.path)
        var agreement = try agreements.load(Self.id)
        var generator = SplitMix64(seed: 5000)
        let day = LocalDate(year: 2011, month: 3, day: 14) ?? LocalDate.today()
        agreement.goalAreas[0].rows[0].log = (0..<5_000).map { n in
            LogEntry(id: ItemID.random(using: &generator), date: day, text: "Loggføring \(n) om dugnad og frivillighet på skolen, lang nok til å brytes over flere linjer")
        }
        try agreements.save(agreement)
        let tmux = try open(store)
        tmux.send(keys: "Down")
        tmux.send(keys: "Tab")
        tmux.send(keys: "Tab")
        tmux.send(keys: "End")  // long work on a 5,000-entry log: signals are not read between keys
        // Give the keys before End time to be done, so the signal lands in the middle of the work.
        Thread.sleep(forTimeInterval: 2)
        let busy = state(try pid(store)) == "R"
        let sent = ContinuousClock.now
        #expect(TmuxSession.signal("TERM", matching: "^\(CommandRunner.binary) \(Self.id) --store \(store.path)"))
        #expect(try tmux.waitForExit(timeout: .seconds(8)) == 143)
        #expect(ContinuousClock.now - sent < .seconds(6), "ended within the grace period")
        #expect(!tmux.alternateScreenOn, "the terminal is restored")
        print("signal while busy: the app was \(busy ? "busy (R)" : "idle") when SIGTERM came; it ended after \(ContinuousClock.now - sent)")
    }

    @Test func anEmptyNoColorIsIgnoredAndASetOneTurnsColourOff() throws {
        let store = try InterfaceTests.SampleStore()
        let empty = try open(store, environment: ["NO_COLOR": ""])
        #expect(empty.captureWithEscapes().contains("38;5;"), "NO_COLOR= (empty) keeps colour")
        empty.send(keys: "q")
        #expect(try empty.waitForExit() == 0)
        let set = try open(store, environment: ["NO_COLOR": "1"])
        #expect(!set.captureWithEscapes().contains("38;5;"))
        set.send(keys: "q")
        #expect(try set.waitForExit() == 0)
    }

    @Test(arguments: ["linux", "vt100"])
    func aTerminalWithoutAnAlternateScreenIsClearedOnExit(term: String) throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store, environment: ["TERM": term])
        #expect(tmux.capture().contains("Avslutt"))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let after = tmux.capture()
        #expect(!after.contains("Avslutt") && !after.contains("Frivillighet"), "\(term): the last frame is left under the prompt:\n\(after)")
    }

    /// The Linux console's terminfo names Ctrl-Z its suspend key (`kspd=^Z`), so curses hands it
    /// over as KEY_SUSPEND: it must stop the job there too, leave a clean screen (there is no
    /// alternate screen to leave), and `fg` must bring the whole frame back.
    @Test func ctrlZSuspendsOnATerminalWhoseSuspendKeyItIs() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], width: 120, height: 40, environment: ["PS1": "prompt$ ", "TERM": "linux"])
        try tmux.waitFor("prompt$")
        tmux.type("\(CommandRunner.binary) \(Self.id) --store \(store.path)")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Frivillighet")
        let process = try pid(store)
        tmux.send(keys: "C-z")
        try waitForState(process, "T")
        let stopped = try tmux.waitFor("Stopped")
        #expect(!stopped.contains("Frivillighet"), "the frame is cleared away while stopped:\n\(stopped)")
        tmux.type("fg")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "q")
        try tmux.waitUntil("back at the prompt") { _ in state(process) == nil }
    }

    @Test func anotherMachinesLockNamesItsHolderAndAge() throws {
        let store = try InterfaceTests.SampleStore()
        try #"{"host":"annen-maskin","pid":15745,"since":"2011-03-14T10:42:00+01:00"}"#
            .write(toFile: store.path + "/.\(Self.id).lock", atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(command: [CommandRunner.binary, Self.id, "--store", store.path], width: 250, height: 40)
        // The header shows as much as fits beside the store's «per» date; the status line has the
        // whole of the catalogue's heldElsewhere (with the age).
        try tmux.waitFor("Skrivebeskyttet – åpen i en annen økt på en annen maskin (annen-maskin, prosess 15745, siden 14.03.2011 10:42")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: store.path + "/.\(Self.id).lock"), "another machine's lock is left alone")
    }

    @Test func checkShowsTheLockOfARunningSession() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store)
        let check = try CommandRunner.run(["check", "--store", store.path])
        #expect(check.stdout.contains("lås på \(Self.id): "), "\(check.stdout)")
        #expect(check.stdout.contains("prosess \(try pid(store))") && check.stdout.contains("– i bruk"), "\(check.stdout)")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(.enabled(if: EditingEndToEndTests.canMount, "needs root to mount a tmpfs"))
    func afterAFailedSaveTheDraftGoesToTheStateFolderAndIsOfferedAgain() throws {
        let mountPoint = NSTemporaryDirectory() + "lederavtale-full-draft-" + UUID().uuidString
        let state = NSTemporaryDirectory() + "lederavtale-state-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer {
            _ = try? CommandRunner.system(["/bin/umount", mountPoint])
            try? FileManager.default.removeItem(atPath: mountPoint)
            try? FileManager.default.removeItem(atPath: state)
        }
        #expect(try CommandRunner.system(["/bin/mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]) == 0)
        let store = mountPoint + "/store"
        #expect(try CommandRunner.run(["init", "--sample", "--store", store]).status == 0)
        _ = try CommandRunner.system(["/bin/dd", "if=/dev/zero", "of=\(mountPoint)/filler", "bs=4096"])
        let environment = ["XDG_STATE_HOME": state]
        let tmux = try TmuxSession(command: [CommandRunner.binary, Self.id, "--store", store], width: 120, height: 40, environment: environment)
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Ord som ikke får plass på disken")
        tmux.send(keys: "Enter")
        try tmux.waitFor("disken er full")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Halvskrevet etter den feilede lagringen")
        try tmux.waitFor("feilede lagringen")
        #expect(TmuxSession.signal("TERM", matching: "^\(CommandRunner.binary) \(Self.id) --store \(store)"))
        _ = try tmux.waitForExit()
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: state + "/lederavtale/drafts")) ?? []
        #expect(drafts.count == 1 && drafts.first?.hasSuffix("-\(Self.id).draft.json") == true, "\(drafts)")
        let draft = try String(contentsOfFile: state + "/lederavtale/drafts/" + (drafts.first ?? ""), encoding: .utf8)
        #expect(draft.contains("Halvskrevet etter den feilede lagringen"))
        let attributes = try FileManager.default.attributesOfItem(atPath: state + "/lederavtale/drafts/" + (drafts.first ?? ""))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // Space again: the next start offers it.
        try FileManager.default.removeItem(atPath: mountPoint + "/filler")
        let again = try TmuxSession(command: [CommandRunner.binary, Self.id, "--store", store], width: 120, height: 40, environment: environment)
        try again.waitFor("Utkast fra en avbrutt økt")
        again.kill()
    }

    @Test func clustersATerminalCannotShowInOneCellKeepTheLineItsWidth() throws {
        let store = try InterfaceTests.SampleStore()
        let agreements = AgreementStore(root: store.path)
        var agreement = try agreements.load(Self.id)
        let text = "Tommel 👍🏽 familie 👨‍👩‍👧‍👦 hjerte ❤️ flagg 🇳🇴 e\u{337}\u{322}\u{31B}\u{31B}\u{316}\u{317}\u{318}\u{319}\u{31A}\u{31C}x slutt"
        agreement.goalAreas[0].rows[0].log = [LogEntry(id: "emoji01", date: LocalDate(year: 2011, month: 3, day: 14) ?? LocalDate.today(), text: text)]
        try agreements.save(agreement)
        let tmux = try open(store)
        tmux.send(keys: "Down")
        let screen = try tmux.waitFor("Tommel")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Tommel") })
        #expect(line.contains("Tommel \u{FFFD}  familie \u{FFFD}  hjerte ❤️ flagg 🇳🇴 \u{FFFD}x slutt"), "\(line)")
        #expect(Self.columns(String(line)) == 120, "\(line)")
        #expect(line.hasSuffix("│"))
        #expect(try String(contentsOfFile: store.path + "/\(Self.id).json", encoding: .utf8).contains(text), "the text stays as typed")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Columns of a captured line as tmux 3.3 counts them for what the app sends.
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0xFE00...0xFE0F, 0x200D, 0x300...0x36F: total
            case 0x1F1E6...0x1F1FF: total + 1
            default: total + (scalar.properties.isEmojiPresentation ? 2 : 1)
            }
        }
    }
}

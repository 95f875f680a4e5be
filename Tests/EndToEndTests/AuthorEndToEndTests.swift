import Foundation
import Testing

/// Who the history names for the app's saves, and when git is asked for it: beside the keys once an
/// agreement can be changed, never inside the first save, and not at all when the config has a name.
@Suite("The history's author: found beside the keys")
struct AuthorEndToEndTests {
    /// A folder with a `git` of its own that notes each call's arguments and answers `config user.name`,
    /// and an empty config folder.
    final class World {
        let root = NSTemporaryDirectory() + "lederavtale-author-" + UUID().uuidString
        var calls: String { root + "/calls" }

        init() throws {
            try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/config", withIntermediateDirectories: true)
            let script = """
                #!/bin/sh
                echo "$*" >> '\(calls)'
                case "$*" in *"config user.name") echo "Gunn Git"; exit 0 ;; esac
                exit 1

                """
            try script.write(toFile: root + "/bin/git", atomically: true, encoding: .utf8)
            #expect(chmod(root + "/bin/git", 0o755) == 0)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// The fake git first on PATH, no identity from the environment, the config in the world.
        var environment: [String: String] {
            ["PATH": root + "/bin:/usr/bin:/bin", "XDG_CONFIG_HOME": root + "/config", "GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": ""]
        }

        /// The arguments of every call of the fake git so far.
        var recorded: [String] {
            ((try? String(contentsOfFile: calls, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        /// Waits (at most 10 s) until git has been called; what was recorded by then.
        func firstCalls() -> [String] {
            let deadline = ContinuousClock.now + .seconds(10)
            while recorded.isEmpty, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            return recorded
        }
    }

    /// A log entry on the Frivillighet row, saved; then quit.
    private func saveOneEntry(_ tmux: TmuxSession) throws {
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Skrevet av den som git kjenner")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Lagret")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    private func history(_ store: String) throws -> String {
        try String(contentsOfFile: store + "/hoeggen-skole-2011/history.json", encoding: .utf8)
    }

    @Test func gitIsAskedForTheNameRightAfterTheFirstFrameAndTheFirstSaveUsesItsAnswer() throws {
        let world = try World()
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], environment: world.environment)
        try tmux.waitFor("Frivillighet")
        // No key pressed yet: the name is found while the user reads the screen.
        let calls = world.firstCalls()
        #expect(calls.count == 1 && calls.allSatisfy { $0.hasSuffix("config user.name") },
                "git asked once, for the name only, before any key: \(calls)")
        try saveOneEntry(tmux)
        #expect(world.recorded.count == 1, "the save asked git nothing more: \(world.recorded)")
        #expect(try history(store.path).contains("\"person\" : \"Gunn Git\""), "the history names git's user")
    }

    @Test func withANameInTheConfigGitIsNeverAsked() throws {
        let world = try World()
        let set = try CommandRunner.run(["config", "set", "name", "Kari Konfig"], environment: world.environment)
        #expect(set.status == 0, "config set name: \(set.stderr)")
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], environment: world.environment)
        try tmux.waitFor("Frivillighet")
        try saveOneEntry(tmux)
        // It used to ask for `user.email` at the first save, which the history does not keep.
        #expect(world.recorded.isEmpty, "git was asked: \(world.recorded)")
        #expect(try history(store.path).contains("\"person\" : \"Kari Konfig\""), "the history names the config's name")
    }

    @Test func aReadOnlySessionDoesNotAskGit() throws {
        let world = try World()
        let store = try InterfaceTests.SampleStore()
        let first = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], environment: world.environment)
        try first.waitFor("Frivillighet")
        #expect(world.firstCalls().count == 1)
        // A second session on the same agreement can only read it: nothing to name, nothing asked.
        let second = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 140,
                                     environment: world.environment)
        try second.waitFor("skrivebeskyttet – åpen i en annen økt")
        second.send(keys: "Down")
        second.send(keys: "Up")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(world.recorded.count == 1, "git asked again by a session that cannot save: \(world.recorded)")
        second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
        first.send(keys: "q")
        #expect(try first.waitForExit() == 0)
    }
}

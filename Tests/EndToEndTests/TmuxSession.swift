@testable import AgreementStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One command running in a detached session of a private tmux server, driven and read like a user would.
///
/// Every instance has its own server (`tmux -L <unique>`), so tests may run in parallel. The command
/// runs under a small `sh` wrapper that writes its exit status to a file and then keeps the pane
/// alive: tmux 3.3 loses either the exit status or the visible screen when a pane's process exits
/// quickly (measured), so `waitForExit` reads the file and the last screen stays capturable.
/// `remain-on-exit` is on as well, and `#{pane_dead_status}` is the fallback if the wrapper dies.
final class TmuxSession {
    /// What went wrong, with the last screen when there was one.
    struct Failure: Error, CustomStringConvertible {
        var description: String

        /// Box-drawing characters are written as ASCII: Swift Testing 6.3 on Linux silently drops an
        /// issue whose message contains them, and a failure must always say what broke.
        init(description: String) {
            self.description = String(description.unicodeScalars.map { scalar -> Character in
                switch scalar.value {
                case 0x2500, 0x2501, 0x254C, 0x254D: "-"
                case 0x2502, 0x2503, 0x254E, 0x254F: "|"
                case 0x2500...0x257F: "+"
                default: Character(scalar)
                }
            })
        }
    }

    let socket: String
    let command: [String]
    private let statusFile: URL
    private var killed = false
    private static let target = "e2e"

    /// Variables the command inherits from the test process; nothing else leaks in (`swift test` sets NO_COLOR=1).
    static let inherited = ["PATH", "HOME", "TMPDIR", "USER", "LOGNAME", "LANG"]

    /// Starts `command` in a `width`×`height` session. Its environment is only the `inherited` variables,
    /// `TERM=tmux-256color`, `SWIFT_BACKTRACE=interactive=no` and `LEDERAVTALE_LANG=nb`, then `environment` (which wins).
    init(command: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        precondition(!command.isEmpty, "TmuxSession needs a command")
        socket = "lederavtale-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.command = command
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status")
        let parent = ProcessInfo.processInfo.environment
        let base = Dictionary(uniqueKeysWithValues: Self.inherited.compactMap { key in parent[key].map { (key, $0) } })
        // Bokmål unless a test asks otherwise, whatever the machine's locale or the user's config.
        let variables = base.merging(["TERM": "tmux-256color", "SWIFT_BACKTRACE": "interactive=no", "LEDERAVTALE_LANG": "nb"]) { _, new in new }
            .merging(environment) { _, new in new }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let wrapper = #"env -i "$@"; s=$?; printf '%s' "$s" > "$0"; exec sleep 2147483647"#
        let result = Self.tmux(socket, ["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                                        "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", Self.target,
                                        "sh", "-c", wrapper, statusFile.path] + variables + command)
        guard result.status == 0 else {
            Self.tmux(socket, ["kill-server"])
            throw Failure(description: "tmux new-session failed (\(result.status)): \(result.error)")
        }
    }

    deinit { kill() }

    /// Sends tmux key names: "Enter", "C-j", "M-x", "BTab", "Up", "q" …
    func send(keys: String...) {
        run(["send-keys", "-t", Self.target] + keys)
    }

    /// Sends raw bytes, given in hex ("1b", "5b", "42"), as the terminal would (send-keys -H).
    func send(bytes: String...) {
        run(["send-keys", "-t", Self.target, "-H"] + bytes)
    }

    /// Types `text` literally (send-keys -l).
    func type(_ text: String) {
        run(["send-keys", "-t", Self.target, "-l", "--", text])
    }

    /// Pastes `text` as a terminal would: wrapped in bracketed-paste markers when the program
    /// asked for them (paste-buffer -p), else as plain typing.
    func paste(_ text: String) {
        run(["set-buffer", "-b", "e2e-paste", "--", text])
        run(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", Self.target])
    }

    /// The process ids whose command line matches `pattern` (pgrep -f).
    static func processIDs(matching pattern: String) -> [Int32] {
        Spawn.run(["pgrep", "-f", pattern], environment: ProcessInfo.processInfo.environment).output
            .split(separator: "\n").compactMap { Int32($0) }
    }

    /// The visible screen as text, one line per row.
    func capture() -> String {
        run(["capture-pane", "-p", "-t", Self.target]).output
    }

    /// The visible screen with colours and attributes as SGR escapes (capture-pane -p -e).
    func captureWithEscapes() -> String {
        run(["capture-pane", "-p", "-e", "-t", Self.target]).output
    }

    /// Sends signal `name` (TERM, HUP, INT, KILL) to the processes whose command line matches `pattern`.
    @discardableResult
    static func signal(_ name: String, matching pattern: String) -> Bool {
        Spawn.run(["pkill", "-\(name)", "-f", pattern], environment: ProcessInfo.processInfo.environment).status == 0
    }

    /// True while the program has the terminal's alternate screen switched on.
    var alternateScreenOn: Bool {
        run(["display-message", "-p", "-t", Self.target, "#{alternate_on}"]).output.hasPrefix("1")
    }

    /// The output-processing flag of the pane's terminal as `stty` prints it: "opost" or "-opost".
    var outputProcessing: String {
        let tty = run(["display-message", "-p", "-t", Self.target, "#{pane_tty}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let modes = Spawn.run(["sh", "-c", "stty -a < \(tty)"], environment: ProcessInfo.processInfo.environment).output
        return modes.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).first { $0 == "opost" || $0 == "-opost" } ?? "?"
    }

    /// Resizes the window; the program gets SIGWINCH.
    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until it contains `text` and returns that screen once two captures agree
    /// (briefly: at most a second, for screens that keep changing); throws with the last screen
    /// on timeout. A frame is one write, but tmux may read a large one from the pty in pieces, and
    /// `text` may be in the first: what else the test reads from the screen must be there too.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        var screen = try waitUntil("«\(text)»", timeout: timeout) { $0.contains(text) }
        let deadline = ContinuousClock.now + .seconds(1)
        while ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            let next = capture()
            if next == screen { break }
            if next.contains(text) { screen = next }
        }
        return screen
    }

    /// Like `waitFor`, and then until the screen stays the same for 100 ms.
    @discardableResult
    func waitForSettled(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        var last = ""
        return try waitUntil("«\(text)» on a settled screen", timeout: timeout) { screen in
            defer { last = screen }
            guard screen.contains(text), screen == last else { return false }
            Thread.sleep(forTimeInterval: 0.1)
            return capture() == screen
        }
    }

    /// Polls the screen until `condition` holds and returns that screen; throws with the last screen on timeout.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = capture()
            if condition(screen) { return screen }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); last screen:\n\(screen)")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Waits for the command to end and returns its exit status (128 + n when signal n killed it).
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), let status = Int32(text) {
                return status
            }
            let pane = run(["display-message", "-p", "-t", Self.target,
                            "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}"]).output
            let fields = pane.split(separator: " ", omittingEmptySubsequences: false)
            if fields.first == "1", fields.count == 3, let code = Int32(fields[1]) ?? Int32(fields[2]).map({ 128 + $0 }) {
                return code
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out after \(timeout) waiting for \(command.joined(separator: " ")) to exit; last screen:\n\(capture())")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Ends the server and everything in it; safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        Self.tmux(socket, ["kill-server"])
        try? FileManager.default.removeItem(at: statusFile)
    }

    @discardableResult
    private func run(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        Self.tmux(socket, arguments)
    }

    /// Runs `tmux -u -f /dev/null -L socket arguments…` and collects its output.
    @discardableResult
    private static func tmux(_ socket: String, _ arguments: [String]) -> (status: Int32, output: String, error: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        return Spawn.run(["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments, environment: environment)
    }
}

/// Starts a program with a clean signal mask and default signal actions and waits for it with waitpid.
///
/// Not Foundation's `Process`, on purpose (measured here): a child it spawns from a Swift Testing
/// worker thread inherits that thread's signal mask, so the tmux server started that way had
/// SIGTERM and SIGCHLD blocked (kill-server did nothing, pane exit statuses were lost) and the test
/// run hung. Output goes to unlinked temporary files opened close-on-exec, so a daemon that
/// inherits a descriptor cannot keep a reader waiting for end of file.
private enum Spawn {
    static func run(_ arguments: [String], environment: [String: String]) -> (status: Int32, output: String, error: String) {
        guard let output = TemporaryFile(), let error = TemporaryFile() else { return (-1, "", "no temporary file") }
        let pid: pid_t
        do {
            pid = try ChildProcess.start(arguments, environment: environment, output: output.descriptor, error: error.descriptor, searchPath: true)
        } catch {
            return (-1, "", "\(error)")
        }
        var status: Int32 = 0
        var waited: pid_t
        repeat { waited = waitpid(pid, &status, 0) } while waited == -1 && errno == EINTR
        let exitStatus: Int32 = waited == -1 ? 0 : (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, output.contents(), error.contents())
    }

    /// An unlinked temporary file, open for reading and writing, closed on deinit (and on exec).
    private final class TemporaryFile {
        let descriptor: Int32

        init?() {
            let path = NSTemporaryDirectory() + "/tmux-session-\(UUID().uuidString)"
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return nil }
            unlink(path)
        }

        deinit { close(descriptor) }

        func contents() -> String {
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65536)
            lseek(descriptor, 0, SEEK_SET)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count > 0 { data += buffer[0..<count] } else if count == -1 && errno == EINTR { continue } else { break }
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

extension TmuxSession {
    /// Path of a built executable: `$LEDERAVTALE_BINARY` if set, else `.build/debug/<name>` in the
    /// package root, three levels above this file (Tests/EndToEndTests/TmuxSession.swift).
    static func builtBinary(named name: String = "lederavtale", filePath: String = #filePath) -> String {
        if name == "lederavtale", let override = ProcessInfo.processInfo.environment["LEDERAVTALE_BINARY"], !override.isEmpty {
            return override
        }
        return packageRoot(filePath: filePath).appendingPathComponent(".build/debug/\(name)").path
    }

    /// The package root: three levels above the test file.
    static func packageRoot(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

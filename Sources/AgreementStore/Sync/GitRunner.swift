#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs git: the store's one way to its repository, behind a protocol so that what sync decides
/// can be tested with a scripted git, and with the real one in a temporary folder.
public protocol GitRunner: Sendable {
    /// Runs `git ARGUMENTS` in `directory` with `environment` added to the process's own.
    func run(_ arguments: [String], in directory: String, environment: [String: String]) -> GitResult
}

extension GitRunner {
    public func run(_ arguments: [String], in directory: String) -> GitResult {
        run(arguments, in: directory, environment: [:])
    }
}

/// How a git command went.
public struct GitResult: Sendable, Equatable {
    /// The exit status; -1 when git could not be started.
    public var status: Int32
    public var output: Data
    public var error: Data
    /// Set when git ran past the time it was given and was stopped: the seconds it had.
    public var timedOutAfter: Int?

    public init(status: Int32, output: Data = Data(), error: Data = Data(), timedOutAfter: Int? = nil) {
        self.status = status
        self.output = output
        self.error = error
        self.timedOutAfter = timedOutAfter
    }

    public var succeeded: Bool { status == 0 && timedOutAfter == nil }
    /// Standard output as text, without the last line break.
    public var text: String {
        var text = String(decoding: output, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
    /// git's own words when something failed: its last line (the `fatal:` or `error:` one).
    public var errorText: String {
        let lines = String(decoding: error, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.last(where: { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") }) ?? lines.last ?? ""
    }

    /// True when git refused to commit because it does not know who commits.
    public var lacksIdentity: Bool {
        let text = String(decoding: error, as: UTF8.self)
        return text.contains("Please tell me who you are") || text.contains("empty ident name") || text.contains("unable to auto-detect email")
    }
}

/// The real git, found on PATH, started with `posix_spawn` (`ChildProcess`). Output goes to
/// temporary files (no pipe can fill up and block), standard input is /dev/null, and git never asks for anything on a terminal
/// (`GIT_TERMINAL_PROMPT=0`, ssh in batch mode): a remote that wants a password fails with
/// git's own words. A git that runs past `timeout` is stopped (a dead or stalled remote).
public struct LiveGitRunner: GitRunner {
    public let executable: String
    /// How long one git command may run, in seconds; nil for as long as it takes.
    public var timeout: Int?
    /// The ssh git uses when the user has not chosen one (`GIT_SSH_COMMAND`, `GIT_SSH` or
    /// `core.sshCommand`): never a password prompt, a bounded wait for the connection.
    public var sshCommand: String?

    public init(executable: String, timeout: Int? = nil, sshCommand: String? = nil) {
        self.executable = executable
        self.timeout = timeout
        self.sshCommand = sshCommand
    }

    /// ssh that never asks (a key or an agent, else a plain failure) and gives up on a host that
    /// does not answer within 15 seconds.
    public static let batchSSH = "ssh -o BatchMode=yes -o ConnectTimeout=15"

    /// git on PATH, or nil when there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> LiveGitRunner? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return LiveGitRunner(executable: candidate) }
        }
        return nil
    }

    /// The environment git runs with: the process's own, never a prompt, plain English from git,
    /// ssh in batch mode and http that gives up on a stalled transfer unless the user set their
    /// own, then `extra`.
    func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        if let sshCommand, env["GIT_SSH_COMMAND"] == nil, env["GIT_SSH"] == nil { env["GIT_SSH_COMMAND"] = sshCommand }
        if env["GIT_HTTP_LOW_SPEED_LIMIT"] == nil, env["GIT_HTTP_LOW_SPEED_TIME"] == nil {
            env["GIT_HTTP_LOW_SPEED_LIMIT"] = "1"
            env["GIT_HTTP_LOW_SPEED_TIME"] = "30"
        }
        for (key, value) in extra { env[key] = value }
        return env
    }

    public func run(_ arguments: [String], in directory: String, environment: [String: String]) -> GitResult {
        // `-C` rather than a change of directory: posix_spawn has no portable way to start a
        // program elsewhere, and git takes it as the same thing.
        do {
            let ending = try ChildProcess.run(executable, ["-C", directory] + arguments, environment: self.environment(environment), timeout: timeout)
            return GitResult(status: ending.timedOut ? -1 : ending.status, output: ending.output, error: ending.error,
                             timedOutAfter: ending.timedOut ? timeout : nil)
        } catch {
            return GitResult(status: -1, error: Data(error.description.utf8))
        }
    }
}

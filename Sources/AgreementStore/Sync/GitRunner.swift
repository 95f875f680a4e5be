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

    public init(status: Int32, output: Data = Data(), error: Data = Data()) {
        self.status = status
        self.output = output
        self.error = error
    }

    public var succeeded: Bool { status == 0 }
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

/// The real git, found on PATH. Output goes to temporary files (no pipe can fill up and block),
/// standard input is /dev/null, and git never asks for anything on a terminal
/// (`GIT_TERMINAL_PROMPT=0`): a remote that wants a password fails with git's own words.
public struct LiveGitRunner: GitRunner {
    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// git on PATH, or nil when there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> LiveGitRunner? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return LiveGitRunner(executable: candidate) }
        }
        return nil
    }

    public func run(_ arguments: [String], in directory: String, environment: [String: String]) -> GitResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lederavtale-git-\(UUID().uuidString)")
        let outURL = scratch.appendingPathExtension("out"), errURL = scratch.appendingPathExtension("err")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil), FileManager.default.createFile(atPath: errURL.path, contents: nil),
              let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            return GitResult(status: -1, error: Data("cannot create temporary files".utf8))
        }
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            try? out.close()
            try? err.close()
            return GitResult(status: -1, error: Data("\(error)".utf8))
        }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return GitResult(status: process.terminationStatus, output: (try? Data(contentsOf: outURL)) ?? Data(),
                         error: (try? Data(contentsOf: errURL)) ?? Data())
    }
}

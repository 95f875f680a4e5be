import Foundation

/// Runs the built `lederavtale` binary as a user would, capturing output and exit status.
enum CommandRunner {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The debug binary that `swift build` / `swift test` produce, or `LEDERAVTALE_TEST_BINARY`
    /// (a long run from a copy of the build, while the package is built again).
    static var binary: String { ProcessInfo.processInfo.environment["LEDERAVTALE_TEST_BINARY"] ?? packageRoot + "/.build/debug/lederavtale" }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs any program to its end and returns its exit status (output discarded).
    @discardableResult
    static func system(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs the binary with arguments; stdin is /dev/null. Standard output goes to `outputFile`
    /// and standard error to `errorFile` (such as /dev/full) when given, else they are captured.
    static func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: String? = nil, executable: String = binary,
                    outputFile: String? = nil, errorFile: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        // Bokmål unless a test asks otherwise, whatever the machine's locale or the user's config
        // (an empty LEDERAVTALE_LANG counts as unset, so a test of the locale sets it to "").
        env["LEDERAVTALE_LANG"] = "nb"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe()
        if let outputFile {
            process.standardOutput = FileHandle(forWritingAtPath: outputFile)
            try? out.fileHandleForWriting.close()
        } else {
            process.standardOutput = out
        }
        if let errorFile {
            process.standardError = FileHandle(forWritingAtPath: errorFile)
            try? err.fileHandleForWriting.close()
        } else {
            process.standardError = err
        }
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let outData = outputFile == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = errorFile == nil ? err.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

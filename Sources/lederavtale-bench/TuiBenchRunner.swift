import Foundation

/// Runs tuibench.py: checks that Python has pexpect and pyte, writes the suite, runs it, reads the JSON.
struct TuiBenchRunner {
    /// One program to measure, as a tuibench suite entry.
    struct Target: Encodable {
        var name: String
        var cmd: [String]
        var marker: String
        var keys: String?
        var quit: String?
        var `repeat`: Int
        var key_reps: Int
        /// Discarded start-ups before the measured ones (tuibench's default is 1).
        var warmup: Int?
        /// Unmeasured keys sent after the first frame.
        var pre_keys: String?
        var size = "120x40"
        /// Seconds tuibench waits before the target for other CPU load to drop below 25 %.
        var wait_idle: Double = 0
        var env = ["ESCDELAY": "25"]
    }

    var script: String
    var python: String

    /// Fails with what to install when Python or its modules are missing.
    func checkPython() throws {
        let status = try? Self.run([python, "-c", "import pexpect, pyte"], quiet: true)
        guard status == 0 else {
            throw BenchFailure("""
            tuibench needs Python 3 with the modules pexpect and pyte (\(python) -c "import pexpect, pyte" failed).
            Install them with:  pip install pexpect pyte   (or: apt-get install python3-pexpect python3-pyte)
            """)
        }
    }

    /// Runs the targets in one tuibench run; tuibench's progress and table go to this terminal, the JSON is decoded.
    func run(_ targets: [Target], in folder: String, keepJSON: String?) throws -> TuiBenchReport {
        try run(entries: targets.map(Self.entry), in: folder, keepJSON: keepJSON)
    }

    /// Runs suite entries (targets as tuibench reads them, ours and the peers' mixed) in their order, in one run.
    func run(entries: [[String: Any]], in folder: String, keepJSON: String?) throws -> TuiBenchReport {
        let suite = folder + "/suite.json"
        let output = keepJSON ?? folder + "/tuibench.json"
        try JSONSerialization.data(withJSONObject: ["targets": entries], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            .write(to: URL(fileURLWithPath: suite))
        let status = try Self.run([python, script, "--suite", suite, "--json", output], quiet: false)
        guard let data = FileManager.default.contents(atPath: output) else {
            throw BenchFailure("tuibench exited with \(status) and wrote no results to \(output)")
        }
        return try JSONDecoder().decode(TuiBenchReport.self, from: data)
    }

    /// A target as a suite entry.
    static func entry(_ target: Target) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(target))
        guard let entry = object as? [String: Any] else { throw BenchFailure("a target did not encode as an object") }
        return entry
    }

    /// Runs a program found on PATH and returns its exit status.
    @discardableResult
    static func run(_ arguments: [String], quiet: Bool) throws -> Int32 {
        fflush(nil)  // keep this tool's lines before the child's in a redirected log
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if quiet {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

import Foundation

/// Runs this bench binary under valgrind's callgrind and reads the instruction count it reports.
enum Callgrind {
    /// The valgrind on PATH, if any.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/valgrind" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The instructions of each run, `jobs` runs at a time (every run is its own valgrind process,
    /// so running them side by side changes no count, only the wall time); the first failure is thrown.
    static func instructions(_ valgrind: String, runs: [[String]], jobs: Int) throws -> [Int] {
        let results = Results(count: runs.count)
        let next = Results(count: 0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, runs.count))) { _ in
            while let index = next.claim(below: runs.count) {
                results.set(index, Result { try instructions(valgrind, arguments: runs[index]) })
            }
        }
        return try results.values.map { try ($0 ?? .failure(BenchFailure("callgrind run not made"))).get() }
    }

    /// The results of runs made on several threads, and the next run to claim.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Result<Int, Error>?]
        private var claimed = 0

        init(count: Int) { stored = Array(repeating: nil, count: count) }

        var values: [Result<Int, Error>?] { lock.withLock { stored } }

        func set(_ index: Int, _ value: Result<Int, Error>) { lock.withLock { stored[index] = value } }

        /// The next unclaimed index below `limit`, or nil when all are taken.
        func claim(below limit: Int) -> Int? {
            lock.withLock {
                guard claimed < limit else { return nil }
                claimed += 1
                return claimed - 1
            }
        }
    }

    /// The instructions executed by `lederavtale-bench ARGUMENTS` (callgrind's "Collected").
    /// Hashing is made deterministic so the count repeats exactly.
    static func instructions(_ valgrind: String, arguments: [String]) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=/dev/null", bench] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchFailure("callgrind run of \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)):\n\(report.suffix(2000))")
        }
        guard let line = report.split(separator: "\n").first(where: { $0.contains("Collected :") }),
              let count = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw BenchFailure("callgrind reported no instruction count for \(arguments.joined(separator: " "))")
        }
        return count
    }
}

import Foundation

/// Runs this bench binary under valgrind's callgrind and reads the instruction count it reports.
enum Callgrind {
    /// The valgrind on PATH, if any.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/valgrind" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The instructions of each run in parts, `jobs` runs at a time (every run is its own valgrind process,
    /// so running them side by side changes no count, only the wall time); the first failure is thrown.
    static func instructions(_ valgrind: String, runs: [[String]], options: [String] = [], jobs: Int) throws -> [[Int]] {
        let results = Results(count: runs.count)
        let next = Results(count: 0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, runs.count))) { _ in
            while let index = next.claim(below: runs.count) {
                results.set(index, Result { try instructions(valgrind, arguments: runs[index], options: options) })
            }
        }
        return try results.values.map { try ($0 ?? .failure(BenchFailure("callgrind run not made"))).get() }
    }

    /// The results of runs made on several threads, and the next run to claim.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Result<[Int], Error>?]
        private var claimed = 0

        init(count: Int) { stored = Array(repeating: nil, count: count) }

        var values: [Result<[Int], Error>?] { lock.withLock { stored } }

        func set(_ index: Int, _ value: Result<[Int], Error>) { lock.withLock { stored[index] = value } }

        /// The next unclaimed index below `limit`, or nil when all are taken.
        func claim(below limit: Int) -> Int? {
            lock.withLock {
                guard claimed < limit else { return nil }
                claimed += 1
                return claimed - 1
            }
        }
    }

    /// The instructions executed by `lederavtale-bench ARGUMENTS`, in the parts callgrind cut them into
    /// (one part per `--dump-before` reached in `options`, then the rest up to the end; they add up to
    /// callgrind's "Collected"). Hashing is made deterministic so the counts repeat exactly.
    static func instructions(_ valgrind: String, arguments: [String], options: [String] = []) throws -> [Int] {
        let folder = NSTemporaryDirectory() + "lederavtale-callgrind-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=\(folder)/out", "--dump-line=no", "--compress-strings=yes"]
            + options + [bench] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let what = arguments.joined(separator: " ")
        guard process.terminationStatus == 0 else {
            throw BenchFailure("callgrind run of \(what) failed (\(process.terminationStatus)):\n\(report.suffix(2000))")
        }
        guard let line = report.split(separator: "\n").first(where: { $0.contains("Collected :") }),
              let collected = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw BenchFailure("callgrind reported no instruction count for \(what)")
        }
        let parts = try parts(in: folder)
        guard parts.reduce(0, +) == collected else {
            throw BenchFailure("callgrind's parts of \(what) (\(parts)) do not add up to its count \(collected)")
        }
        return parts
    }

    /// The instructions of each part callgrind wrote into `folder` («part: N», «totals: N»), in part order.
    private static func parts(in folder: String) throws -> [Int] {
        var parts: [(number: Int, total: Int)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            var number: Int?, total: Int?
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                if line.hasPrefix("part: ") { number = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
                if line.hasPrefix("totals: ") { total = Int(line.dropFirst(8).trimmingCharacters(in: .whitespaces)) }
            }
            guard let total else { throw BenchFailure("callgrind's file \(name) holds no totals") }
            parts.append((number ?? 1, total))
        }
        return parts.sorted { $0.number < $1.number }.map(\.total)
    }
}

import Foundation

/// The committed instruction counts each cost script is held to (`.ci/bench-baseline.json`).
struct CostBaseline: Codable {
    /// The instructions of one script: process start to first frame, and one key.
    struct Figures: Codable {
        var firstFrame: Int
        var perKey: Int
    }

    var version = 1
    var machine: String
    /// "release" or "debug": counts of one build are not comparable with the other's.
    var configuration: String
    var rounds: Int
    var scripts: [String: Figures]

    init(machine: String, configuration: String, rounds: Int, scripts: [String: Figures]) {
        self.machine = machine
        self.configuration = configuration
        self.rounds = rounds
        self.scripts = scripts
    }

    /// The committed baseline for the build this program is: release or debug (CI measures its debug build).
    static var committed: String {
        PackagePaths.root + "/.ci/bench-baseline-\(MachineInfo.configuration).json"
    }

    static func read(_ path: String) throws -> CostBaseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchFailure("no baseline at \(path); record one with `lederavtale-bench check --record`", code: 2)
        }
        do { return try JSONDecoder().decode(CostBaseline.self, from: data) } catch {
            throw BenchFailure("the baseline \(path) cannot be read: \(error)", code: 2)
        }
    }

    func write(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

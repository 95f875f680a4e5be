import Foundation

/// Keys of lederavtale and a peer pressed alternately, press by press, both programs open at once
/// (`.ci/perf/paired_keys.py`, measuring with tuibench's own terminal): a slow minute of the host
/// falls on both alike, where two blocks measured one after the other each meet their own minute.
struct PairedKeys {
    /// One side of a pair: a program, the text that shows its first frame and the key (or `a|b`) it is pressed with.
    struct Side: Encodable {
        var cmd: [String]
        var cwd: String?
        var marker: String
        var pre_keys: String?
        var keys: String
        var quit: String?
        var env: [String: String] = [:]
    }

    /// Our screen and the peer, at one size.
    struct Pair: Encodable {
        var name: String
        var size: String
        var own: Side
        var peer: Side
    }

    /// What the script writes for a pair.
    struct Result: Decodable {
        struct Figures: Decodable {
            var first_ms: TuiBenchReport.Summary?
            var nochange: Int
        }

        var name: String
        var size: String
        var error: String?
        var reps: Int?
        var host_busy_pct: Double?
        var own: Figures?
        var peer: Figures?
    }

    private struct Spec: Encodable {
        var reps: Int
        var warmup: Int
        var pairs: [Pair]
    }

    private struct Output: Decodable {
        var pairs: [Result]
    }

    var script: String
    var tuibench: String
    var python: String

    /// Runs every pair in order (the script prints one line per pair) and reads the results back;
    /// a pair whose program never showed its marker comes back with its error.
    func run(_ pairs: [Pair], reps: Int, in folder: String) throws -> [Result] {
        let spec = folder + "/paired.json", output = folder + "/paired-results.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(Spec(reps: reps, warmup: 2, pairs: pairs)).write(to: URL(fileURLWithPath: spec))
        let status = try TuiBenchRunner.run([python, script, "--tuibench", tuibench, "--spec", spec, "--json", output], quiet: false)
        guard let data = FileManager.default.contents(atPath: output) else {
            throw BenchFailure("\(script) exited with \(status) and wrote no results to \(output)")
        }
        return try JSONDecoder().decode(Output.self, from: data).pairs
    }

    /// A pair's name: the screen, its key and the size, as the ratio table names its rows.
    static func name(screen: String, key: String, size: String) -> String { "\(screen) \(key) @ \(size)" }
}

import Foundation
import Testing

/// The benchmark tool: deterministic stores that `lederavtale check` accepts, and a complete figure table.
/// No timing is asserted here: test machines are shared.
@Suite("lederavtale-bench: generate and run")
struct BenchToolTests {
    /// The debug bench binary that `swift build` puts next to `lederavtale`.
    private static var bench: String { CommandRunner.packageRoot + "/.build/debug/lederavtale-bench" }

    private func temporaryFolder() -> String {
        NSTemporaryDirectory() + "lederavtale-bench-test-" + UUID().uuidString
    }

    /// Runs the bench binary to its end, capturing its output.
    private func runBench(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments, executable: Self.bench)
    }

    /// Every file of a folder with its bytes.
    private func contents(of folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test func theSameSeedGivesByteIdenticalStoresThatPassCheck() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        for folder in [first, second] {
            let result = try runBench(["generate", "--agreements", "3", "--seed", "1", "--store", folder])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try contents(of: first), b = try contents(of: second)
        #expect(a.keys.filter { $0.hasSuffix(".private.json") }.count == 3)
        #expect(a.keys.filter { !$0.hasSuffix(".private.json") }.count == 3)
        #expect(a == b)
        let text = a.filter { !$0.key.hasSuffix(".private.json") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(text.contains("æ") && text.contains("ø") && text.contains("å"))

        let check = try CommandRunner.run(["check", "--store", first])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("totalt: 3 avtaler"))
        #expect(check.stdout.contains("alt i orden"), "\(check.stdout)")
    }

    @Test func aDifferentSeedGivesADifferentStore() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        _ = try runBench(["generate", "--agreements", "3", "--seed", "1", "--store", first])
        _ = try runBench(["generate", "--agreements", "3", "--seed", "2", "--store", second])
        #expect(try contents(of: first) != contents(of: second))
    }

    @Test func runPrintsEveryRowOfTheTable() throws {
        let result = try runBench(["run", "--agreements", "20", "--iterations", "20"])
        // 0 when every target is met, 1 when one is missed (likely in a debug build); never a usage error.
        #expect(result.status == 0 || result.status == 1, "\(result.stdout)\(result.stderr)")
        let rows = [
            "| what", "load one agreement, 20 store", "load one agreement, 1-agreement store", "load: 20 store / 1-agreement store",
            "open by id → first frame in-process (load + state + render), 20 store",
            "open by id → first frame in-process (load + state + render), sample",
            "save one agreement, sample (as the app saves", "save one agreement, largest generated (as the app saves", "render main screen 120×40",
            "key → frame, main screen (update + render): median", "key → frame, main screen (update + render): p95",
            "key → frame, picker of 20 (update + render): median", "key → frame, picker of 20 (update + render): p95",
            "list 20, cold", "list 20, warm", "peak memory of this process (VmHWM",
            "overview of 20: first frame after the picker (Ctrl-O → index → lines → render)",
            "key → frame, overview of 20 (typing into the filter, F5): median", "key → frame, overview of 20 (typing into the filter, F5): p95",
            "goal matrix of ", "of 20 (release binary",
            "key → frame, a row with a 5,000-entry log", "key → frame, the 5,000-entry log pane", "key → frame, search in the 5,000-entry log",
            "key → frame, 300 goal areas", "key → frame, a 200 kB log text in the editor",
            "filter key, picker of 20 (s, k, o typed and taken back): p95", "filter key, overview of 20 (s, k, o typed and taken back): p95",
            "key → frame, goal matrix of 20 (across and down): p95",
            "key → frame, overview of the samples", "key → frame, matrix of the samples", "key → frame, wheel of the samples",
            "key → frame, scorecard of the samples", "key → frame, conversation of the samples",
        ]
        for row in rows {
            #expect(result.stdout.contains(row), "missing row «\(row)» in:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("machine: "))
    }

    @Test func usageErrorsAndRefusalsExitWithTwo() throws {
        let store = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try runBench(["run", "--iterations", "0"]).status == 2)
        #expect(try runBench(["generate"]).status == 2)
        #expect(try runBench(["generate", "--agreements", "1", "--store", store]).status == 0)
        let again = try runBench(["generate", "--agreements", "1", "--store", store])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds agreements"))
        #expect(try runBench(["peers", "--sizes", "wide"]).status == 2)
        #expect(try runBench(["check", "--jobs", "0"]).status == 2)
    }

    /// The instruction guard: one callgrind run per script gives both figures, and a script 10 % (or more)
    /// above its baseline fails while one at its baseline passes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/valgrind"), "needs valgrind"))
    func checkFailsAScriptMoreThanTenPerCentAboveItsBaseline() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let baseline = folder + "/baseline.json"
        let recorded = try runBench(["check", "--only", "help", "--rounds", "1", "--record", "--baseline", baseline])
        #expect(recorded.status == 0, "\(recorded.stdout)\(recorded.stderr)")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: baseline))) as? [String: Any])
        var scripts = try #require(document["scripts"] as? [String: [String: Int]])
        let help = try #require(scripts["help"])
        let firstFrame = try #require(help["firstFrame"]), perKey = try #require(help["perKey"])
        #expect(firstFrame > 10_000_000 && perKey > 100_000, "both figures measured: \(help)")

        let same = try runBench(["check", "--only", "help", "--rounds", "1", "--baseline", baseline])
        #expect(same.status == 0, "at its own baseline: \(same.stdout)\(same.stderr)")

        for figure in ["firstFrame", "perKey"] {
            var lowered = help
            lowered[figure] = Int(Double(help[figure] ?? 0) / 1.12)
            scripts["help"] = lowered
            document["scripts"] = scripts
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: baseline))
            let above = try runBench(["check", "--only", "help", "--rounds", "1", "--baseline", baseline])
            #expect(above.status == 1, "\(figure) 12 % above its baseline must fail: \(above.stdout)\(above.stderr)")
            #expect(above.stdout.contains("%: help: " + (figure == "perKey" ? "per key" : "first frame")), "the miss names the figure: \(above.stdout)")
        }
    }
}

import ArgumentParser
import Foundation

/// `lederavtale-bench check`: counts the instructions of each cost script under valgrind's
/// callgrind — the first frame, and per key — and compares them with the committed baseline.
/// Instruction counts do not drift with the load of a shared machine as times do, so this is the
/// regression guard CI runs: a script more than 10 % above its baseline fails.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Counts instructions per screen (callgrind) against the committed baseline.",
        discussion: """
        Each script starts on one screen, draws the first frame and replays a fixed key mix that comes back
        to where it started, --rounds times. Measured once under callgrind, cut where the keys begin and end,
        which gives the instructions of the first frame (process start and end included) and of one key
        (update + render).
        Each build configuration has its own baseline: .ci/bench-baseline-release.json (representative figures,
        `swift build -c release --product lederavtale-bench`) and .ci/bench-baseline-debug.json (what CI checks
        after the tests, from the debug build they already made). Counts are deterministic (SWIFT_DETERMINISTIC_HASHING).
        Exit status: 0 within the tolerance, 1 a script costs more than that above its baseline, 2 usage errors
        or valgrind missing.
        """
    )

    @Option(help: ArgumentHelp("The baseline file.", valueName: "FILE"))
    var baseline: String = CostBaseline.committed

    @Option(help: "Rounds of each script's keys in the measured run.")
    var rounds: Int = 2

    @Option(help: "Allowed growth over the baseline, in per cent.")
    var tolerance: Double = 10

    @Option(help: ArgumentHelp("Only these scripts (comma-separated names).", valueName: "NAMES"))
    var only: String?

    @Option(help: "Callgrind runs at a time (counts do not depend on it; the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write the figures measured now as the new baseline.")
    var record = false

    func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        guard let valgrind = Callgrind.locate() else {
            throw BenchFailure("valgrind is not installed (apt-get install valgrind)", code: 2)
        }
        let names = only.map { Set($0.split(separator: ",").map(String.init)) }
        let scripts = CostScript.all.filter { names?.contains($0.name) ?? true }
        let base = record ? nil : try CostBaseline.read(baseline)
        if let base, base.configuration != MachineInfo.configuration {
            throw BenchFailure("the baseline \(baseline) is for a \(base.configuration) build; this is a \(MachineInfo.configuration) build", code: 2)
        }
        print("machine: \(MachineInfo.summary)")
        var table = ResultTable()
        var measured: [String: CostBaseline.Figures] = [:]
        let runs = scripts.map { ["replay", $0.name, "--rounds", String(rounds)] }
        let counts = try Callgrind.instructions(valgrind, runs: runs, options: CostMarks.callgrindOptions, jobs: jobs)
        for (script, parts) in zip(scripts, counts) {
            guard parts.count == 3 else {
                throw BenchFailure("callgrind cut the replay of \(script.name) into \(parts.count) parts, not 3 (start, keys, end): are the CostMarks there?")
            }
            let perKey = parts[1] / (rounds * script.keys.count)
            let figures = CostBaseline.Figures(firstFrame: parts[0] + parts[2], perKey: perKey)
            measured[script.name] = figures
            add(script, figures, against: base?.scripts[script.name], to: &table)
        }
        print("")
        print(table.text)
        if record {
            try CostBaseline(machine: MachineInfo.host, configuration: MachineInfo.configuration, rounds: rounds, scripts: measured).write(baseline)
            print("baseline written to \(baseline)")
            return
        }
        if !table.allMet {
            print("above the baseline by more than \(Format.number(tolerance)) %: " + table.missed.map(\.what).joined(separator: "; "))
            print("if the cost is deliberate, record a new baseline: lederavtale-bench check --record")
            throw ExitCode(1)
        }
    }

    private func add(_ script: CostScript, _ figures: CostBaseline.Figures, against base: CostBaseline.Figures?, to table: inout ResultTable) {
        let rows: [(String, Int, Int?)] = [("first frame (start included)", figures.firstFrame, base?.firstFrame), ("per key", figures.perKey, base?.perKey)]
        for (what, value, reference) in rows {
            let label = "\(script.name): \(what)"
            let shown = Format.instructions(value)
            guard let reference, !record else {
                table.info(label, shown, note: record ? "recorded" : "no baseline")
                continue
            }
            let change = reference == 0 ? 0 : (Double(value) / Double(reference) - 1) * 100
            table.check(label, "\(shown) (\(change >= 0 ? "+" : "")\(Format.number(change)) %)",
                        target: "≤ \(Format.instructions(Int(Double(reference) * (1 + tolerance / 100))))", ok: change <= tolerance)
        }
    }
}

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
        Each script starts on one screen, draws the first frame and replays a fixed key mix that comes back \
        to where it started, --rounds times. Measured once under callgrind, cut where the keys begin and end, \
        which gives the instructions of the first frame (process start and end included) and of one key \
        (update + render).

        Each build configuration has its own baseline: .ci/bench-baseline-release.json (representative figures, \
        `swift build -c release --product lederavtale-bench`) and .ci/bench-baseline-debug.json (what CI checks \
        after the tests, from the debug build they already made). Counts are deterministic (SWIFT_DETERMINISTIC_HASHING).

        Exit status: 0 within the tolerance, 1 a script costs more than that above its baseline, 2 usage errors \
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
        let runs = Self.runs(of: scripts)
        // The costliest runs first (by the baseline's figures), so no core is left with a long run at the end.
        let order = runs.indices.sorted { expectedCost(of: runs[$0], base) > expectedCost(of: runs[$1], base) }
        let measuredInOrder = try Callgrind.instructions(
            valgrind, runs: order.map { ["replay", runs[$0].map(\.name).joined(separator: ","), "--rounds", String(rounds)] },
            options: CostMarks.callgrindOptions, jobs: jobs)
        var counts = Array(repeating: [Int](), count: runs.count)
        for (index, parts) in zip(order, measuredInOrder) { counts[index] = parts }
        for (run, parts) in zip(runs, counts) {
            guard parts.count == 2 * run.count + 1 else {
                throw BenchFailure("callgrind cut the replay of \(run.map(\.name).joined(separator: ",")) into \(parts.count) parts, not \(2 * run.count + 1) (start, keys, … end): are the CostMarks there?")
            }
            for (index, script) in run.enumerated() {
                // The first frame of a script: from the previous script's last key (or the process start) to its
                // first key; the last script of a run also carries the process end.
                let firstFrame = parts[2 * index] + (index == run.count - 1 ? parts[2 * run.count] : 0)
                let figures = CostBaseline.Figures(firstFrame: firstFrame, perKey: parts[2 * index + 1] / (rounds * script.keys.count))
                measured[script.name] = figures
                add(script, figures, against: base?.scripts[script.name], to: &table)
            }
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

    /// The callgrind runs: one per script, but the scripts of a group share one, in the order of `scripts`.
    static func runs(of scripts: [CostScript]) -> [[CostScript]] {
        var runs: [[CostScript]] = []
        var groups: [String: Int] = [:]
        for script in scripts {
            if let group = script.group, let index = groups[group] {
                runs[index].append(script)
            } else {
                if let group = script.group { groups[group] = runs.count }
                runs.append([script])
            }
        }
        return runs
    }

    /// The instructions a run is expected to take, from the baseline (0 without one).
    private func expectedCost(of run: [CostScript], _ base: CostBaseline?) -> Int {
        run.reduce(0) { total, script in
            guard let figures = base?.scripts[script.name] else { return total }
            return total + figures.firstFrame + figures.perKey * script.keys.count * rounds
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

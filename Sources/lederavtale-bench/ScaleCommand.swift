import ArgumentParser

/// `lederavtale-bench scale`: only the scale rows of `run` (a 5,000-entry log, 300 goal areas,
/// a 200 kB field), without generating a store.
struct ScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Measures key → frame at the sizes that once froze the app (5,000-entry log, 300 goal areas, 200 kB field)."
    )

    @Option(help: "Measured rounds of each script's keys.")
    var rounds: Int = 10

    func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        print("machine: \(MachineInfo.summary)")
        var table = ResultTable()
        var sink = 0
        try InProcessBench.scale(rounds: rounds, into: &table, sink: &sink)
        print("")
        print(table.text)
        if sink == -1 { print(sink) }
        if MachineInfo.configuration == "debug" { print("note: debug build; run `swift build -c release` and .build/release/lederavtale-bench for real figures") }
        if !table.allMet { throw ExitCode(1) }
    }
}

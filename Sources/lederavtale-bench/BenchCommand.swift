import ArgumentParser

/// The command line of lederavtale-bench: generate a large store, measure in-process, measure the real binary.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lederavtale-bench",
        abstract: "Measures lederavtale against its performance targets.",
        discussion: """
        Build with `swift build -c release` and run .build/release/lederavtale-bench: \
        debug figures are not representative.

        Exit status: 0 every target met, 1 a target missed or a step failed, 2 usage errors.
        """,
        subcommands: [GenerateCommand.self, RunCommand.self, ScaleCommand.self, TuiCommand.self, PeersCommand.self, CostCommand.self, ReplayCommand.self]
    )
}

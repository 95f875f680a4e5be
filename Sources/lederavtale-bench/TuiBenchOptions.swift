import ArgumentParser
import Foundation

/// The options `tui` and `peers` share for a tuibench run of the release binary, and the set-up both
/// make from them: the binary and tuibench found, Python checked.
struct TuiBenchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The lederavtale binary (default: .build/release/lederavtale).", valueName: "PATH"))
    var binary: String?

    @Option(help: "Measured start-ups per target (median).")
    var `repeat`: Int = 10

    @Option(help: "The Python interpreter.")
    var python: String = "python3"

    @Option(help: ArgumentHelp("Before each target, wait up to this many seconds for other CPU load to drop below 25 %.", valueName: "SECONDS"))
    var waitIdle: Double = 0

    @Option(help: ArgumentHelp("Also keep tuibench's full JSON here.", valueName: "FILE"))
    var json: String?

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    /// The binary to measure and a runner for `script` (tuibench.py) whose Python has pexpect and pyte;
    /// fails with what to do when one of them is missing.
    func prepare(script: String, missingScript: String) throws -> (program: String, runner: TuiBenchRunner) {
        guard FileManager.default.fileExists(atPath: script) else { throw BenchFailure(missingScript) }
        let program = binary ?? PackagePaths.releaseBinary
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw BenchFailure("\(program) not found: run `swift build -c release` first (or pass --binary PATH)")
        }
        let runner = TuiBenchRunner(script: script, python: python)
        try runner.checkPython()
        return (program, runner)
    }
}

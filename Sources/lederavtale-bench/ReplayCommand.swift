import AgreementUI
import ArgumentParser

/// `lederavtale-bench replay SCRIPT --rounds N`: builds a script's starting state, renders it, then
/// replays its keys N times (update + render each), between the two `CostMarks`. Run under callgrind by
/// `check`, which reads the first frame and the keys from one run; prints a checksum.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replays one cost script in-process (what `check` measures under callgrind).",
        shouldDisplay: false
    )

    @Argument(help: "The script's name (see `check`).")
    var script: String

    @Option(help: "Rounds of the script's keys after the first frame.")
    var rounds: Int = 1

    func run() throws {
        guard let script = CostScript.named(script) else {
            throw ValidationError("no script «\(self.script)»; the scripts are \(CostScript.all.map(\.name).joined(separator: ", "))")
        }
        var state = try script.start()
        var sink = CostMarks.keysBegin(Renderer.render(state, size: script.size).cells.count)
        for _ in 0..<max(0, rounds) {
            for key in script.keys {
                sink &+= state.update(.key(key)).count
                sink &+= Renderer.render(state, size: script.size).cells.count
            }
        }
        print(CostMarks.keysEnd(sink))
    }
}

import AgreementUI
import ArgumentParser

/// `lederavtale-bench replay SCRIPT[,SCRIPT…] --rounds N`: for each script in turn, builds its starting
/// state, renders it, then replays its keys N times (update + render each), between the two `CostMarks`.
/// Run under callgrind by `check`, which reads each script's first frame and keys from one run (a group
/// of scripts shares one); prints a checksum.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replays cost scripts in-process (what `check` measures under callgrind).",
        shouldDisplay: false
    )

    @Argument(help: "The scripts' names, comma-separated (see `check`).")
    var scripts: String

    @Option(help: "Rounds of each script's keys after its first frame.")
    var rounds: Int = 1

    func run() throws {
        var sink = 0
        for name in scripts.split(separator: ",").map(String.init) {
            guard let script = CostScript.named(name) else {
                throw ValidationError("no script «\(name)»; the scripts are \(CostScript.all.map(\.name).joined(separator: ", "))")
            }
            var state = try script.start()
            sink &+= CostMarks.keysBegin(Renderer.render(state, size: script.size).cells.count)
            for _ in 0..<max(0, rounds) {
                for key in script.keys {
                    sink &+= state.update(.key(key)).count
                    sink &+= Renderer.render(state, size: script.size).cells.count
                }
            }
            sink = CostMarks.keysEnd(sink)
        }
        print(sink)
    }
}

import AgreementUI
import ArgumentParser

/// `lederavtale-bench replay SCRIPT[,SCRIPT…] --rounds N`: for each script in turn, builds its starting
/// state, renders it, then replays its keys N times (update + render + the bytes for an xterm-like
/// terminal, `FrameEncoder`, each; the saves they ask for, in a script that edits), between the two `CostMarks`.
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
            var saver = try script.saves ? ScriptSaver(agreementID: state.core.document?.agreement.id ?? "") : nil
            defer { saver?.remove() }
            var encoder = FrameEncoder(strings: Self.terminal)
            var previous = Renderer.render(state, size: script.size)
            encoder.encode(from: nil, to: previous, rows: script.size.height, columns: script.size.width)
            sink &+= CostMarks.keysBegin(previous.cells.count &+ encoder.output.count)
            for _ in 0..<max(0, rounds) {
                for key in script.keys {
                    let effects = state.update(.key(key))
                    sink &+= effects.count
                    for effect in effects { sink &+= try saver?.perform(effect) ?? 0 }
                    let screen = Renderer.render(state, size: script.size)
                    encoder.encode(from: previous, to: screen, rows: script.size.height, columns: script.size.width)
                    sink &+= screen.cells.count &+ encoder.output.count
                    previous = screen
                }
            }
            sink = CostMarks.keysEnd(sink)
        }
        print(sink)
    }

    /// An xterm-256color-like terminal: ANSI addressing, a colour of its own per role.
    static let terminal = TerminalStrings(
        addressing: .ansi,
        renditions: Role.allCases.map { Array("\u{1B}(B\u{1B}[m\u{1B}[38;5;\($0.ordinal + 16)m\u{1B}[48;5;\(($0.ordinal * 7) % 240 + 16)m".utf8) },
        reset: Array("\u{1B}(B\u{1B}[m".utf8), clear: Array("\u{1B}[H\u{1B}[2J".utf8),
        showCursor: Array("\u{1B}[?12l\u{1B}[?25h".utf8), hideCursor: Array("\u{1B}[?25l".utf8), writesLastCell: true,
        width: { DisplayWidth.width(of: Unicode.Scalar($0) ?? " ") })
}

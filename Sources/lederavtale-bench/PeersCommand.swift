import AgreementStore
import ArgumentParser
import Foundation

/// `lederavtale-bench peers`: lederavtale beside calcurse, tig and vim in one tuibench run — first frame,
/// key → screen change per screen (browse, detail, meeting, overview) and peak memory at each size —
/// printed as ratios to the peers first, then the absolute figures (the README's bench table). At each
/// size tig is measured right before and right after lederavtale's screens; then every key of ours is
/// pressed alternately with tig's, both programs open at once, and the key targets are judged on those.
struct PeersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Measures lederavtale beside calcurse, tig and vim in the same tuibench run.",
        discussion: """
        Runs ../shared/tools/peers/peers.sh (installs calcurse, tig, vim, pexpect and pyte, generates \
        their data and their tuibench suite) unless --no-setup, then measures the peers and the release \
        binary on the sample store at every size in one tuibench run, tig right before and right after \
        lederavtale's screens at each size. Then each of lederavtale's keys is pressed alternately with \
        tig's, press by press, both programs open at once (.ci/perf/paired_keys.py), so that the host's \
        drift falls on both alike. Prints the ratios (keys against tig's alternate presses: median ≤ 1.5×, \
        p95 ≤ 1×, the blocks' ratios beside; first frame against calcurse; memory against vim and tig) \
        and the absolute figures, with the machine, the date and the host load; --markdown writes the \
        tables.
        """
    )

    @OptionGroup var options: TuiBenchOptions

    @Option(help: ArgumentHelp("Where the peers' data and suite go (kept between runs).", valueName: "DIR"))
    var peersDir: String = "/tmp/lederavtale-peers"

    @Flag(help: "Reuse the peers' data and suite in --peers-dir instead of running peers.sh.")
    var noSetup = false

    @Option(help: ArgumentHelp("Terminal sizes, comma-separated.", valueName: "WxH,..."))
    var sizes: String = "120x40,200x60"

    @Option(help: "Measured presses per key.")
    var keyReps: Int = 40

    @Option(help: ArgumentHelp("The folder holding tuibench/ and peers/ (default: ../shared/tools from the package).", valueName: "DIR"))
    var tools: String?

    @Option(help: ArgumentHelp("Write the tables as Markdown here (for the README).", valueName: "FILE"))
    var markdown: String?

    func validate() throws {
        guard keyReps >= 1 else { throw ValidationError("--key-reps must be at least 1") }
        guard !sizeList.isEmpty else { throw ValidationError("--sizes: give sizes as WxH, e.g. 120x40,200x60") }
    }

    var sizeList: [String] {
        sizes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { size in
            let parts = size.split(separator: "x")
            return parts.count == 2 && parts.allSatisfy { Int($0).map { $0 > 0 } ?? false }
        }
    }

    func run() throws {
        let toolFolder = tools ?? PackagePaths.sharedTools
        let script = toolFolder + "/tuibench/tuibench.py", setup = toolFolder + "/peers/peers.sh"
        let missing = " not found; pass --tools DIR (the folder holding tuibench/ and peers/)"
        guard FileManager.default.fileExists(atPath: setup) else { throw BenchFailure(setup + missing) }
        let (program, runner) = try options.prepare(script: script, missingScript: script + missing)
        let pairedScript = PackagePaths.root + "/.ci/perf/paired_keys.py"
        guard FileManager.default.fileExists(atPath: pairedScript) else { throw BenchFailure(pairedScript + " not found: run from the package") }
        let peersSuite = peersDir + "/peers.json"
        if !noSetup {
            print("setting up the peers: sh \(setup) \(peersDir)")
            guard try TuiBenchRunner.run(["sh", setup, peersDir], quiet: false) == 0 else { throw BenchFailure("peers.sh failed") }
        }
        guard let peerData = FileManager.default.contents(atPath: peersSuite) else {
            throw BenchFailure("no peers suite at \(peersSuite): run without --no-setup")
        }
        let scratch = NSTemporaryDirectory() + "lederavtale-peers-\(getpid())"
        let sample = AgreementStore(root: scratch + "/sample")
        try sample.installSamples()
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let started = Date()
        let machine = MachineInfo.summary
        print("machine: \(machine)")
        let peers = try peerTargets(peerData)
        let own = try ownTargets(program, store: sample.root).map(TuiBenchRunner.entry)
        // Per size: the other peers, then tig right before and right after lederavtale's screens,
        // which are compared with the mean of the two (the host's speed drifts within minutes).
        let entries = sizeList.flatMap { size -> [[String: Any]] in
            let here = peers.filter { $0["size"] as? String == size }
            let isTig = { (entry: [String: Any]) in entry["name"] as? String == "tig@\(size)" }
            let tig = here.filter(isTig)
            let after = tig.map { entry in
                var copy = entry
                copy["name"] = "\(PeersTable.tigAfter)@\(size)"
                return copy
            }
            return here.filter { !isTig($0) } + tig + own.filter { $0["size"] as? String == size } + after
        }
        let report = try runner.run(entries: entries, in: scratch, keepJSON: options.json)
        // Then every key of ours once more, pressed alternately with tig's, both open at once: the
        // figures the key targets are judged on (the blocks above meet the host's drift apart).
        print("\nkeys pressed alternately with tig's, \(keyReps) presses each:")
        let paired = PairedKeys(script: pairedScript, tuibench: toolFolder + "/tuibench", python: options.python)
        let later = AgreementStore(root: scratch + "/later")
        try later.installSamples()
        try SampleScorecard.write("eide-barneskole-2013", in: later)
        try SampleHistory.write("hoeggen-skole-2011", in: later)
        let pairs = pairedKeys(program, store: sample.root, laterStore: later.root, tig: try tigSide(peerData))
        let pairedResults = try paired.run(pairs, reps: keyReps, in: scratch)
        let tables = PeersTable(report: report, paired: pairedResults, sizes: sizeList)
        let text = tables.markdown(machine: machine, date: started, repeat: options.repeat, keyReps: keyReps)
        print("")
        print(text)
        if let markdown { try Data(text.utf8).write(to: URL(fileURLWithPath: markdown)) }
        if !tables.missed.isEmpty { throw ExitCode(1) }
    }

    /// lederavtale's screens at every size, on the sample store with a fixed «today».
    private func ownTargets(_ program: String, store: String) -> [TuiBenchRunner.Target] {
        sizeList.flatMap { size -> [TuiBenchRunner.Target] in
            PeersTable.screens.map { screen in
                let cmd = Self.command(program, screen, store: store)
                var target = TuiBenchRunner.Target(name: "lederavtale-\(screen.name)@\(size)", cmd: cmd, marker: screen.marker, keys: screen.keys,
                                                   quit: screen.quit, repeat: options.repeat, key_reps: keyReps, pre_keys: screen.preKeys,
                                                   wait_idle: options.waitIdle)
                target.size = size
                target.env["LEDERAVTALE_TODAY"] = "2011-09-15"
                return target
            }
        }
    }

    /// How lederavtale is started for a screen: on its agreement, or as `overview`.
    static func command(_ program: String, _ screen: PeersTable.Screen, store: String) -> [String] {
        screen.agreement.map { [program, "--store", store, $0] } ?? [program, "overview", "--store", store]
    }

    /// Each of lederavtale's screens and keys beside tig, at every size: the issue's screens on the
    /// sample, the later ones on `laterStore`.
    private func pairedKeys(_ program: String, store: String, laterStore: String, tig: PairedKeys.Side) -> [PairedKeys.Pair] {
        let screens = PeersTable.screens.map { ($0, store) } + PeersTable.laterScreens.map { ($0, laterStore) }
        return sizeList.flatMap { size in
            screens.flatMap { screen, store in
                screen.keys.split(separator: ",").map { key in
                    let own = PairedKeys.Side(cmd: Self.command(program, screen, store: store), marker: screen.marker, pre_keys: screen.preKeys,
                                              keys: String(key), quit: screen.quit, env: ["ESCDELAY": "25", "LEDERAVTALE_TODAY": "2011-09-15"])
                    return PairedKeys.Pair(name: PairedKeys.name(screen: screen.name, key: String(key), size: size), size: size, own: own, peer: tig)
                }
            }
        }
    }

    /// tig as the peers' suite starts it, for the paired keys.
    private func tigSide(_ data: Data) throws -> PairedKeys.Side {
        let document = try JSONSerialization.jsonObject(with: data)
        let targets = (document as? [String: Any])?["targets"] as? [[String: Any]] ?? document as? [[String: Any]] ?? []
        guard let tig = targets.first(where: { $0["name"] as? String == "tig" }), let cmd = tig["cmd"] as? [String],
              let marker = tig["marker"] as? String else {
            throw BenchFailure("\(peersDir)/peers.json has no tig entry with cmd and marker")
        }
        return PairedKeys.Side(cmd: cmd, cwd: tig["cwd"] as? String, marker: marker, keys: tig["keys"] as? String ?? "down|up",
                               quit: tig["quit"] as? String, env: tig["env"] as? [String: String] ?? [:])
    }

    /// The peers' suite entries, once per size, named `peer@size`.
    private func peerTargets(_ data: Data) throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: data)
        guard let targets = (document as? [String: Any])?["targets"] as? [[String: Any]] ?? document as? [[String: Any]] else {
            throw BenchFailure("\(peersDir)/peers.json is not a tuibench suite")
        }
        return sizeList.flatMap { size in
            targets.map { entry in
                var sized = entry
                sized["name"] = "\(entry["name"] as? String ?? "peer")@\(size)"
                sized["size"] = size
                sized["repeat"] = options.repeat
                sized["key_reps"] = keyReps
                sized["wait_idle"] = options.waitIdle
                return sized
            }
        }
    }
}

import AgreementStore
import ArgumentParser
import Foundation

/// `lederavtale-bench run`: measures load, save, render, key → frame and list in-process against the targets.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measures load, save, render, key → frame, list and the overview in-process against the targets.",
        discussion: """
        Without --store a store of --agreements agreements is generated in a temporary folder (removed afterwards). \
        With --store, that store is only read, except that its .index.json (a cache) is deleted and rebuilt \
        to measure the cold listing. Saves are measured in a temporary one-agreement copy.

        Build with `swift build -c release` first: debug figures are not representative.
        """
    )

    @Option(help: ArgumentHelp("A generated store to measure.", valueName: "DIR"))
    var store: String?

    @Option(help: "Agreements to generate when no --store is given.")
    var agreements: Int = 2000

    @Option(help: "Seed for the generated store.")
    var seed: UInt64 = 1

    @Option(help: "Measured repetitions per figure (key figures: this many rounds of the key mix).")
    var iterations: Int = 100

    @Option(help: ArgumentHelp("Before measuring, wait up to this many seconds for other CPU load to drop below 25 %.", valueName: "SECONDS"))
    var waitIdle: Double = 0

    @Flag(help: "Keep the temporary stores and print where they are.")
    var keep = false

    func validate() throws {
        guard agreements >= 1 else { throw ValidationError("--agreements must be at least 1") }
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        print("machine: \(MachineInfo.summary)")
        let stores = try BenchStores.prepare(store: store, agreements: agreements, seed: seed) { print($0) }
        defer { if keep { print("kept stores in \(stores.scratch)") } else { stores.remove() } }
        if let seconds = stores.generatedSeconds {
            print("generated \(stores.agreementCount.grouped) agreements (\(Format.megabytes(stores.largeBytes))) in \(Format.seconds(seconds))")
        }
        let size = LiveFileSystem().stamp(stores.large.path(of: stores.agreementID))?.size ?? 0
        print("store: \(stores.large.root) — \(stores.agreementCount.grouped) agreements, \(Format.megabytes(stores.largeBytes)); opened: \(stores.agreementID) (\(size / 1000) kB, the largest file)")
        if waitIdle > 0, let busy = HostLoad.waitIdle(seconds: waitIdle) {
            print("host \(Format.number(busy)) % busy before measuring")
        }
        let hostBefore = HostLoad.now()
        var bench = InProcessBench(stores: stores, iterations: iterations)
        try bench.load()
        try bench.open()
        try bench.save()
        try bench.render()
        try bench.keys()
        try bench.screens()
        try bench.list()
        try bench.overview()
        try bench.scale()
        bench.memory()
        if let hostBefore, let hostAfter = HostLoad.now() {
            let cores = ProcessInfo.processInfo.activeProcessorCount
            bench.table.info("host CPU busy during the measurements (all \(cores) cores)", "\(Format.number(hostBefore.percent(until: hostAfter))) %",
                             note: "info (this process alone ≈ \(100 / cores) %)")
        }
        print("")
        print(bench.table.text)
        if MachineInfo.configuration == "debug" { print("note: debug build; run `swift build -c release` and .build/release/lederavtale-bench for real figures") }
        if !bench.table.allMet {
            print("missed: " + bench.table.missed.map { "\($0.what) = \($0.measured) (target \($0.target))" }.joined(separator: "; "))
            throw ExitCode(1)
        }
    }
}

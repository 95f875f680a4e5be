import AgreementGenerator
import AgreementStore
import ArgumentParser
import Foundation

/// `lederavtale-bench generate`: writes a realistic store of N agreements through `AgreementStore.save`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Writes a realistic store of generated agreements (the same bytes for the same seed)."
    )

    @Option(help: "How many agreements.")
    var agreements: Int = 2000

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write; must not hold agreements yet.", valueName: "DIR"))
    var store: String

    func validate() throws {
        guard agreements >= 1 else { throw ValidationError("--agreements must be at least 1") }
    }

    func run() throws {
        let target = AgreementStore(root: store)
        if target.exists, !(try target.ids()).isEmpty {
            throw BenchFailure("\(store) already holds agreements; choose an empty or new folder", code: 2)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let bytes = try StoreGenerator(count: agreements, seed: seed).write(to: target)
        let seconds = Stopwatch.seconds(clock.now - start)
        print("wrote \(agreements) agreements (\(Format.megabytes(bytes))) to \(store) in \(Format.seconds(seconds))")
    }
}

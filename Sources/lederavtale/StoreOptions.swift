import AgreementStore
import ArgumentParser
import Foundation

/// The `--store DIR` option shared by every command, and opening the store it names.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Mappen med avtalene.", valueName: "DIR"))
    var store: String?

    var location: StoreLocation {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    /// The store; the default store is created and seeded with the samples on first use.
    func open() throws -> AgreementStore {
        let location = location
        let store = AgreementStore(root: location.path)
        if location.isDefault && !store.exists {
            do {
                try store.installSamples()
            } catch {
                throw CommandFailure("kunne ikke opprette standardlageret: \(error)")
            }
        } else if !store.exists {
            throw CommandFailure("lageret \(location.path) finnes ikke (opprett det med «lederavtale init --store \(location.path)»)")
        }
        return store
    }
}

/// A failure reported as one line on standard error with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 1
    init(_ description: String, code: Int32 = 1) {
        self.description = description
        self.code = code
    }
}

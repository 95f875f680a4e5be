import AgreementGenerator
import AgreementKit
import AgreementStore
import Catalogue
import Foundation

/// The store and the time reference a command line names (`--store DIR`, `--today DATE`), and opening
/// them — plain values, so the interface's fast start (`OpenRequest`) uses them without the parser.
struct StoreChoice: Equatable {
    var store: String?
    var today: String?

    /// True if `--today` is absent or a date the time reference accepts.
    var todayIsValid: Bool {
        guard let today else { return true }
        return (try? TimeReference.resolve(option: today, environment: nil, storeDate: nil, real: .today())) != nil
    }

    /// The date deadlines are reckoned from: `--today`, `LEDERAVTALE_TODAY`, the store's «per»
    /// date, else the real date.
    func timeReference(for store: AgreementStore) throws -> TimeReference {
        let facts: StoreFacts
        do { facts = try store.facts() } catch { throw CommandFailure(Say.words.storeError(error)) }
        do {
            return try TimeReference.resolve(option: today, environment: ProcessInfo.processInfo.environment["LEDERAVTALE_TODAY"],
                                             storeDate: facts.asOf, real: .today())
        } catch {
            throw CommandFailure(Say.words.todayInvalid(error.text), code: 2)
        }
    }

    var location: StoreLocation {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    /// The store, which must exist: `list`, `check`, `export` and `log` never create anything.
    func open() throws -> AgreementStore {
        let location = location
        let store = AgreementStore(root: location.path, author: Self.author(root: location.path))
        do { try store.verifyReadable() } catch {
            if error.problem == .storeMissing {
                throw CommandFailure(Say.words.storeMissing(location.path, isDefault: location.isDefault))
            }
            throw CommandFailure(Say.words.storeError(error))
        }
        return store
    }

    /// The store for the interface: the default store is created and seeded with the samples
    /// and the demo municipality the first time the app runs.
    func openOrSeed() throws -> AgreementStore {
        let location = location
        let store = AgreementStore(root: location.path, author: Self.author(root: location.path))
        if location.isDefault && !store.exists {
            do { try store.installSamples(demo: try DemoMunicipality.agreements()) } catch {
                throw CommandFailure(Say.words.defaultStoreFailed(Say.words.storeError(error)))
            }
        }
        return try open()
    }

    /// Who the history records for a command's saves (found when the first save needs it):
    /// the config's name and role, else git's identity.
    static func author(root: String, party: Party? = nil) -> ChangeAuthor {
        ChangeAuthor(lazily: {
            let config = (try? ConfigStore().load()) ?? Config()
            let identity = Identity.resolve(config: config, party: party ?? config.role, root: root, wantsEmail: false)
            return (identity.name, identity.party)
        })
    }

    /// The id an argument names in `store`: the id itself or a unique prefix of one.
    func resolve(_ given: String, in store: AgreementStore) throws -> String {
        do { return try store.resolve(given) } catch {
            throw CommandFailure(Say.words.storeProblem(error.problem))
        }
    }
}

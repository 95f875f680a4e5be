import AgreementGenerator
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// The options shared by every command that uses a store — `--store DIR`, `--today DATE`,
/// `--lang` (documented here, read before parsing) — and opening the store they name.
struct StoreOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(Say.words.storeOptionHelp, valueName: Say.words.valueName(.directory)))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.todayOptionHelp, valueName: Say.words.valueName(.date)))
    var today: String?

    func validate() throws {
        guard let today else { return }
        do { _ = try TimeReference.resolve(option: today, environment: nil, storeDate: nil, real: .today()) } catch {
            throw ValidationError(Say.words.todayInvalid(error.text))
        }
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
            let identity = Identity.resolve(config: config, party: party ?? config.role, root: root)
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

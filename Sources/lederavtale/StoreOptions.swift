import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue

/// The options shared by every command that uses a store — `--store DIR`, `--today DATE`,
/// `--lang` (documented here, read before parsing) — and opening the store they name (`StoreChoice`).
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

    /// The store and date these options name, as plain values.
    var choice: StoreChoice { StoreChoice(store: store, today: today) }

    func timeReference(for store: AgreementStore) throws -> TimeReference { try choice.timeReference(for: store) }

    var location: StoreLocation { choice.location }

    func open() throws -> AgreementStore { try choice.open() }

    func openOrSeed() throws -> AgreementStore { try choice.openOrSeed() }

    static func author(root: String, party: Party? = nil) -> ChangeAuthor { StoreChoice.author(root: root, party: party) }

    func resolve(_ given: String, in store: AgreementStore) throws -> String { try choice.resolve(given, in: store) }
}

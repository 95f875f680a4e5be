import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale handover ID [--leader NAME] [--contact NAME] [--from DATE] [--reason TEXT]`:
/// a new leader or contact person from a date. The header names the new one, the agreement
/// keeps who held the role when, and a signed agreement (or one past Inngåelse) records the
/// change as an amendment, which needs `--reason`.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "handover", abstract: Say.words.handoverAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Option(name: .long, help: Self.help(.leader, Say.words.optionValueName(.leader)))
    var leader: String?

    @Option(name: .long, help: Self.help(.contact, Say.words.optionValueName(.contact)))
    var contact: String?

    @Option(name: .long, help: Self.help(.from, Say.words.valueName(.date)))
    var from: String?

    @Option(name: .long, help: Self.help(.reason, Say.words.optionValueName(.reason)))
    var reason: String?

    private static func help(_ option: HandoverOption, _ valueName: String) -> ArgumentHelp {
        ArgumentHelp(Say.words.handoverOption(option), valueName: valueName)
    }

    func run() throws {
        let words = Say.words
        let roles = [(Party.leader, leader), (.contactPerson, contact)].compactMap { role, name in name.map { (role, $0) } }
        guard !roles.isEmpty else { throw CommandFailure(words.handover(.nameNeeded), code: 2) }
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        let lock: AgreementLock
        switch AgreementLock.acquire(id: id, in: store.root) {
        case .acquired(let acquired): lock = acquired
        case .heldElsewhere(let holder): throw CommandFailure(words.startProblem(.heldElsewhere(id: id, holder: holder)))
        case .failed(let error): throw CommandFailure(words.storeError(error))
        }
        defer { lock.release() }
        var changed: Agreement
        do { changed = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let year = changed.header.year
        // Recorded on the store's «today», as the app records it (`--today`, LEDERAVTALE_TODAY, «per»).
        let today = try options.timeReference(for: store).date
        var date = today
        if let from {
            guard let parsed = words.parseDate(from, defaultYear: year) else { throw CommandFailure(words.handover(.notADate(from, year: year)), code: 2) }
            date = parsed
        }
        let person = YearStartHelp.person
        let amended = changed.changesNeedAmendment
        var lines: [String] = []
        for (role, name) in roles {
            let previous = changed.holder(of: role)
            do {
                try changed.handOver(role, to: name, from: date, reason: reason ?? "", recorded: today, party: person.party, person: person.name,
                                     id: .random(), amendmentID: .random(), label: FormState.handOverLabel(role, words: words))
            } catch {
                throw CommandFailure("\(id): " + words.roleChangeProblem(error), code: 2)
            }
            lines.append(words.handover(.changed(role: role, name: name.trimmingCharacters(in: .whitespaces), previous: previous, from: date, amended: amended)))
        }
        do { _ = try store.save(changed) } catch { throw CommandFailure(words.storeError(error)) }
        for line in lines { try Output.line("\(id): " + line) }
    }
}

import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale rename ID --unit NAME`: the unit's new name, and the id that goes with it.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: Say.words.renameAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Option(name: .long, help: YearStartHelp.option(.renameUnit))
    var unit: String

    @Option(name: .long, help: YearStartHelp.option(.reason))
    var reason: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        var renamed: Agreement
        do { renamed = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let name = unit.trimmingCharacters(in: .whitespaces)
        guard !Slug.ascii(name).isEmpty else { throw CommandFailure(words.startProblem(.unitMissing), code: 2) }
        let person = YearStartHelp.person
        let label = "\(words.place(.about)) – \(words.screen(.headerField(.unit)))"
        renamed.renameUnit(to: name, reason: reason ?? words.yearStart(.renameReason), date: .today(), party: person.party,
                           person: person.name, id: .random(), label: label)
        let relinked: [String]
        do { relinked = try store.rename(id, to: renamed) } catch { throw CommandFailure(words.startProblem(error)) }
        try Output.line(renamed.id == id ? words.yearStart(.renamedKeepsID(id)) : words.yearStart(.renamed(from: id, to: renamed.id)))
        if !relinked.isEmpty { try Output.line(words.yearStart(.relinked(relinked))) }
    }
}

/// `lederavtale archive ID [--restore]`: hides an agreement from the picker and the overview,
/// keeping it in `archive/`; `--restore` brings it back.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: Say.words.archiveAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Flag(name: .long, help: YearStartHelp.option(.restore))
    var restore = false

    func run() throws {
        let words = Say.words
        let store = try options.open()
        do {
            if restore {
                let id: String
                switch AgreementIDs.resolve(agreement, among: store.archivedIDs()) {
                case .found(let found): id = found
                case .ambiguous(let candidates): throw StartProblem.notArchived(agreement, known: candidates)
                case .notFound: throw StartProblem.notArchived(agreement, known: store.archivedIDs())
                }
                try store.unarchive(id)
                try Output.line(words.yearStart(.restored(id)))
            } else {
                let id = try options.resolve(agreement, in: store)
                try store.archive(id)
                try Output.line(words.yearStart(.archived(id)))
            }
        } catch let problem as StartProblem {
            throw CommandFailure(words.startProblem(problem))
        }
    }
}

/// `lederavtale delete ID [--yes]`: asks, then moves the agreement's files to `trash/`.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: Say.words.deleteAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Flag(name: .long, help: YearStartHelp.option(.yes))
    var yes = false

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        if !yes {
            guard isatty(STDIN_FILENO) != 0 else { throw CommandFailure(words.yearStart(.deleteNeedsYes(id)), code: 2) }
            let summary = (try? store.list().summaries)?.first { $0.id == id }
            try Output.prompt(words.yearStart(.deleteQuestion(id: id, unit: summary?.unit ?? id, year: summary?.year ?? 0)))
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard words.answerIsYes(answer) else {
                try Output.line(words.yearStart(.deleteCancelled))
                return
            }
        }
        let folder: String
        do { folder = try store.trash(id) } catch { throw CommandFailure(words.startProblem(error)) }
        try Output.line(words.yearStart(.deleted(id: id, folder: folder)))
    }
}

extension Output {
    /// A question on standard output, the answer to be typed on the same line.
    static func prompt(_ text: String) throws(OutputError) {
        try write(Data(Inert.text(text).utf8), to: STDOUT_FILENO)
    }
}

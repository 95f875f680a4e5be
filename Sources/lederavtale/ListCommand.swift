import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale list`: one line per agreement, starting with its id.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Say.words.listAbstract)

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: YearStartHelp.option(.archived))
    var archived = false

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let result: ListResult
        if archived {
            result = store.archivedList()
            if result.summaries.isEmpty && result.problems.isEmpty { try Output.line(words.yearStart(.noArchived)) }
        } else {
            do { result = try store.list(announcing: SlowListingNotice.announcer(words)) } catch { throw CommandFailure(words.storeError(error)) }
        }
        let idWidth = max(2, result.summaries.map { DisplayWidth.of($0.id) }.max() ?? 0)
        let unitWidth = max(5, result.summaries.map { DisplayWidth.of($0.unit) }.max() ?? 0)
        // The lines written at once, not one write(2) per agreement (2,000 of them in a large store).
        var lines = ""
        for s in result.summaries {
            lines += Inert.text([
                Output.column(s.id, idWidth), Output.column(s.unit, unitWidth), String(s.year),
                Output.column(words.phase(s.phase), 17), words.progress(s.progress),
            ].joined(separator: "  "))
            lines += "\n"
        }
        if !lines.isEmpty { try Output.data(Data(lines.utf8)) }
        for problem in result.problems { try Output.error(words.storeError(problem)) }
        if !result.problems.isEmpty { throw ExitCode(1) }
    }
}

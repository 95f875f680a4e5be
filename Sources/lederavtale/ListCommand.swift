import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue

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
            do { result = try store.list() } catch { throw CommandFailure(words.storeError(error)) }
        }
        let idWidth = max(2, result.summaries.map { DisplayWidth.of($0.id) }.max() ?? 0)
        let unitWidth = max(5, result.summaries.map { DisplayWidth.of($0.unit) }.max() ?? 0)
        for s in result.summaries {
            try Output.line([
                Output.column(s.id, idWidth), Output.column(s.unit, unitWidth), String(s.year),
                Output.column(words.phase(s.phase), 17), words.progress(s.progress),
            ].joined(separator: "  "))
        }
        for problem in result.problems { try Output.error(words.storeError(problem)) }
        if !result.problems.isEmpty { throw ExitCode(1) }
    }
}

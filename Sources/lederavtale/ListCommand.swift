import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser

/// `lederavtale list`: one line per agreement, starting with its id.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Viser avtalene i lageret: id, enhet, år, fase og framdrift."
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.open()
        let result: ListResult
        do { result = try store.list() } catch { throw CommandFailure("\(error)") }
        let idWidth = max(2, result.summaries.map { DisplayWidth.of($0.id) }.max() ?? 0)
        let unitWidth = max(5, result.summaries.map { DisplayWidth.of($0.unit) }.max() ?? 0)
        for s in result.summaries {
            Output.line([
                Output.column(s.id, idWidth), Output.column(s.unit, unitWidth), String(s.year),
                Output.column(s.phase.title, 17), s.progress.summary,
            ].joined(separator: "  "))
        }
        for problem in result.problems { Output.error("\(problem)") }
        if !result.problems.isEmpty { throw ExitCode(1) }
    }
}

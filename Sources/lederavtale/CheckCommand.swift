import AgreementStore
import ArgumentParser

/// `lederavtale check`: validates every file; exit 0 when all is well, 1 when problems were found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerer alle filene i lageret og teller innholdet (endrer ingenting)."
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.open()
        let report: CheckReport
        do { report = try store.check() } catch { throw CommandFailure("\(error)") }
        for counts in report.agreements {
            Output.line("\(counts.id): \(counts.line)")
        }
        let total = report.total
        Output.line("totalt: \(report.agreements.count) avtaler, \(total.line)")
        for warning in report.warnings { Output.line("\(words.storeError(warning)) (advarsel)") }
        for error in report.errors { Output.line(words.storeError(error)) }
        if report.isClean {
            Output.line(report.warnings.isEmpty ? "alt i orden" : "i orden, med \(report.warnings.count) advarsler")
        } else {
            Output.line("\(report.errors.count) feil funnet")
            throw ExitCode(1)
        }
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Foundation

extension LogFormat: ExpressibleByArgument {}

/// `lederavtale log`: the log for the contact person, grouped by goal area and row, by date.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Skriver ut loggen (gjennomførte tiltak) til kontaktpersonen før midtveis- og årssamtalen.",
        discussion: """
        Loggen grupperes etter målområde og rad i skjemaets rekkefølge, sortert på dato, med \
        tiltaket i avtalen som loggføringen gjelder. Utskriften har ikke med punkt 4.

        Datoer skrives 14.03.2011, 14.3.11, 14.3 (avtalens år) eller 2011-03-14; \
        --from og --to tar med dagene selv.
        """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: "Id-en til avtalen (se «lederavtale list»).")
    var agreement: String

    @Option(name: .long, help: ArgumentHelp("Første dag som tas med.", valueName: "DATO"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Siste dag som tas med.", valueName: "DATO"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Formatet.", valueName: "FORMAT"))
    var format: LogFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Skilletegn i CSV: ; (standard), , eller \\t.", valueName: "TEGN"))
    var separator: String?

    func validate() throws {
        // The agreement's year is not known yet; 2000 is a leap year, so 29.2 passes here.
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, LocalDate(userInput: value, defaultYear: 2000) == nil { throw ValidationError(Self.badDate(name, value)) }
        }
        if let separator {
            guard format == .csv else { throw ValidationError("--separator gjelder bare --format csv.") }
            guard CSVSeparator(argument: separator) != nil else {
                throw ValidationError("«\(separator)» kan ikke skille felt; bruk ett tegn som ; , | eller \\t.")
            }
        }
    }

    func run() throws {
        let store = try options.open()
        let loaded: Agreement
        do { loaded = try store.load(agreement) } catch { throw CommandFailure("\(error)") }
        let year = loaded.header.year
        let start = try from.map { value in
            guard let date = LocalDate(userInput: value, defaultYear: year) else { throw CommandFailure(Self.badDate("--from", value), code: 2) }
            return date
        }
        let end = try to.map { value in
            guard let date = LocalDate(userInput: value, defaultYear: year) else { throw CommandFailure(Self.badDate("--to", value), code: 2) }
            return date
        }
        if let start, let end, end < start {
            throw CommandFailure("--to (\(end.display)) er før --from (\(start.display))", code: 2)
        }
        let report = LogReport(loaded, from: start, to: end)
        do {
            let data = try LogExport.render(report, of: loaded, as: format, separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon, words: words)
            FileHandle.standardOutput.write(data)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    private static func badDate(_ option: String, _ value: String) -> String {
        "\(option): «\(value)» er ikke en dato (skriv f.eks. 14.03.2011, 14.3.11, 14.3 eller 2011-03-14)"
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

extension LogFormat: ExpressibleByArgument {}

/// `lederavtale log`: the log for the contact person, grouped by goal area and row, by date.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: Say.words.logAbstract, discussion: Say.words.logDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Option(name: .long, help: ArgumentHelp(Say.words.fromOptionHelp, valueName: Say.words.valueName(.date)))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.toOptionHelp, valueName: Say.words.valueName(.date)))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.logFormatHelp, valueName: Say.words.valueName(.format)))
    var format: LogFormat = .markdown

    @Option(name: .long, help: ArgumentHelp(Say.words.separatorOptionHelp, valueName: Say.words.valueName(.separator)))
    var separator: String?

    func validate() throws {
        let words = Say.words
        // The agreement's year is not known yet; 2000 is a leap year, so 29.2 passes here.
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, words.parseDate(value, defaultYear: 2000) == nil { throw ValidationError(words.badDate(option: name, value: value)) }
        }
        if let separator {
            guard format == .csv else { throw ValidationError(words.separatorOnlyForCSV) }
            guard CSVSeparator(argument: separator) != nil else { throw ValidationError(words.separatorInvalid(separator)) }
        }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        let loaded: Agreement
        do { loaded = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let year = loaded.header.year
        let start = try from.map { value in
            guard let date = words.parseDate(value, defaultYear: year) else { throw CommandFailure(words.badDate(option: "--from", value: value), code: 2) }
            return date
        }
        let end = try to.map { value in
            guard let date = words.parseDate(value, defaultYear: year) else { throw CommandFailure(words.badDate(option: "--to", value: value), code: 2) }
            return date
        }
        if let start, let end, end < start {
            throw CommandFailure(words.datesReversed(from: words.date(start), to: words.date(end)), code: 2)
        }
        let report = LogReport(loaded, from: start, to: end)
        let data: Data
        do {
            data = try LogExport.render(report, of: loaded, as: format, separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon, words: words)
        } catch {
            throw CommandFailure(error.message(words))
        }
        try Output.data(data)
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue
import Foundation

/// The formats of `wheel`: a table for people, CSV for spreadsheets, iCalendar for calendars.
enum CalendarFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, ics
}

/// `lederavtale wheel [ID] [--due [DAYS]] [--month M] [--format table|csv|ics]`: the dated
/// things of an agreement's year — its own dates, the wheels' events, the follow-ups — or of
/// every agreement, reckoned from the time reference.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wheel", abstract: Say.words.wheel(.commandAbstract),
                                                    discussion: Say.words.wheel(.commandDiscussion))

    /// The days `--due` without a number looks ahead.
    static let defaultDueDays = 14

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.wheel(.agreementHelp), valueName: Say.words.valueName(.agreement)))
    var agreement: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.wheel(.dueHelp), valueName: Say.words.wheel(.daysValueName)))
    var due: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.wheel(.monthHelp), valueName: Say.words.wheel(.monthValueName)))
    var month: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.wheel(.formatHelp), valueName: Say.words.valueName(.format)))
    var format: CalendarFormat?

    @Option(name: .long, help: ArgumentHelp(Say.words.wheel(.outputHelp), valueName: Say.words.valueName(.file)))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.separatorOptionHelp, valueName: Say.words.valueName(.separator)))
    var separator: String?

    /// `--due` alone means 14 days: the library needs a value, so a `--due` not followed by a
    /// number is given one before parsing (only for this command).
    static func expandingDue(_ arguments: [String]) -> [String] {
        guard arguments.first == configuration.commandName else { return arguments }
        var out: [String] = []
        for (i, argument) in arguments.enumerated() {
            out.append(argument)
            if argument == "--due", i + 1 == arguments.count || Int(arguments[i + 1]) == nil {
                out.append(String(defaultDueDays))
            }
        }
        return out
    }

    var dueDays: Int? { due.flatMap { Int($0) } }
    var monthNumber: Int? { month.flatMap { Int($0) } }

    /// The format asked for, else the one the output file's extension names, else the table.
    var resolvedFormat: CalendarFormat {
        if let format { return format }
        let ext = output.map { ($0 as NSString).pathExtension.lowercased() }
        return ext == "ics" ? .ics : ext == "csv" ? .csv : .table
    }

    func validate() throws {
        let words = Say.words
        if let due, Int(due).map({ $0 >= 0 }) != true { throw ValidationError(words.wheel(.dueInvalid(due))) }
        if let month, !(1...12).contains(Int(month) ?? 0) { throw ValidationError(words.wheel(.monthInvalid(month))) }
        if let separator {
            guard resolvedFormat == .csv else { throw ValidationError(words.separatorOnlyForCSV) }
            guard CSVSeparator(argument: separator) != nil else { throw ValidationError(words.separatorInvalid(separator)) }
        }
        if let output, output.isEmpty { throw ValidationError(words.outputNeedsName) }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let reference = try options.timeReference(for: store).date
        let ids = try agreement.map { [try options.resolve($0, in: store)] } ?? ((try? store.ids()) ?? [])
        let wheels = store.wheels()
        let shown = wheels.items.map { $0.inLanguage(Say.language.rawValue) }
        var problems = wheels.errors
        var agreements: [(agreement: Agreement, deadlines: Deadlines)] = []
        for id in ids {
            do {
                let loaded = try store.load(id)
                let conversations = store.conversations(of: id)
                problems += conversations.errors
                agreements.append((loaded, Deadlines(loaded, wheels: shown, conversations: conversations.items)))
            } catch {
                if agreement != nil { throw CommandFailure(words.storeError(error)) }
                problems.append(error)
            }
        }
        let selection: WheelListing.Selection = dueDays.map { .due(days: $0) } ?? monthNumber.map { .month($0) } ?? .all
        var listing = WheelListing(agreements, selection: selection, reference: reference)
        if case .due = selection, let month = monthNumber { listing.lines.removeAll { $0.entry.date.month != month } }
        let data: Data
        var lines: [String]?
        switch resolvedFormat {
        case .ics:
            let name = agreements.count == 1 ? "\(agreements[0].agreement.header.unit) \(agreements[0].agreement.header.year)" : store.root
            data = CalendarExport.data(listing, name: name, words: words)
        case .csv:
            do { data = try WheelCSV.data(listing, separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon, words: words) } catch {
                throw CommandFailure(error.message(words))
            }
        case .table:
            lines = table(listing, agreements: agreements, selection: selection, words: words)
            data = Data(((lines ?? []).joined(separator: "\n") + "\n").utf8)
        }
        try write(data, lines: lines)
        for problem in problems { try Output.error(words.storeError(problem)) }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The table for people: date, (agreement,) kind, status, what, who.
    private func table(_ listing: WheelListing, agreements: [(agreement: Agreement, deadlines: Deadlines)], selection: WheelListing.Selection,
                       words: any Wording) -> [String] {
        if listing.lines.isEmpty {
            switch selection {
            case .due(let days): return [words.wheel(.nothingDue(days: days, from: words.date(listing.reference)))]
            case .month(let month): return [words.wheel(.nothingInMonth(words.wheelMonth(month)))]
            case .all: return agreements.map { words.wheel(.noEntries($0.agreement.id)) }
            }
        }
        let many = agreements.count > 1
        let rows = listing.lines.map { line -> [String] in
            [words.date(line.entry.date)] + (many ? [line.agreementID] : [])
                + [words.deadlineKind(line.entry), listing.status(of: line.entry, words: words), words.deadlineTitle(line.entry.source, inSentence: false),
                   WheelListing.who(line.entry, words: words)]
        }
        let header = [WheelText.tableDate] + (many ? [.tableAgreement] : []) + [.tableKind, .tableStatus, .tableTitle, .tableWho]
        let all = [header.map { words.wheel($0) }] + rows
        let widths = (0..<all[0].count).map { c in all.map { DisplayWidth.of(Inert.text($0[c])) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { c, cell in c == row.count - 1 ? Inert.text(cell) : Output.column(cell, widths[c]) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
    }

    /// On standard output (the table line by line, made inert), or to a new file (never over
    /// an existing one), printing its path.
    private func write(_ data: Data, lines: [String]?) throws {
        guard let output else {
            if let lines {
                for line in lines { try Output.line(line) }
            } else {
                try Output.data(data)
            }
            return
        }
        let path = OutputPaths.absolute(output)
        do {
            try AtomicWriter.write(data, to: path, options: .newFile(permissions: 0o644))
        } catch {
            throw CommandFailure("\(path): \(Say.words.storeProblem(.writeFailed(error)))")
        }
        try Output.line(path)
    }
}

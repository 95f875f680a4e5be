import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `lederavtale overview`: one line per agreement from the store's index — in the app when
/// standard output is a terminal and no format or file is asked for, else as a table, CSV,
/// JSON, Markdown or HTML.
struct OverviewCommandLine: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "overview", abstract: Say.words.overviewAbstract, discussion: Say.words.overviewDiscussion)

    @OptionGroup var options: StoreOptions
    @OptionGroup var filters: OverviewFilterOptions

    @Option(name: .long, help: ArgumentHelp(Say.words.overviewFormatHelp, valueName: Say.words.valueName(.format)))
    var format: OverviewFormat?

    @Option(name: .long, help: ArgumentHelp(Say.words.overviewOutputHelp, valueName: Say.words.valueName(.file)))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(Say.words.forceFlagHelp))
    var force = false

    /// `--format`, else what `--output`'s extension names, else the table.
    var resolvedFormat: OverviewFormat { format ?? output.flatMap(OverviewFormat.format(ofFile:)) ?? .table }

    func validate() throws {
        let words = Say.words
        if let output {
            if output.isEmpty { throw ValidationError(words.outputNeedsName) }
            let named = OverviewFormat.format(ofFile: output)
            let extensions = [".txt (table)", ".csv", ".json", ".md (markdown)", ".html"]
            if named == nil, output.split(separator: "/").last?.contains(".") == true {
                throw ValidationError(words.unknownExtension(output, formats: extensions))
            }
            if let named, let format, named != format {
                throw ValidationError(words.formatMismatch(format: format.rawValue, file: output, formats: extensions))
            }
        }
        if force && output == nil { throw ValidationError(words.forceNeedsOutput) }
    }

    func run() throws {
        let store = try options.open()
        let time = try options.timeReference(for: store)
        if format == nil, output == nil, isatty(STDOUT_FILENO) == 1 {
            try Self.runInterface(store: store, time: time, filter: filters.filter)
            return
        }
        try Self.write(store: store, time: time, filter: filters.filter, format: resolvedFormat, output: output, force: force)
    }

    /// The overview as `format`, to `output` or standard output (also `OpenRequest`'s table, without
    /// the parser); exit 1 when files could not be read.
    static func write(store: AgreementStore, time: TimeReference, filter: OverviewFilter, format resolvedFormat: OverviewFormat,
                      output: String?, force: Bool) throws {
        let words = Say.words
        let (report, problems) = try Self.report(store: store, filter: filter, date: time.date, words: words)
        let data: Data
        do {
            switch resolvedFormat {
            case .table: data = Data(OverviewTableText.render(report).utf8)
            case .csv: data = try report.csv()
            case .json: data = try report.json()
            case .markdown: data = Data(report.markdown().utf8)
            case .html: data = Data(report.html().utf8)
            }
        } catch {
            throw CommandFailure(error.message(words))
        }
        if let output {
            try Self.write(data, to: output, force: force, words: words)
        } else {
            try Output.data(data)
        }
        // The table shows unreadable files as lines; the other formats name them on standard error.
        if resolvedFormat != .table || output != nil {
            for problem in problems { try Output.error(words.storeError(problem)) }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The overview in the interface, its quick filters set (also `OpenRequest`'s, without the parser).
    static func runInterface(store: AgreementStore, time: TimeReference, filter: OverviewFilter) throws {
        let config = (try? ConfigStore().load()) ?? Config()
        try InterfaceSession.run(store: store, agreementID: nil, themeName: config.theme ?? "default", party: config.role ?? .leader,
                                 person: config.name ?? "", time: time, overview: filter)
    }

    /// The overview's lines that pass `filter`, in the overview's order (unit, newest year first),
    /// and the files that could not be read. The steps of the year are dated as the wheel dates
    /// them: the agreement's own dates, the store's wheels, the standard deadlines.
    static func report(store: AgreementStore, filter: OverviewFilter, date: LocalDate, words: any Wording) throws -> (OverviewReport, [StoreError]) {
        let list: ListResult
        do { list = try store.list(announcing: SlowListingNotice.announcer(words)) } catch { throw CommandFailure(words.storeError(error)) }
        let (summaries, problems) = (list.summaries, list.problems)
        _ = consume list
        let dates = StepDates(wheels: store.wheels().items)
        let table = OverviewTable(rows: AgreementSummary.overviewRows(consume summaries, on: date, dates: dates), searchable: false) { words.phase($0) }
        let rows = table.visible(table.sorted(by: .standard), filter: filter).map { table.rows[$0] }
        return (OverviewReport(rows: rows, problems: problems.map(words.storeError), date: date, words: words), problems)
    }

    /// Writes a report file through the store's writer: never over an existing file without `--force`.
    static func write(_ data: Data, to output: String, force: Bool, words: any Wording) throws {
        let path = OutputPaths.absolute(output)
        do {
            try AtomicWriter.write(data, to: path, options: force ? .userFile(permissions: 0o644) : .newFile(permissions: 0o644))
        } catch {
            let hint = error.reason == .exists && !force ? " (--force)" : ""
            throw CommandFailure("\(path): \(words.storeProblem(.writeFailed(error)))\(hint)")
        }
        try Output.line(path)
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale indicator set|import|export`: measured values from scripts and spreadsheets.
struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator", abstract: Say.words.indicatorAbstract, discussion: Say.words.indicatorDiscussion,
        subcommands: [IndicatorSetCommand.self, IndicatorImportCommand.self, IndicatorExportCommand.self])

    /// Applies records to the store, all or nothing: checks every line, takes the lock of every
    /// agreement it changes, checks again on what is on disk now, then saves one agreement at a time.
    static func apply(_ records: [IndicatorCSV.Record], store: AgreementStore, reason: String?, refused: (IndicatorCSV.Problems) throws -> Never) throws -> IndicatorImport.Outcome {
        let words = Say.words
        let config = (try? ConfigStore().load()) ?? Config()
        let author = IndicatorImport.Author(party: config.role ?? .leader, person: config.name ?? "", today: LocalDate.today(), reason: reason)
        let importer = IndicatorImport(words: words, author: author) { given in
            do throws(StoreError) {
                return .success(try store.load(try store.resolve(given)))
            } catch {
                switch error.problem {
                case .notFound(let id, let suggestions): return .failure(.unknownAgreement(id, suggestions: suggestions))
                case .ambiguous(let prefix, let candidates): return .failure(.ambiguousAgreement(prefix, candidates: candidates))
                default: return .failure(.unreadableAgreement(words.storeError(error)))
                }
            }
        }
        func run() throws -> IndicatorImport.Outcome {
            switch importer.apply(records) {
            case .success(let outcome): return outcome
            case .failure(let problems): try refused(problems)
            }
        }
        let planned = try run()
        var locks: [AgreementLock] = []
        defer { for lock in locks { lock.release() } }
        for agreement in planned.changed {
            switch AgreementLock.acquire(id: agreement.id, in: store.root) {
            case .acquired(let lock): locks.append(lock)
            case .heldElsewhere(let holder):
                throw CommandFailure("\(agreement.id): " + words.indicatorCSVProblem(.locked(words.lockHolder(holder, state: .live, now: Date()))))
            case .failed(let error): throw CommandFailure(words.storeError(error))
            }
        }
        let outcome = try run()
        for agreement in outcome.changed {
            do { _ = try store.save(agreement) } catch { throw CommandFailure(words.storeError(error)) }
        }
        return outcome
    }
}

/// `lederavtale indicator set ID GOAL INDICATOR --period P --value V`.
struct IndicatorSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: Say.words.indicatorSetAbstract, discussion: Say.words.indicatorSetDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Argument(help: ArgumentHelp(Say.words.goalArgumentHelp, valueName: Say.words.indicatorValueName(.goal)))
    var goal: String

    @Argument(help: ArgumentHelp(Say.words.indicatorArgumentHelp, valueName: Say.words.indicatorValueName(.indicator)))
    var indicator: String

    @Option(name: .long, help: ArgumentHelp(Say.words.periodOptionHelp, valueName: Say.words.indicatorValueName(.period)))
    var period: String

    @Option(name: .long, help: ArgumentHelp(Say.words.valueOptionHelp, valueName: Say.words.indicatorValueName(.number)))
    var value: String

    @Option(name: .long, help: ArgumentHelp(Say.words.kindOptionHelp, valueName: Say.words.indicatorValueName(.kind)))
    var kind: String = IndicatorValueKind.result.rawValue

    @Option(name: .long, help: ArgumentHelp(Say.words.sourceOptionHelp, valueName: Say.words.indicatorValueName(.source)))
    var source: String = ""

    @Option(name: .long, help: ArgumentHelp(Say.words.unitOptionHelp, valueName: Say.words.indicatorValueName(.unit)))
    var unit: String = ""

    @Option(name: .long, help: ArgumentHelp(Say.words.betterOptionHelp, valueName: Say.words.indicatorValueName(.better)))
    var better: String = ""

    @Option(name: .long, help: ArgumentHelp(Say.words.reasonOptionHelp, valueName: Say.words.indicatorValueName(.reason)))
    var reason: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let values: [IndicatorCSV.Column: String] = [.agreement: agreement, .goal: goal, .indicator: indicator, .period: period, .value: value,
                                                     .kind: kind, .source: source, .unit: unit, .better: better]
        let record = IndicatorCSV.Record(line: 1, fields: values.mapValues { IndicatorCSV.Field(text: $0, column: 1) })
        let outcome = try IndicatorCommand.apply([record], store: store, reason: reason) { problems in
            throw CommandFailure(problems.all.map { words.indicatorCSVProblem($0.problem) }.joined(separator: "\n"))
        }
        if outcome.changed.isEmpty {
            try Output.line(words.indicatorValueUnchanged(agreement: agreement))
        } else {
            for note in outcome.notes { try Output.line(note) }
        }
    }
}

/// `lederavtale indicator import FILE.csv`: all or nothing, idempotent.
struct IndicatorImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Say.words.indicatorImportAbstract, discussion: Say.words.indicatorImportDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.importFileHelp, valueName: Say.words.indicatorValueName(.file)))
    var file: String

    @Option(name: .long, help: ArgumentHelp(Say.words.reasonOptionHelp, valueName: Say.words.indicatorValueName(.reason)))
    var reason: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let data: Data
        do { data = try LiveFileSystem().read(file) } catch { throw CommandFailure(words.storeError(StoreError(file: file, problem: .unreadable(error)))) }
        let text = String(decoding: data, as: UTF8.self)
        let records: [IndicatorCSV.Record]
        func refuse(_ problems: IndicatorCSV.Problems) throws -> Never {
            for problem in problems.all { try Output.error("\(file):\(problem.line):\(problem.column): " + words.indicatorCSVProblem(problem.problem)) }
            throw CommandFailure(words.indicatorImportRefused(problems: problems.all.count))
        }
        switch IndicatorCSV.parse(text) {
        case .success(let r): records = r
        case .failure(let problems): try refuse(problems)
        }
        let outcome = try IndicatorCommand.apply(records, store: store, reason: reason, refused: refuse)
        for agreement in outcome.changed { try Output.line(words.indicatorImportSaved(agreement.id)) }
        try Output.line(words.indicatorImported(values: outcome.values, agreements: outcome.changed.count, unchanged: outcome.unchanged))
    }
}

/// `lederavtale indicator export [ID…] [--output FILE]`: the same CSV, header first.
struct IndicatorExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Say.words.indicatorExportAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.exportIDsHelp, valueName: Say.words.indicatorValueName(.agreements)))
    var agreements: [String] = []

    @Option(name: .long, help: ArgumentHelp(Say.words.outputOptionHelp, valueName: Say.words.valueName(.file)))
    var output: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        var ids: [String] = []
        if agreements.isEmpty {
            do { ids = try store.ids() } catch { throw CommandFailure(words.storeError(error)) }
        } else {
            for given in agreements { ids.append(try options.resolve(given, in: store)) }
        }
        var loaded: [Agreement] = []
        for id in ids {
            do { loaded.append(try store.load(id)) } catch { throw CommandFailure(words.storeError(error)) }
        }
        let data = Data(IndicatorCSV.write(loaded).utf8)
        guard let output else { return try Output.data(data) }
        let path = OutputPaths.absolute(output)
        do { _ = try AtomicWriter.write(data, to: path, options: .userFile(permissions: 0o644)) } catch {
            throw CommandFailure("\(path): \(words.storeProblem(.writeFailed(error)))")
        }
        try Output.line(path)
    }
}

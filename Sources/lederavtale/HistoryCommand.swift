import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import AgreementUI
import Foundation

/// `lederavtale history ID`: who changed what, when, newest first; as a table or as JSON.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: Say.words.historyAbstract,
                                                    discussion: Say.words.historyDiscussion)

    /// The formats of `--format`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Option(name: .long, help: ArgumentHelp(Say.words.goalOptionHelp, valueName: "N"))
    var goal: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.fieldOptionHelp, valueName: "FELT"))
    var field: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.sinceOptionHelp, valueName: Say.words.valueName(.date)))
    var since: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.historyFormatHelp, valueName: Say.words.valueName(.format)))
    var format: Format = .table

    @Flag(name: .long, help: ArgumentHelp(Say.words.historyPrivateFlagHelp))
    var `private` = false

    func validate() throws {
        if let since, LocalDate(userInput: since, defaultYear: 2000) == nil { throw ValidationError(Say.words.badDate(option: "--since", value: since)) }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        let loaded: Agreement
        let records: [ChangeRecord]
        do {
            loaded = try store.load(id)
            records = try store.history(of: id, includingPrivate: `private`)
        } catch {
            throw CommandFailure(words.storeError(error))
        }
        var query = HistoryQuery(field: field)
        if let goal {
            let areas = loaded.goalAreas(named: goal)
            guard !areas.isEmpty else {
                throw CommandFailure(words.goalUnknown(goal, known: loaded.goalAreas.map { "\($0.section.number) \($0.number)" }), code: 2)
            }
            query.goalAreas = Set(areas.map(\.id))
        }
        if let since {
            guard let date = LocalDate(userInput: since, defaultYear: loaded.header.year) else {
                throw CommandFailure(words.badDate(option: "--since", value: since), code: 2)
            }
            query.since = date
        }
        let shown = Array(records.filter(query.matches).reversed())
        switch format {
        case .json: try Output.data(json(shown, loaded, words))
        case .table:
            if shown.isEmpty { return try Output.line(words.historyEmpty(id)) }
            try table(shown, loaded, words)
        }
    }

    /// One line per change: when, who, where — what.
    private func table(_ records: [ChangeRecord], _ agreement: Agreement, _ words: any Wording) throws {
        let whoWidth = min(32, records.map { DisplayWidth.of(words.changedBy($0.stamp)) }.max() ?? 10)
        let columns = words.historyColumns
        try Output.line(Output.column(columns.when, 17) + Output.column(columns.who, whoWidth + 1) + "\(columns.place) — \(columns.what)")
        for record in records {
            let location = agreement.location(of: record.path)
            try Output.line(Output.column(words.changedAt(record.stamp), 17) + Output.column(words.changedBy(record.stamp), whoWidth + 1)
                            + "\(words.changeWhere(location)) — \(words.changeWhat(record, at: location))")
        }
    }

    /// The records with their documented keys: time, person, role, kind, path, where, field, old, new, reason.
    private func json(_ records: [ChangeRecord], _ agreement: Agreement, _ words: any Wording) throws -> Data {
        let rows: [JSONValue] = records.map { record in
            let location = agreement.location(of: record.path)
            var row: [String: JSONValue] = [
                "time": .string(record.stamp.time), "person": .string(record.stamp.person),
                "role": record.stamp.party.map { .string($0.rawValue) } ?? .null, "kind": .string(record.kind.rawValue),
                "path": .string(record.path.description), "where": .string(words.changeWhere(location)),
                "field": .string(location.key), "old": record.old ?? .null, "new": record.new ?? .null,
                "reason": record.reason.map(JSONValue.string) ?? .null,
            ]
            if record.amendmentID == nil { row["reason"] = .null }
            return .object(row)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(JSONValue.array(rows)) + Data("\n".utf8) } catch {
            throw CommandFailure(words.storeProblem(.encodingFailed(detail: "\(error)")))
        }
    }
}

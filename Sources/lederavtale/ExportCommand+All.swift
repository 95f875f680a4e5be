import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue

extension ExportCommand {
    /// `export --all`: the overview's lines that pass the filters, then each of those units'
    /// public copy (section 4 never), in one document. Files that cannot be read are named on
    /// standard error and the rest is exported; the exit code is then 1.
    func exportAll(from store: AgreementStore) throws {
        let words = Say.words
        let time = try options.timeReference(for: store)
        var (report, problems) = try OverviewCommandLine.report(store: store, filter: filters.filter, date: time.date, words: words)
        var agreements: [Agreement] = []
        for row in report.rows {
            do { agreements.append(try store.load(row.id)) } catch { problems.append(error) }
        }
        if agreements.count < report.rows.count {
            let loaded = Set(agreements.map(\.id))
            report = OverviewReport(rows: report.rows.filter { loaded.contains($0.id) }, problems: report.problems, date: report.date, words: words)
        }
        let document: ExportDocument
        do {
            document = try MultiExport.export(agreements, report: report, as: resolvedFormat,
                                              separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon)
        } catch {
            throw CommandFailure(error.message(words))
        }
        try write(document)
        for problem in problems { try Output.error(words.storeError(problem)) }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

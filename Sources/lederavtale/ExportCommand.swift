import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale export`: the agreement as Markdown, HTML, CSV or JSON, public (without section 4) or full.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Say.words.exportAbstract, discussion: Say.words.exportDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String?

    @Flag(name: .long, help: ArgumentHelp(Say.words.exportAllHelp))
    var all = false

    @OptionGroup var filters: OverviewFilterOptions

    @Option(name: .long, help: ArgumentHelp(Say.words.exportFormatHelp, valueName: Say.words.valueName(.format)))
    var format: ExportFormatChoice?

    @Flag(name: .customLong("public"), help: ArgumentHelp(Say.words.publicFlagHelp))
    var publicOnly = false

    @Option(name: .long, help: ArgumentHelp(Say.words.outputOptionHelp, valueName: Say.words.valueName(.file)))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(Say.words.forceFlagHelp))
    var force = false

    @Option(name: .long, help: ArgumentHelp(Say.words.separatorOptionHelp, valueName: Say.words.valueName(.separator)))
    var separator: String?

    /// The format asked for, else the one the output file's extension names, else Markdown.
    var resolvedFormat: ExportFormat {
        if let format { return format.format }
        if let output, case .success(let named)? = ExportFormatChoice.format(ofFile: output) { return named }
        return .markdown
    }

    func validate() throws {
        let words = Say.words
        if all == (agreement != nil) { throw ValidationError(words.exportAgreementOrAll) }
        if !all && filters.isSet { throw ValidationError(words.exportFiltersNeedAll) }
        if all && !MultiExport.formats.contains(resolvedFormat) { throw ValidationError(words.exportAllFormat(resolvedFormat.rawValue)) }
        if let output {
            if output.isEmpty { throw ValidationError(words.outputNeedsName) }
            // The format follows the extension: one no format has, or one that contradicts
            // --format, is refused rather than writing Markdown into x.docx.
            switch ExportFormatChoice.format(ofFile: output) {
            case .failure?: throw ValidationError(words.unknownExtension(output, formats: ExportFormatChoice.extensions))
            case .success(let named)? where format != nil && format?.format != named:
                throw ValidationError(words.formatMismatch(format: format?.format.rawValue ?? "", file: output, formats: ExportFormatChoice.extensions))
            default: break
            }
        }
        if let separator {
            guard resolvedFormat == .csv else { throw ValidationError(words.separatorOnlyForCSV) }
            guard CSVSeparator(argument: separator) != nil else { throw ValidationError(words.separatorInvalid(separator)) }
        }
        if force && output == nil { throw ValidationError(words.forceNeedsOutput) }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        guard let agreement else { return try exportAll(from: store) }
        let id = try options.resolve(agreement, in: store)
        let loaded: Agreement
        do { loaded = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let document: ExportDocument
        do {
            document = try AgreementExporter.export(loaded, as: resolvedFormat, isPublic: publicOnly,
                                                    separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon, words: words)
        } catch {
            throw CommandFailure(error.message(words))
        }
        try write(document)
    }

    /// Writes an export to standard output or to `--output`, saying where and whether it holds section 4.
    func write(_ document: ExportDocument) throws {
        let words = Say.words
        guard let output else {
            try Output.data(document.data)
            if document.containsPersonalGoals { try Output.error("lederavtale: " + words.exportStdoutHasSectionFour) }
            return
        }
        let path = OutputPaths.absolute(output)
        do {
            // A new file never replaces anything; with --force a link the user named is followed,
            // a device or FIFO is written to directly (never replaced), a read-only file refused.
            try AtomicWriter.write(document.data, to: path, options: force ? .userFile(permissions: document.fileMode) : .newFile(permissions: document.fileMode))
        } catch {
            let problem: StoreError.Problem = .writeFailed(error)
            let hint = error.reason == .exists && !force ? " (--force)" : ""
            throw CommandFailure("\(path): \(words.storeProblem(problem))\(hint)")
        }
        if document.containsPersonalGoals { try Output.error("lederavtale: " + words.exportFileHasSectionFour) }
        try Output.line(path)
    }
}

import AgreementExport
import AgreementKit
import AgreementStore
import ArgumentParser
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `lederavtale export`: the agreement as Markdown, HTML, CSV or JSON, public (without section 4) or full.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriver ut avtalen som Markdown, HTML, CSV eller JSON, med eller uten punkt 4.",
        discussion: """
        Avtalen er et offentlig dokument etter offentlighetsloven, unntatt punkt 4 \
        (enhetsleders personlige utviklingsmål). Med --public er punkt 4 helt utelatt, i alle \
        formater. Uten --public har markdown, html og json med punkt 4: en slik fil skrives med \
        tilgang bare for eieren (0600), og det står på standard feil. CSV har bare radene i \
        målområdene.

        Uten --output skrives eksporten til standard ut. En fil som finnes, overskrives ikke \
        uten --force; den absolutte stien til filen som ble skrevet, skrives ut.

        CSV er UTF-8 med BOM, med ; som skilletegn (--separator , eller --separator '\\t' \
        for tabulator) og en overskriftslinje på norsk.
        """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: "Id-en til avtalen (se «lederavtale list»).")
    var agreement: String

    @Option(name: .long, help: ArgumentHelp("Formatet; uten --format gjelder endelsen i --output, ellers markdown.", valueName: "FORMAT"))
    var format: ExportFormat?

    @Flag(name: .customLong("public"), help: "Offentlig utgave: uten punkt 4 (personlige utviklingsmål).")
    var publicOnly = false

    @Option(name: .long, help: ArgumentHelp("Skriv til denne filen i stedet for standard ut.", valueName: "FIL"))
    var output: String?

    @Flag(name: .long, help: "Overskriv filen i --output om den finnes.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Skilletegn i CSV: ; (standard), , eller \\t.", valueName: "TEGN"))
    var separator: String?

    /// The format asked for, else the one the output file's name suggests, else Markdown.
    var resolvedFormat: ExportFormat {
        format ?? output.flatMap { ExportFormat(fileName: $0) } ?? .markdown
    }

    func validate() throws {
        if let separator {
            guard resolvedFormat == .csv else { throw ValidationError("--separator gjelder bare --format csv.") }
            guard CSVSeparator(argument: separator) != nil else {
                throw ValidationError("«\(separator)» kan ikke skille felt; bruk ett tegn som ; , | eller \\t.")
            }
        }
        if force && output == nil { throw ValidationError("--force gjelder bare sammen med --output.") }
        if let output, output.isEmpty { throw ValidationError("--output trenger et filnavn.") }
    }

    func run() throws {
        let store = try options.open()
        let loaded: Agreement
        do { loaded = try store.load(agreement) } catch { throw CommandFailure("\(error)") }
        let document: ExportDocument
        do {
            document = try AgreementExporter.export(loaded, as: resolvedFormat, isPublic: publicOnly,
                                                    separator: separator.flatMap(CSVSeparator.init(argument:)) ?? .semicolon, words: words)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard let output else {
            FileHandle.standardOutput.write(document.data)
            if document.containsPersonalGoals {
                Output.error("lederavtale: merk: utskriften inneholder punkt 4 (unntatt offentlighet); bruk --public for en offentlig utgave")
            }
            return
        }
        let path = ExportFileWriter.absolutePath(output)
        do {
            try ExportFileWriter.write(document.data, to: path, mode: document.fileMode, overwrite: force)
        } catch {
            throw CommandFailure("\(error)")
        }
        if document.containsPersonalGoals {
            Output.error("lederavtale: merk: filen inneholder punkt 4 (unntatt offentlighet) og er skrevet med tilgang bare for deg (0600)")
        }
        Output.line(path)
    }
}

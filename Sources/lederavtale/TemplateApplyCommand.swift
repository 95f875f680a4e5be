import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue

/// `lederavtale template apply NAME --to ID… | --all [--dry-run]`: pushes a template into
/// that year's agreements, each saved on its own, all or nothing.
struct TemplateApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apply", abstract: Say.words.templateApplyAbstract, discussion: Say.words.templateApplyDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: YearStartHelp.option(.templateName))
    var name: String

    @Option(name: .long, help: YearStartHelp.option(.to))
    var to: [String] = []

    @Flag(name: .long, help: YearStartHelp.option(.all))
    var all = false

    @Flag(name: .customLong("dry-run"), help: YearStartHelp.option(.dryRun))
    var dryRun = false

    func validate() throws {
        if to.isEmpty == !all { throw ValidationError(Say.words.yearStart(.applyNeedsTarget)) }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let template: Template
        do { template = try store.loadTemplate(name).template } catch { throw CommandFailure(words.startProblem(error)) }
        let ids: [String]
        if all {
            let summaries: [AgreementSummary]
            do { summaries = try store.list().summaries } catch { throw CommandFailure(words.storeError(error)) }
            ids = summaries.filter { template.isFor(municipality: $0.municipality, year: $0.year) }.map(\.id).sorted()
        } else {
            ids = try to.map { try options.resolve($0, in: store) }
        }
        let person = YearStartHelp.person
        let amendment = TemplateAmendment(date: .today(), party: person.party, person: person.name, newID: { ItemID.random() },
                                          describe: { words.templateChange($0, in: $1) })
        try Output.line(words.yearStart(.applyHeading(template: template.name, dryRun: dryRun)))
        var (changed, unchanged, skipped, failed) = (0, 0, 0, 0)
        for id in ids {
            switch store.apply(template, to: id, dryRun: dryRun, amendment: amendment) {
            case .changed(let result):
                changed += 1
                try Output.line(words.yearStart(.applyChanged(id: id, changes: result.changes.count, amended: result.amended, dryRun: dryRun)))
                for change in result.changes {
                    let line = words.templateChange(change, in: result.agreement)
                    try Output.line("  " + line.field + (line.new.isEmpty ? "" : ": " + Self.short(line.new, against: line.old)))
                }
                for field in result.kept { try Output.line(words.yearStart(.applyKept(Self.name(field, in: result.agreement, words)))) }
            case .unchanged(let kept):
                unchanged += 1
                try Output.line(words.yearStart(.applyUnchanged(id: id)))
                if let agreement = try? store.load(id) {
                    for field in kept { try Output.line(words.yearStart(.applyKept(Self.name(field, in: agreement, words)))) }
                }
            case .skippedClosed:
                skipped += 1
                try Output.line(words.yearStart(.applySkippedClosed(id: id)))
            case .notFor(let municipality, let year):
                failed += 1
                try Output.line(words.yearStart(.applyFailed(id: id, reason: words.startProblem(.templateMismatch(
                    template: template.name, municipality: template.municipality, year: template.year,
                    agreementMunicipality: municipality, agreementYear: year)))))
            case .failed(let problem):
                failed += 1
                try Output.line(words.yearStart(.applyFailed(id: id, reason: words.startProblem(problem))))
            }
        }
        try Output.line(words.yearStart(.applySummary(changed: changed, unchanged: unchanged, skipped: skipped, failed: failed, dryRun: dryRun)))
        if failed > 0 { throw ExitCode(1) }
    }

    /// A field named for people: where it is and what it is.
    /// A section 1 text is named by its number and title ("1 Om avtalen – 1.3 Felles verdier og
    /// rammer"), not only by the section it is in.
    static func name(_ field: FieldRef, in agreement: Agreement, _ words: any Wording) -> String {
        let label = if case .about(let text) = field { words.screen(.aboutField(text)) } else { words.fieldLabel(field.kind) }
        return "\(words.place(agreement.place(of: field))) – \(label)"
    }

    /// The first line of a text that is not in the old one, at most 100 characters.
    static func short(_ text: String, against old: String) -> String {
        let before = Set(old.split(separator: "\n"))
        let lines = text.split(separator: "\n")
        let line = String(lines.first { !before.contains($0) } ?? lines.first ?? "")
        return line.count > 100 ? String(line.prefix(99)) + "…" : line
    }
}

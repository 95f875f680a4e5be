import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue

/// `lederavtale next`: next year's agreement from this one; this year's is never changed.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "next", abstract: Say.words.nextAbstract, discussion: Say.words.nextDiscussion)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.agreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String

    @Option(name: .long, help: YearStartHelp.option(.nextYear))
    var year: Int?

    @Option(name: .long, help: YearStartHelp.option(.drop))
    var drop: [String] = []

    @Flag(name: .customLong("dry-run"), help: YearStartHelp.option(.dryRun))
    var dryRun = false

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(agreement, in: store)
        let source: Agreement
        do { source = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let nextYear = year ?? source.header.year + 1
        if let existing = store.nextYear(of: source, year: nextYear) {
            throw CommandFailure(words.startProblem(.nextYearExists(existing)))
        }
        let template = store.newestTemplate(municipality: source.header.municipality, year: nextYear)?.template.inLanguage(Say.language.rawValue)
        var plan = Rollover(from: source, year: nextYear, template: template)
        for given in drop {
            let wanted = given.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init)
            guard let area = plan.areas.first(where: { $0.isToggleable && wanted == [$0.section.number, source.goalArea($0.id)?.number ?? ""] }) else {
                let known = plan.areas.filter(\.isToggleable).compactMap { a in source.goalArea(a.id).map { "\(a.section.number) \($0.number)" } }
                throw CommandFailure(words.yearStart(.nextDropUnknown(given, known: known)), code: 2)
            }
            plan.drop(area.id)
        }
        try Output.line(words.yearStart(.nextHeading(from: source.id, to: plan.id, year: nextYear)))
        if plan.isEarly { try Output.line(words.yearStart(.nextEarly(year: source.header.year, phase: words.phase(source.phase)))) }
        if let template {
            try Output.line(words.yearStart(.nextTemplate(template.name)))
        } else {
            try Output.line(words.yearStart(.nextNoTemplate(municipality: source.header.municipality, year: nextYear)))
        }
        for area in plan.areas {
            try Output.line(words.yearStart(.nextAreaLine(name: words.rowName(area.name), fate: words.fate(area, template: template?.name, year: nextYear))))
        }
        for fresh in plan.freshAreas {
            try Output.line(words.yearStart(.nextFreshLine("\(fresh.section.number) \(fresh.area.goalArea(in: fresh.section).label)")))
        }
        if dryRun {
            try Output.line(words.yearStart(.nextDryRun))
            return
        }
        let made = plan.make(unmetNote: { words.unmetNote(area: $0, year: source.header.year, plan: $1) }, newID: { ItemID.random() })
        do { try store.saveNew(made) } catch { throw CommandFailure(words.startProblem(error)) }
        try Output.line(words.yearStart(.nextCreated(id: made.id, path: store.path(of: made.id))))
    }
}

import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue

/// `lederavtale new`: a new agreement for a unit and year, with the municipality's template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Say.words.newAbstract, discussion: Say.words.newDiscussion)

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: YearStartHelp.option(.unit))
    var unit: String

    @Option(name: .long, help: YearStartHelp.option(.year))
    var year: Int

    @Option(name: .long, help: YearStartHelp.option(.municipality))
    var municipality: String?

    @Option(name: .customLong("service-area"), help: YearStartHelp.option(.serviceArea))
    var serviceArea: String?

    @Option(name: .long, help: YearStartHelp.option(.leader))
    var leader: String?

    @Option(name: .long, help: YearStartHelp.option(.contact))
    var contact: String?

    @Option(name: .long, help: YearStartHelp.option(.director))
    var director: String?

    @Option(name: .long, help: YearStartHelp.option(.template))
    var template: String?

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let header = AgreementHeader(municipality: try resolvedMunicipality(store), unit: unit.trimmingCharacters(in: .whitespaces),
                                     serviceArea: serviceArea ?? "", year: year, leader: leader ?? "", director: director ?? "",
                                     contactPerson: contact ?? "")
        let made: (agreement: Agreement, template: Template?)
        do { made = try store.newAgreement(header: header, templateName: template, language: Say.language.rawValue) } catch {
            throw CommandFailure(words.startProblem(error))
        }
        try Output.line(words.yearStart(.created(id: made.agreement.id, path: store.path(of: made.agreement.id))))
        if let used = made.template {
            try Output.line(words.yearStart(.createdFromTemplate(used.name)))
        } else {
            try Output.line(words.yearStart(.createdWithoutTemplate(municipality: header.municipality, year: header.year)))
        }
    }

    /// The municipality given; else the named template's; else the one municipality of the
    /// store's templates for the year; else the one every agreement and template of the store
    /// shares. When none of these settles it, the command asks for `--municipality` (exit 2),
    /// naming the municipalities the store has.
    private func resolvedMunicipality(_ store: AgreementStore) throws -> String {
        if let municipality, !municipality.trimmingCharacters(in: .whitespaces).isEmpty {
            return municipality.trimmingCharacters(in: .whitespaces)
        }
        if let template {
            do { return try store.loadTemplate(template).template.municipality } catch {
                throw CommandFailure(Say.words.startProblem(error))
            }
        }
        let ofTheYear = Set(store.templates().templates.map(\.template).filter { $0.year == year }.map(\.municipality))
        if ofTheYear.count == 1, let only = ofTheYear.first { return only }
        let known = YearStartHelp.municipalities(in: store)
        guard known.count == 1, let only = known.first else {
            throw CommandFailure(Say.words.yearStart(.municipalityNeeded(known: known)), code: 2)
        }
        return only
    }
}

/// Help and look-ups the start-of-year commands share.
enum YearStartHelp {
    static func option(_ option: YearStartOption) -> ArgumentHelp {
        let name = Say.words.optionValueName(option)
        return ArgumentHelp(Say.words.optionHelp(option), valueName: name.isEmpty ? nil : name)
    }

    /// The municipalities of the store's agreements and templates, sorted.
    static func municipalities(in store: AgreementStore) -> [String] {
        let agreements = ((try? store.list().summaries) ?? []).map(\.municipality)
        let templates = store.templates().templates.map(\.template.municipality)
        return Array(Set((agreements + templates).filter { !$0.isEmpty })).sorted()
    }

    /// The config's name and role, for records of who changed what.
    static var person: (name: String, party: Party) {
        let config = (try? ConfigStore().load()) ?? Config()
        return (config.name ?? "", config.role ?? .leader)
    }
}

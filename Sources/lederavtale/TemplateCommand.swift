import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale template list|show|new|apply`: the municipality's templates in `templates/`.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: Say.words.templateAbstract,
        subcommands: [TemplateListCommand.self, TemplateShowCommand.self, TemplateNewCommand.self, TemplateApplyCommand.self]
    )
}

/// `--format` of `template list`: text for people, csv or json for programs.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

/// `lederavtale template list`: one line per template.
struct TemplateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Say.words.templateListAbstract)

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: YearStartHelp.option(.format))
    var format: TableFormat = .text

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let (templates, problems) = store.templates()
        switch format {
        case .text:
            if templates.isEmpty && problems.isEmpty { try Output.line(words.yearStart(.noTemplates)) }
            for t in templates.map(\.template) {
                try Output.line(words.yearStart(.templateLine(name: t.name, municipality: t.municipality, year: t.year, common: t.commonGoalAreas.count,
                                                               serviceAreas: t.serviceAreas.count, tasks: t.checklist.count)))
            }
        case .csv:
            try Output.line("name,municipality,year,commonGoalAreas,serviceAreas,tasks")
            for t in templates.map(\.template) {
                try Output.line([t.name, t.municipality, String(t.year), String(t.commonGoalAreas.count), String(t.serviceAreas.count), String(t.checklist.count)]
                    .map(Self.csvField).joined(separator: ","))
            }
        case .json:
            let rows = templates.map(\.template).map { t in
                TemplateRowJSON(name: t.name, municipality: t.municipality, year: t.year, commonGoalAreas: t.commonGoalAreas.count,
                                serviceAreas: t.serviceAreas.map(\.name), tasks: t.checklist.count)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try Output.lines(String(decoding: try encoder.encode(rows), as: UTF8.self))
        }
        for problem in problems { try Output.error(words.storeError(problem)) }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// A CSV field, quoted when it must be.
    static func csvField(_ text: String) -> String {
        text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// One template in `--format json`.
    struct TemplateRowJSON: Encodable {
        var name: String
        var municipality: String
        var year: Int
        var commonGoalAreas: Int
        var serviceAreas: [String]
        var tasks: Int
    }
}

/// `lederavtale template show NAME`: the template's content.
struct TemplateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: Say.words.templateShowAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: YearStartHelp.option(.templateName))
    var name: String

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let template: Template
        do { template = try store.loadTemplate(name).template.inLanguage(Say.language.rawValue) } catch { throw CommandFailure(words.startProblem(error)) }
        try Output.line(words.yearStart(.templateShowHeading(name: template.name, municipality: template.municipality, year: template.year)))
        try Output.line(words.yearStart(.templateShowSection(words.place(.about))))
        let about = Agreement(id: template.name, header: AgreementHeader(municipality: template.municipality, unit: "", serviceArea: "", year: template.year),
                              about: template.about)
        for field in FieldRef.AboutField.allCases {
            let text = about.value(of: .about(field)) ?? ""
            try Output.line(words.screen(.aboutField(field)) + ":")
            try Output.lines(Self.indented(text))
        }
        try Output.line(words.yearStart(.templateShowSection(words.screen(.checklistTitle(year: template.year, marked: 0, total: template.checklist.count)))))
        for task in template.checklist { try Output.line("  " + words.listEntry(task.task, kind: nil)) }
        try Output.line(words.yearStart(.templateShowSection("2.1 " + words.section(.common))))
        for area in template.commonGoalAreas { try Self.show(area, words: words) }
        for serviceArea in template.serviceAreas {
            try Output.line(words.yearStart(.templateShowServiceArea(serviceArea.name)))
            for area in serviceArea.goalAreas { try Self.show(area, words: words) }
        }
    }

    static func show(_ area: TemplateGoalArea, words: any Wording) throws {
        try Output.line(area.goalArea(in: .common).label)
        for row in area.rows {
            for (kind, text) in [(FieldKind.resultGoal, row.resultGoal), (.target, row.target), (.indicator, row.indicator)] where !text.isEmpty {
                try Output.line("  " + words.fieldLabel(kind) + ":")
                try Output.lines(indented(text, by: 4))
            }
            if !row.measures.isEmpty {
                try Output.line("  " + words.fieldLabel(.measure) + ":")
                for line in words.measureLines(row.measures) { try Output.lines(indented(line, by: 4)) }
            }
            if !row.support.isEmpty {
                try Output.line("  " + words.fieldLabel(.support) + ":")
                for line in words.supportLines(row.support) { try Output.lines(indented(line, by: 4)) }
            }
        }
    }

    static func indented(_ text: String, by n: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: n) + $0 }.joined(separator: "\n")
    }
}

/// `lederavtale template new NAME --from ID`: a template of an agreement's municipal parts.
struct TemplateNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Say.words.templateNewAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: YearStartHelp.option(.templateName))
    var name: String

    @Option(name: .long, help: YearStartHelp.option(.from))
    var from: String

    func validate() throws {
        if !Slug.isValid(name) { throw ValidationError(Say.words.validation(.invalidTemplateName(name))) }
    }

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let id = try options.resolve(from, in: store)
        let agreement: Agreement
        do { agreement = try store.load(id) } catch { throw CommandFailure(words.storeError(error)) }
        let template = Template(name: name, from: agreement)
        do { try store.saveTemplate(template, replacing: false) } catch { throw CommandFailure(words.startProblem(error)) }
        try Output.line(words.yearStart(.templateCreated(name: name, path: store.templatePath(name))))
    }
}

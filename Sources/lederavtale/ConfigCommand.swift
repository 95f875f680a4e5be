import AgreementStore
import AgreementUI
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale config set KEY VALUE` and `config show`: the user's settings file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: Say.words.configAbstract, discussion: Say.words.configDiscussion,
        subcommands: [ConfigShowCommand.self, ConfigSetCommand.self], defaultSubcommand: ConfigShowCommand.self
    )
}

/// `lederavtale config show`.
struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: Say.words.configShowAbstract)

    @OptionGroup var language: LanguageOption

    func run() throws {
        let words = Say.words
        let store = ConfigStore()
        let config: Config
        do { config = try store.load() } catch { throw CommandFailure(words.configProblem(error)) }
        try Output.line(words.configLine(.name, value: config.name))
        try Output.line(words.configLine(.role, value: config.role.map(OpenRequest.argument(for:))))
        try Output.line(words.configLine(.language, value: config.language))
        try Output.line(words.configLine(.theme, value: config.theme))
        try Output.line(words.configFile(store.path))
    }
}

/// `lederavtale config set KEY VALUE`.
struct ConfigSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: Say.words.configSetAbstract)

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Say.words.configKeyHelp, valueName: Say.words.valueName(.key)))
    var key: String

    @Argument(help: ArgumentHelp(Say.words.configValueHelp, valueName: Say.words.valueName(.value)))
    var value: String

    func validate() throws {
        guard ConfigKey(rawValue: key) != nil else { throw ValidationError(Say.words.configUnknownKey(key)) }
    }

    func run() throws {
        let words = Say.words
        let store = ConfigStore()
        var config: Config
        do { config = try store.load() } catch { throw CommandFailure(words.configProblem(error)) }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch ConfigKey(rawValue: key) {
        case .name:
            guard !trimmed.isEmpty, Inert.text(trimmed) == trimmed else { throw CommandFailure(words.nameInvalid(value), code: 2) }
            config.name = trimmed
        case .role:
            guard let party = OpenRequest.party(trimmed) else { throw CommandFailure(words.roleInvalid(value), code: 2) }
            config.role = party
        case .language:
            guard let language = Language(named: trimmed) else {
                throw CommandFailure(words.languageInvalid(value, known: Language.allCases.map(\.rawValue)), code: 2)
            }
            config.language = language.rawValue
        case .theme:
            do { _ = try ThemeFiles.load(trimmed) } catch {
                throw CommandFailure(words.themeInvalid(value, reason: words.theme(error.theme, error.problem)), code: 2)
            }
            // A theme file is kept by its absolute path, so it is found from any folder.
            config.theme = ThemeLoader.bundledNames.contains(trimmed) ? trimmed : OutputPaths.absolute(trimmed)
        case nil:
            throw CommandFailure(words.configUnknownKey(key), code: 2)
        }
        do { try store.save(config) } catch { throw CommandFailure(words.configProblem(error)) }
        let saved = ConfigKey(rawValue: key) == .language ? config.language ?? trimmed : trimmed
        try Output.line(words.configSaved(ConfigKey(rawValue: key) ?? .name, value: saved, path: store.path))
    }
}

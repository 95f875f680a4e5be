import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation
import TerminalCurses

/// `lederavtale [AGREEMENT]`: opens the interface (the default command).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: Say.words.openAbstract)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp(Say.words.openAgreementArgumentHelp, valueName: Say.words.valueName(.agreement)))
    var agreement: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.themeOptionHelp, valueName: Say.words.valueName(.theme)))
    var theme: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(Say.words.roleOptionHelp, valueName: Say.words.valueName(.role)))
    var role: String?

    func validate() throws {
        if let role, Self.party(role) == nil { throw ValidationError(Say.words.roleInvalid(role)) }
    }

    func run() throws {
        // The config gives the defaults; the options win for this session.
        let config = (try? ConfigStore().load()) ?? Config()
        var store = try options.openOrSeed()
        let id = try agreement.map { given in try options.resolve(given, in: store) }
        let party = role.flatMap(Self.party) ?? config.role ?? .leader
        store.author = StoreOptions.author(root: store.root, party: party)
        // NO_COLOR set but empty means nothing (no-color.org); the session reads only whether it
        // is set, so an empty one is removed here (ColourPolicy is the rule).
        if ProcessInfo.processInfo.environment["NO_COLOR"] != nil, ColourPolicy.from(environment: ProcessInfo.processInfo.environment) {
            unsetenv("NO_COLOR")
        }
        try InterfaceSession.run(store: store, agreementID: id, themeName: theme ?? config.theme ?? "default", party: party,
                                 person: config.name ?? "", time: try options.timeReference(for: store))
    }

    /// The role a command-line word names, in any language's words (a script works whatever
    /// the user's language is).
    static func party(_ argument: String) -> Party? {
        let word = argument.lowercased()
        let roles: [(RoleArgument, Party)] = [(.leader, .leader), (.contactPerson, .contactPerson), (.director, .director)]
        let languages = [Say.language] + Language.allCases.filter { $0 != Say.language }
        return roles.first { role in languages.contains { $0.words.roleAliases(role.0).contains(word) } }?.1
    }

    /// The word for a role on the command line.
    static func argument(for party: Party) -> String {
        Say.words.roleArgument(party == .leader ? .leader : party == .contactPerson ? .contactPerson : .director)
    }
}

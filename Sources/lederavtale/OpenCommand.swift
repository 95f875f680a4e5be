import ArgumentParser
import Catalogue

/// `lederavtale [AGREEMENT]`: opens the interface (the default command). The plain cases never come
/// here: `OpenRequest.parsing` reads them without the parser, with the same result.
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
        if let role, OpenRequest.party(role) == nil { throw ValidationError(Say.words.roleInvalid(role)) }
    }

    /// What the parsed options ask for.
    var request: OpenRequest { OpenRequest(choice: options.choice, agreement: agreement, theme: theme, role: role) }

    func run() throws {
        try request.run()
    }
}

import AgreementStore
import ArgumentParser

/// `lederavtale [AGREEMENT]`: opens the interface (the default command).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Åpner avtalen i terminalen (standard)."
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: "Id-en til avtalen som skal åpnes (se «lederavtale list»).")
    var agreement: String?

    @Option(name: .long, help: "Fargetema: default, basic, mono, okabe-ito, eller en temafil.")
    var theme: String = "default"

    func run() throws {
        let store = try options.open()
        try InterfaceSession.run(store: store, agreementID: agreement, themeName: theme)
    }
}

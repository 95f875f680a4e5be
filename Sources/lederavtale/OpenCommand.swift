import AgreementKit
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

    @Option(name: .customLong("as"), help: ArgumentHelp("Hvem du er: leder (standard) eller kontaktperson.", valueName: "ROLLE"))
    var role: String = "leder"

    func validate() throws {
        guard Self.party(role) != nil else {
            throw ValidationError("--as må være «leder» eller «kontaktperson» (fikk «\(role)»)")
        }
    }

    func run() throws {
        let store = try options.open()
        try InterfaceSession.run(store: store, agreementID: agreement, themeName: theme, party: Self.party(role) ?? .leader)
    }

    static func party(_ argument: String) -> Party? {
        switch argument.lowercased() {
        case "leder", "enhetsleder", "leader": .leader
        case "kontaktperson", "kontakt", "contact": .contactPerson
        case "direktor", "direktør", "kommunaldirektor", "kommunaldirektør": .director
        default: nil
        }
    }
}

import ArgumentParser

/// The command line of lederavtale: the interface by default, and commands for scripts.
struct Lederavtale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lederavtale",
        abstract: "Lederavtalen for enhetsledere: mål, tiltak, støtte og logg gjennom året.",
        discussion: """
        Uten kommando åpnes avtalen i terminalen. Lageret er en mappe med JSON-filer:
        --store DIR, ellers LEDERAVTALE_STORE, ellers $XDG_DATA_HOME/lederavtale
        (~/.local/share/lederavtale), som opprettes med eksempelavtalen første gang.
        Avslutningskoder: 0 alt i orden, 1 problemer funnet, 2 feil bruk eller ingen terminal.
        """,
        subcommands: [OpenCommand.self, InitCommand.self, ListCommand.self, CheckCommand.self, ExportCommand.self, LogCommand.self, SaveLoopCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

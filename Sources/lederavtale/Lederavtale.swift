import ArgumentParser
import Catalogue

/// The command line of lederavtale: the interface by default, and commands for scripts.
struct Lederavtale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lederavtale",
        abstract: Say.words.rootAbstract,
        discussion: Say.words.rootDiscussion,
        subcommands: [OpenCommand.self, InitCommand.self, ListCommand.self, OverviewCommandLine.self, CheckCommand.self, ExportCommand.self,
                      LogCommand.self, ConfigCommand.self, IndicatorCommand.self, SaveLoopCommand.self, CalendarCommand.self,
                      NewCommand.self, NextCommand.self, TemplateCommand.self, RenameCommand.self, HandoverCommand.self, ArchiveCommand.self, DeleteCommand.self,
                      SyncCommand.self, HistoryCommand.self, MergeDriverCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// `--lang`, documented at the top as well (it is read before parsing, wherever it stands).
    @OptionGroup var language: LanguageOption

    /// The names of the commands, as `help` lists them.
    static var commandNames: [String] {
        configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
    }

    /// True if `path` (`config set` …, options aside) names a command; `help` is one too.
    static func knows(_ path: [String]) -> Bool {
        var commands = configuration.subcommands
        for name in path where !name.hasPrefix("-") {
            if name == "help" { continue }
            guard let command = commands.first(where: { $0.configuration.commandName == name }) else { return false }
            commands = command.configuration.subcommands
        }
        return true
    }
}

import AgreementKit
import AgreementStore
import Catalogue
import Foundation
import TerminalCurses

/// What `lederavtale [--store DIR] [--today DATE] [--theme NAME] [--as ROLE] [AGREEMENT]` asks for, and
/// opening the interface on it. `OpenCommand` makes one from the parser; `parsing(_:)` reads the plain
/// cases by hand, so the usual start never runs swift-argument-parser (README, "Minne").
struct OpenRequest: Equatable {
    var choice = StoreChoice()
    var agreement: String?
    var theme: String?
    var role: String?
    /// `lederavtale overview [--store DIR] [--today DATE]` on a terminal: the overview in the interface,
    /// as `OverviewCommandLine` opens it, without the parser (its code and tables were a third of a
    /// megabyte of the 2,000-agreement overview's memory).
    var overview = false
    /// The same to a pipe or a file: the overview's table, as `OverviewCommandLine` writes it, without
    /// the parser (a tenth of the instructions of the table of 2,000 agreements).
    var overviewTable = false

    /// Every command name and `help`: an argument spelled like one is left to the parser.
    /// Debug builds check it against the parser's list (`Program`).
    static let commandNames: Set<String> = [
        "open", "init", "list", "overview", "check", "export", "log", "config", "indicator", "save-loop", "wheel", "new", "next",
        "template", "rename", "handover", "archive", "delete", "sync", "history", "merge-driver", "help",
    ]

    /// The request the arguments (`--lang` already taken out) make, when they are only the interface's
    /// options, each once with a valid value, and at most one agreement; nil leaves them to the parser,
    /// which gives the same result for these and the usage errors for the rest.
    static func parsing(_ arguments: [String], outputIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> OpenRequest? {
        if arguments.first == "overview" {
            // Anything more (filters, a format, a file) is left to the parser.
            guard var request = parsing(Array(arguments.dropFirst()), outputIsTerminal: false),
                  request.agreement == nil, request.theme == nil, request.role == nil else { return nil }
            if outputIsTerminal { request.overview = true } else { request.overviewTable = true }
            return request
        }
        var request = OpenRequest()
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard !argument.isEmpty, !commandNames.contains(argument) else { return nil }
            guard argument.hasPrefix("-") else {
                guard request.agreement == nil else { return nil }
                request.agreement = argument
                index += 1
                continue
            }
            guard ["--store", "--today", "--theme", "--as"].contains(argument), !seen.contains(argument), index + 1 < arguments.count else { return nil }
            let value = arguments[index + 1]
            guard !value.isEmpty, !value.hasPrefix("-"), !commandNames.contains(value) else { return nil }
            seen.insert(argument)
            switch argument {
            case "--store": request.choice.store = value
            case "--today": request.choice.today = value
            case "--theme": request.theme = value
            default: request.role = value
            }
            index += 2
        }
        guard request.choice.todayIsValid, request.role.map({ party($0) != nil }) ?? true else { return nil }
        return request
    }

    /// Opens the interface: the config gives the defaults, the options win for this session.
    func run() throws {
        if overview || overviewTable {
            let store = try choice.open()
            let time = try choice.timeReference(for: store)
            if overview {
                try OverviewCommandLine.runInterface(store: store, time: time, filter: OverviewFilter())
            } else {
                try OverviewCommandLine.write(store: store, time: time, filter: OverviewFilter(), format: .table, output: nil, force: false)
            }
            return
        }
        let config = (try? ConfigStore().load()) ?? Config()
        var store = try choice.openOrSeed()
        let id = try agreement.map { given in try choice.resolve(given, in: store) }
        let party = role.flatMap(Self.party) ?? config.role ?? .leader
        store.author = StoreChoice.author(root: store.root, party: party)
        // NO_COLOR set but empty means nothing (no-color.org); the session reads only whether it
        // is set, so an empty one is removed here (ColourPolicy is the rule).
        if ProcessInfo.processInfo.environment["NO_COLOR"] != nil, ColourPolicy.from(environment: ProcessInfo.processInfo.environment) {
            unsetenv("NO_COLOR")
        }
        try InterfaceSession.run(store: store, agreementID: id, themeName: theme ?? config.theme ?? "default", party: party,
                                 person: config.name ?? "", time: try choice.timeReference(for: store))
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

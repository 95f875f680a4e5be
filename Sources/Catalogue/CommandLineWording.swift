import AgreementStore

/// Every text of the command line: help of each command and option, what commands print,
/// their errors, and bokmål for what swift-argument-parser generates in English.
public protocol CommandLineWording: Sendable {
    // Help: commands.
    var rootAbstract: String { get }
    var rootDiscussion: String { get }
    var openAbstract: String { get }
    var initAbstract: String { get }
    var initDiscussion: String { get }
    var listAbstract: String { get }
    var checkAbstract: String { get }
    var exportAbstract: String { get }
    var exportDiscussion: String { get }
    var logAbstract: String { get }
    var logDiscussion: String { get }
    var configAbstract: String { get }
    var configDiscussion: String { get }
    var configSetAbstract: String { get }
    var configShowAbstract: String { get }
    var saveLoopAbstract: String { get }

    // Help: arguments and options.
    var storeOptionHelp: String { get }
    /// The help of `--today`.
    var todayOptionHelp: String { get }
    /// The help of `--lang`.
    var languageOptionHelp: String { get }
    /// A `--today` or `LEDERAVTALE_TODAY` that is not a date.
    func todayInvalid(_ given: String) -> String
    var agreementArgumentHelp: String { get }
    var openAgreementArgumentHelp: String { get }
    var themeOptionHelp: String { get }
    var roleOptionHelp: String { get }
    var sampleFlagHelp: String { get }
    var exportFormatHelp: String { get }
    var publicFlagHelp: String { get }
    var outputOptionHelp: String { get }
    var forceFlagHelp: String { get }
    var separatorOptionHelp: String { get }
    var fromOptionHelp: String { get }
    var toOptionHelp: String { get }
    var logFormatHelp: String { get }
    var configKeyHelp: String { get }
    var configValueHelp: String { get }
    var saveLoopIDHelp: String { get }
    var saveLoopCountHelp: String { get }
    /// Value names shown in usage lines: AVTALE, FIL, DATO …
    func valueName(_ name: CommandLineValueName) -> String

    // What swift-argument-parser generates, in this language.
    /// The help flag's own line: "Vis denne hjelpen."
    var helpFlagHelp: String { get }
    /// What the generated `help` command does: "Viser hjelpen til en kommando."
    var helpCommandAbstract: String { get }
    /// A heading of the generated help ("USAGE", "OPTIONS" …).
    func helpHeading(_ heading: HelpHeading) -> String
    /// The placeholder for a command in usage lines: "kommando", or "kommandoer" for several.
    func helpCommandPlaceholder(plural: Bool) -> String
    /// "(standard: default)".
    func helpDefault(_ value: String) -> String
    /// "(standard)" after the default subcommand.
    var helpDefaultSubcommand: String { get }
    /// "(verdier: markdown, md, html)".
    func helpValues(_ values: String) -> String
    /// "Se «lederavtale help <kommando>» for hjelp til hver kommando." (the quoted command given whole)
    func helpSeeSubcommand(_ command: String) -> String
    /// "Se «lederavtale list --help» for mer."
    func helpSeeMore(_ command: String) -> String
    /// A usage error from the parser, reworded.
    func parserError(_ error: ParserErrorKind) -> String
    /// `help NAME` for a command that does not exist.
    func unknownCommand(_ name: String, known: [String]) -> String

    // Running.
    /// A store that does not exist and is not created by this command.
    func storeMissing(_ path: String, isDefault: Bool) -> String
    /// Said on a terminal before many agreements are read from their files (the store's index
    /// missing or stale, as after a clone or a copy), which takes seconds.
    func readingAgreements(_ count: Int) -> String
    func defaultStoreFailed(_ reason: String) -> String
    /// stdout or stderr could not be written.
    func outputFailed(_ reason: String) -> String
    func checkCounts(_ counts: CheckReport.Counts) -> String
    func checkTotal(agreements: Int, _ counts: CheckReport.Counts) -> String
    func checkWarning(_ text: String) -> String
    func checkLock(id: String, _ text: String) -> String
    func checkVerdict(errors: Int, warnings: Int) -> String
    func initInstalled(_ id: String) -> String
    func initKept(_ id: String) -> String
    func initDone(_ root: String) -> String
    var exportStdoutHasSectionFour: String { get }
    var exportFileHasSectionFour: String { get }
    var separatorOnlyForCSV: String { get }
    func separatorInvalid(_ value: String) -> String
    var forceNeedsOutput: String { get }
    var outputNeedsName: String { get }
    /// `--output x.docx`: an extension no format has.
    func unknownExtension(_ file: String, formats: [String]) -> String
    /// `--format csv --output x.html`.
    func formatMismatch(format: String, file: String, formats: [String]) -> String
    func badDate(option: String, value: String) -> String
    func datesReversed(from: String, to: String) -> String
    func roleInvalid(_ value: String) -> String
    func configUnknownKey(_ key: String) -> String
    /// A language that does not exist, with where it was given (`--lang`, `LEDERAVTALE_LANG`, the config).
    func languageInvalid(_ value: String, known: [String]) -> String
    func themeInvalid(_ value: String, reason: String) -> String
    func nameInvalid(_ value: String) -> String
    /// One line of `config show`.
    func configLine(_ key: ConfigKey, value: String?) -> String
    func configFile(_ path: String) -> String
    func configSaved(_ key: ConfigKey, value: String, path: String) -> String
    func configProblem(_ error: StoreError) -> String
    /// A role as typed on the command line: "leder", "kontaktperson".
    func roleArgument(_ party: RoleArgument) -> String
    /// Every word the command line accepts for a role (the English id included).
    func roleAliases(_ party: RoleArgument) -> [String]
    func saveLoopNoRows(_ id: String) -> String
    var saveLoopCountNegative: String { get }
    /// Why the interface cannot start here (one line for standard error, exit 2).
    func terminalRefusal(_ reason: TerminalRefusalReason) -> String
}

/// The value names in usage lines.
public enum CommandLineValueName: Sendable {
    case agreement, directory, file, format, separator, date, role, theme, id, count, key, value, language
}

/// The headings of generated help.
public enum HelpHeading: Sendable {
    case overview, usage, arguments, options, subcommands, error, help
}

/// The usage errors swift-argument-parser reports, with what they name.
public enum ParserErrorKind: Equatable, Sendable {
    case unknownOption(String, suggestion: String?)
    case missingArgument(String)
    case missingValue(String)
    case invalidValue(String, option: String, allowed: [String])
    case unexpectedArgument(String)
    case unexpectedArguments([String])
    /// Anything else, in the library's own (English) words.
    case other(String)
}

/// The keys of `lederavtale config`.
public enum ConfigKey: String, CaseIterable, Sendable {
    case name, role, language, theme
}

/// The roles `--as` and `config set role` take.
public enum RoleArgument: Sendable {
    case leader, contactPerson, director
}

/// Why the interactive interface cannot start.
public enum TerminalRefusalReason: Equatable, Sendable {
    case notATerminal
    case noTerm
    case unknownTerm(String)
    case cannotAddressCursor(String)
    case startFailed
}

import AgreementStore

extension English {
    public var rootAbstract: String { "The leader agreement for unit leaders: goals, measures, support and log through the year." }
    public var rootDiscussion: String {
        """
        Without a command the agreement opens in the terminal. The store is a folder of JSON files: \
        --store DIR, else LEDERAVTALE_STORE, else $XDG_DATA_HOME/lederavtale \
        (~/.local/share/lederavtale), which is created with the sample agreements the first time the app opens. \
        An agreement may be named by the start of its id (hoeg for hoeggen-skole-2011) when only one fits.
        Exit codes: 0 all well, 1 problems found, 2 wrong usage or no terminal.
        """
    }
    public var openAbstract: String { "Opens the agreement in the terminal." }
    public var initAbstract: String { "Creates a store, with the sample agreements with --sample." }
    public var initDiscussion: String {
        """
        Creates the folder in --store (or the default store) with its parents, and checks that \
        it can be written. With --sample the sample agreements are added (Hoeggen skole 2011 and \
        Eide barneskole 2013, built into the program) and a demo municipality for the overview: twelve \
        invented units in 2011 and six of them in 2010, marked as demo data (“demo”: true). \
        An agreement that exists already is left alone.
        """
    }
    public var listAbstract: String { "Lists the agreements in the store: id, unit, year, phase and progress." }
    public var checkAbstract: String { "Checks every file in the store, counts the contents and shows the locks (changes nothing)." }
    public var exportAbstract: String { "Writes the agreement as Markdown, HTML, CSV or JSON, with or without section 4." }
    public var exportDiscussion: String {
        """
        The agreement is a public document under the Freedom of Information Act, except section 4 \
        (the unit leader's personal development goals). With --public section 4 is left out entirely, in every \
        format. Without --public, markdown, html and json include section 4: such a file is written with \
        access for its owner only (0600), and standard error says so. CSV has only the rows of the \
        goal areas.

        Without --output the export goes to standard output. With --output the format follows \
        the file's extension: .md (markdown), .html, .csv or .json; another extension, or one \
        that does not match --format, is refused. An existing file is not overwritten without --force; \
        the absolute path of the file written is printed.

        CSV is UTF-8 with BOM, with ; as separator (--separator , or --separator '\\t' \
        for a tab) and a header line in English.
        """
    }
    public var logAbstract: String { "Prints the log (measures carried out) for the contact person before the mid-year and year-end reviews." }
    public var logDiscussion: String {
        """
        The log is grouped by goal area and row in the form's order, sorted by date, with \
        the measure of the agreement each entry is about. The printout leaves out section 4.

        Dates are written 14 Mar 2011, 14 Mar (the agreement's year), 14/3/2011 or 2011-03-14; \
        --from and --to include the days themselves.
        """
    }
    public var configAbstract: String { "Shows or changes your settings: name, role, language and theme." }
    public var configDiscussion: String {
        """
        The settings live in $XDG_CONFIG_HOME/lederavtale/config.json \
        (~/.config/lederavtale/config.json), never in the store. The name is used when the app records \
        who did what; the role is the one the app opens with (--as still applies for one session).
        Example: lederavtale config set name "Kari Nordmann"
        """
    }
    public var configSetAbstract: String { "Changes one setting: name, role (leader or contact), language (nb, nn or en) or theme." }
    public var configShowAbstract: String { "Shows the settings and the file they live in." }
    public var saveLoopAbstract: String { "Saves an agreement over and over (for the crash test)." }

    public var storeOptionHelp: String { "The folder of agreements." }
    public var languageOptionHelp: String {
        "The language: nb (bokmål), nn (nynorsk) or en (English); else LEDERAVTALE_LANG, the settings, LC_ALL/LC_MESSAGES/LANG (nn_NO, nb_NO), else bokmål."
    }
    public var todayOptionHelp: String {
        "The date deadlines are reckoned from (YYYY-MM-DD or DD.MM.YYYY); else LEDERAVTALE_TODAY, the store's own date (store.json) or today's date."
    }
    public func todayInvalid(_ given: String) -> String { "“\(given)” is not a date (write e.g. 2011-09-15 or 15.09.2011)" }
    public var agreementArgumentHelp: String { "The agreement's id, or its start (see “lederavtale list”)." }
    public var openAgreementArgumentHelp: String { "The agreement to open: its id or its start (see “lederavtale list”)." }
    public var themeOptionHelp: String { "Colour theme: default, basic, mono, okabe-ito, or a theme file (else the theme in the settings)." }
    public var roleOptionHelp: String { "Who you are in this session: leader or contact (else the role in the settings, else leader)." }
    public var sampleFlagHelp: String { "Add the sample agreements (Hoeggen skole 2011, Eide barneskole 2013) and the demo municipality." }
    public var exportFormatHelp: String { "The format: markdown (md), html, csv or json; without --format the extension of --output decides, else markdown." }
    public var publicFlagHelp: String { "Public copy: without section 4 (personal development goals)." }
    public var outputOptionHelp: String { "Write to this file instead of standard output (.md, .html, .csv or .json)." }
    public var forceFlagHelp: String { "Overwrite the file in --output if it exists." }
    public var separatorOptionHelp: String { "CSV separator: ; (default), , or \\t." }
    public var fromOptionHelp: String { "The first day included." }
    public var toOptionHelp: String { "The last day included." }
    public var logFormatHelp: String { "The format: markdown or csv." }
    public var configKeyHelp: String { "The setting: name, role, language or theme." }
    public var configValueHelp: String { "The new value." }
    public var saveLoopIDHelp: String { "The agreement's id." }
    public var saveLoopCountHelp: String { "Number of saves (default: until the process is stopped)." }

    public func valueName(_ name: CommandLineValueName) -> String {
        switch name {
        case .agreement: "agreement"
        case .directory: "folder"
        case .file: "file"
        case .format: "format"
        case .separator: "character"
        case .date: "date"
        case .role: "role"
        case .theme: "theme"
        case .id: "id"
        case .count: "count"
        case .key: "setting"
        case .value: "value"
        case .language: "language"
        }
    }

    public var helpFlagHelp: String { "Show this help." }
    public var helpCommandAbstract: String { "Shows the help of a command." }

    public func helpHeading(_ heading: HelpHeading) -> String {
        switch heading {
        case .overview: "OVERVIEW"
        case .usage: "USAGE"
        case .arguments: "ARGUMENTS"
        case .options: "OPTIONS"
        case .subcommands: "COMMANDS"
        case .error: "Error"
        case .help: "Help"
        }
    }

    public func helpCommandPlaceholder(plural: Bool) -> String { plural ? "commands" : "command" }
    public func helpDefault(_ value: String) -> String { "(default: \(value))" }
    public var helpDefaultSubcommand: String { "(default)" }
    public func helpValues(_ values: String) -> String { "(values: \(values))" }
    public func helpSeeSubcommand(_ command: String) -> String { "See “\(command)” for the help of each command." }
    public func helpSeeMore(_ command: String) -> String { "See “\(command) --help” for more." }

    public func parserError(_ error: ParserErrorKind) -> String {
        switch error {
        case .unknownOption(let name, let suggestion):
            "unknown option “\(name)”" + (suggestion.map { "; did you mean “\($0)”?" } ?? "")
        case .missingArgument(let name): "missing \(name)"
        case .missingValue(let name): "missing a value after \(name)"
        case .invalidValue(let value, let option, let allowed):
            "“\(value)” is not a valid value for \(option)" + (allowed.isEmpty ? "" : "; use \(list(allowed, or: true))")
        case .unexpectedArgument(let value): "unexpected argument “\(value)”"
        case .unexpectedArguments(let values): "unexpected arguments: \(values.map { "“\($0)”" }.joined(separator: " "))"
        case .other(let text): text
        }
    }

    public func unknownCommand(_ name: String, known: [String]) -> String {
        "unknown command “\(name)”; the commands are \(list(known, or: false))"
    }

    public func readingAgreements(_ count: Int) -> String {
        "reading \(integer(count)) agreements from their files (the index is missing or stale; only this once) …"
    }

    public func storeMissing(_ path: String, isDefault: Bool) -> String {
        isDefault
            ? "the default store \(path) does not exist yet; start “lederavtale” or create it with “lederavtale init --sample”"
            : "the store \(path) does not exist (create it with “lederavtale init --store \(path)”)"
    }

    public func defaultStoreFailed(_ reason: String) -> String { "could not create the default store: \(reason)" }
    public func outputFailed(_ reason: String) -> String { "could not write output: \(reason)" }

    public func checkCounts(_ c: CheckReport.Counts) -> String {
        "\(count(c.goalAreas, "goal area", "goal areas")), \(count(c.rows, "row", "rows")), \(count(c.measures, "measure", "measures")), \(c.support) support, \(c.logEntries) log, checklist \(c.checklistMarked)/\(c.checklistTotal)"
    }

    public func checkTotal(agreements: Int, _ counts: CheckReport.Counts) -> String {
        "total: \(count(agreements, "agreement", "agreements")), \(checkCounts(counts))"
    }

    public func checkWarning(_ text: String) -> String { "\(text) (warning)" }
    public func checkLock(id: String, _ text: String) -> String { "lock on \(id): \(text)" }

    public func checkVerdict(errors: Int, warnings: Int) -> String {
        if errors > 0 { return "\(count(errors, "error", "errors")) found" }
        return warnings == 0 ? "all well" : "well, with \(count(warnings, "warning", "warnings"))"
    }

    public func initInstalled(_ id: String) -> String { "added \(id)" }
    public func initKept(_ id: String) -> String { "\(id) exists already; not changed" }
    public func initDone(_ root: String) -> String { "store: \(root)" }
    public var exportStdoutHasSectionFour: String { "note: the output contains section 4 (exempt from public access); use --public for a public copy" }
    public var exportFileHasSectionFour: String { "note: the file contains section 4 (exempt from public access) and is written with access for you only (0600)" }
    public var separatorOnlyForCSV: String { "--separator applies only to --format csv." }
    public func separatorInvalid(_ value: String) -> String { "“\(value)” cannot separate fields; use one character such as ; , | or \\t." }
    public var forceNeedsOutput: String { "--force applies only together with --output." }
    public var outputNeedsName: String { "--output needs a file name." }

    public func unknownExtension(_ file: String, formats: [String]) -> String {
        "“\(file)”: the format follows the extension, and this one I do not know; use \(list(formats, or: true))"
    }

    public func formatMismatch(format: String, file: String, formats: [String]) -> String {
        "--format \(format) does not match the extension of “\(file)”; the extensions are \(list(formats, or: false))"
    }

    public func badDate(option: String, value: String) -> String {
        "\(option): “\(value)” is not a date (write e.g. 14 Mar 2011, 14 Mar, 14/3/2011 or 2011-03-14)"
    }

    public func datesReversed(from: String, to: String) -> String { "--to (\(to)) is before --from (\(from))" }
    public func roleInvalid(_ value: String) -> String { "the role must be “leader” or “contact” (got “\(value)”)" }
    public func configUnknownKey(_ key: String) -> String { "unknown setting “\(key)”; choose name, role, language or theme" }
    public func languageInvalid(_ value: String, known: [String]) -> String { "there is no language “\(value)”; choose \(list(known, or: true))" }
    public func themeInvalid(_ value: String, reason: String) -> String { "the theme “\(value)” cannot be used: \(reason)" }
    public func nameInvalid(_ value: String) -> String { "the name cannot be empty or contain control characters" }

    public func configLine(_ key: ConfigKey, value: String?) -> String {
        "\(key.rawValue): \(value ?? "(not set)")"
    }

    public func configFile(_ path: String) -> String { "file: \(path)" }
    public func configSaved(_ key: ConfigKey, value: String, path: String) -> String { "\(key.rawValue) = \(value) (saved in \(path))" }
    public func configProblem(_ error: StoreError) -> String { "the settings: \(storeError(error))" }

    public func roleArgument(_ party: RoleArgument) -> String {
        switch party {
        case .leader: "leader"
        case .contactPerson: "contact"
        case .director: "director"
        }
    }

    public func roleAliases(_ party: RoleArgument) -> [String] {
        switch party {
        case .leader: ["leader", "unit-leader", "leder", "enhetsleder", "leiar"]
        case .contactPerson: ["contact", "contactperson", "contact-person", "kontaktperson", "kontakt"]
        case .director: ["director", "direktør", "direktor", "kommunaldirektør", "kommunaldirektor"]
        }
    }

    public func saveLoopNoRows(_ id: String) -> String { "\(id) has no rows to log on" }
    public var saveLoopCountNegative: String { "--count must be 0 or more" }

    public func terminalRefusal(_ reason: TerminalRefusalReason) -> String {
        switch reason {
        case .notATerminal: "needs a terminal (standard input and output must be a terminal)"
        case .noTerm: "TERM is not set, so the kind of terminal is unknown"
        case .unknownTerm(let term): "the terminal type “\(term)” is unknown (no terminfo description)"
        case .cannotAddressCursor(let term): "the terminal type “\(term)” cannot move the cursor; use a full-screen terminal"
        case .startFailed: "could not start the terminal (newterm failed)"
        }
    }

    /// "a, b or c" / "a, b and c".
    private func list(_ items: [String], or: Bool) -> String { Phrasing.list(items, last: or ? " or " : " and ") }
}

import AgreementStore

extension Nynorsk {
    public var rootAbstract: String { "Leiaravtalen for einingsleiarar: mål, tiltak, støtte og logg gjennom året." }
    public var rootDiscussion: String {
        """
        Utan kommando blir avtalen opna i terminalen. Lageret er ei mappe med JSON-filer: \
        --store DIR, elles LEDERAVTALE_STORE, elles $XDG_DATA_HOME/lederavtale \
        (~/.local/share/lederavtale), som blir oppretta med eksempelavtalane første gongen appen blir opna. \
        Ein avtale kan nemnast med starten av id-en (hoeg for hoeggen-skole-2011) når berre éin passar.
        Avslutningskodar: 0 alt i orden, 1 problem funne, 2 feil bruk eller ingen terminal.
        """
    }
    public var openAbstract: String { "Opnar avtalen i terminalen." }
    public var initAbstract: String { "Opprettar eit lager, med eksempelavtalane med --sample." }
    public var initDiscussion: String {
        """
        Opprettar mappa i --store (eller standardlageret) med foreldremapper, og sjekkar at det \
        går an å skrive i ho. Med --sample blir eksempelavtalane lagde inn (Hoeggen skole 2011 og \
        Eide barneskole 2013, innebygde i programmet) og ein demokommune for oversikta: tolv \
        oppdikta einingar i 2011 og seks av dei i 2010, merkte som demodata («demo»: true). \
        Ein avtale som finst frå før, blir ikkje endra.
        """
    }
    public var listAbstract: String { "Viser avtalane i lageret: id, eining, år, fase og framdrift." }
    public var checkAbstract: String { "Kontrollerer alle filene i lageret, tel innhaldet og viser låsane (endrar ingenting)." }
    public var exportAbstract: String { "Skriv ut avtalen som Markdown, HTML, CSV eller JSON, med eller utan punkt 4." }
    public var exportDiscussion: String {
        """
        Avtalen er eit offentleg dokument etter offentleglova, unnateke punkt 4 \
        (dei personlege utviklingsmåla til einingsleiaren). Med --public er punkt 4 heilt utelate, i alle \
        format. Utan --public har markdown, html og json med punkt 4: ei slik fil blir skriven med \
        tilgang berre for eigaren (0600), og det står på standard feil. CSV har berre radene i \
        målområda.

        Utan --output blir eksporten skriven til standard ut. Med --output følgjer formatet \
        filendinga: .md (markdown), .html, .csv eller .json; ei anna ending, eller ei ending \
        som ikkje passar med --format, blir avvist. Ei fil som finst, blir ikkje skriven over utan --force; \
        den absolutte stien til fila som vart skriven, blir skriven ut.

        CSV er UTF-8 med BOM, med ; som skiljeteikn (--separator , eller --separator '\\t' \
        for tabulator) og ei overskriftslinje på nynorsk.
        """
    }
    public var logAbstract: String { "Skriv ut loggen (gjennomførte tiltak) til kontaktpersonen før midtvegs- og årssamtalen." }
    public var logDiscussion: String {
        """
        Loggen blir gruppert etter målområde og rad i rekkjefølgja i skjemaet, sortert på dato, med \
        tiltaket i avtalen som loggføringa gjeld. Utskrifta har ikkje med punkt 4.

        Datoar blir skrivne 14.03.2011, 14.3.11, 14.3 (året til avtalen), 14. mars 2011 eller 2011-03-14; \
        --from og --to tek med dagane sjølve.
        """
    }
    public var configAbstract: String { "Viser eller endrar innstillingane dine: namn, rolle, språk og tema." }
    public var configDiscussion: String {
        """
        Innstillingane ligg i $XDG_CONFIG_HOME/lederavtale/config.json \
        (~/.config/lederavtale/config.json), aldri i lageret. Namnet blir brukt når appen skriv \
        ned kven som gjorde kva; rolla er den appen opnar med (--as gjeld likevel for éi økt).
        Døme: lederavtale config set name "Kari Nordmann"
        """
    }
    public var configSetAbstract: String { "Endrar éi innstilling: name, role (leiar eller kontaktperson), language (nb, nn eller en) eller theme." }
    public var configShowAbstract: String { "Viser innstillingane og fila dei ligg i." }
    public var saveLoopAbstract: String { "Lagrar ein avtale om og om igjen (for krasjtesten)." }

    public var storeOptionHelp: String { "Mappa med avtalane." }
    public var languageOptionHelp: String {
        "Språket: nb (bokmål), nn (nynorsk) eller en (English); elles LEDERAVTALE_LANG, innstillingane, LC_ALL/LC_MESSAGES/LANG (nn_NO, nb_NO), elles bokmål."
    }
    public var todayOptionHelp: String {
        "Datoen fristar blir rekna frå (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); elles LEDERAVTALE_TODAY, den eigne datoen til lageret (store.json) eller dagens dato."
    }
    public func todayInvalid(_ given: String) -> String { "«\(given)» er ikkje ein dato (skriv t.d. 2011-09-15 eller 15.09.2011)" }
    public var agreementArgumentHelp: String { "Id-en til avtalen, eller starten av han (sjå «lederavtale list»)." }
    public var openAgreementArgumentHelp: String { "Avtalen som skal opnast: id-en eller starten av han (sjå «lederavtale list»)." }
    public var themeOptionHelp: String { "Fargetema: default, basic, mono, okabe-ito, eller ei temafil (elles temaet i innstillingane)." }
    public var roleOptionHelp: String { "Kven du er i denne økta: leiar eller kontaktperson (elles rolla i innstillingane, elles leiar)." }
    public var sampleFlagHelp: String { "Legg inn eksempelavtalane (Hoeggen skole 2011, Eide barneskole 2013) og demokommunen." }
    public var exportFormatHelp: String { "Formatet: markdown (md), html, csv eller json; utan --format gjeld endinga i --output, elles markdown." }
    public var publicFlagHelp: String { "Offentleg utgåve: utan punkt 4 (personlege utviklingsmål)." }
    public var outputOptionHelp: String { "Skriv til denne fila i staden for standard ut (.md, .html, .csv eller .json)." }
    public var forceFlagHelp: String { "Skriv over fila i --output om ho finst." }
    public var separatorOptionHelp: String { "Skiljeteikn i CSV: ; (standard), , eller \\t." }
    public var fromOptionHelp: String { "Første dagen som blir teken med." }
    public var toOptionHelp: String { "Siste dagen som blir teken med." }
    public var logFormatHelp: String { "Formatet: markdown eller csv." }
    public var configKeyHelp: String { "Innstillinga: name, role, language eller theme." }
    public var configValueHelp: String { "Den nye verdien." }
    public var saveLoopIDHelp: String { "Id-en til avtalen." }
    public var saveLoopCountHelp: String { "Tal på lagringar (standard: til prosessen blir stoppa)." }

    public func valueName(_ name: CommandLineValueName) -> String {
        switch name {
        case .agreement: "avtale"
        case .directory: "mappe"
        case .file: "fil"
        case .format: "format"
        case .separator: "teikn"
        case .date: "dato"
        case .role: "rolle"
        case .theme: "tema"
        case .id: "id"
        case .count: "tal"
        case .key: "innstilling"
        case .value: "verdi"
        case .language: "språk"
        }
    }

    public var helpFlagHelp: String { "Vis denne hjelpa." }
    public var helpCommandAbstract: String { "Viser hjelpa til ein kommando." }

    public func helpHeading(_ heading: HelpHeading) -> String {
        switch heading {
        case .overview: "OVERSIKT"
        case .usage: "BRUK"
        case .arguments: "ARGUMENT"
        case .options: "VAL"
        case .subcommands: "KOMMANDOAR"
        case .error: "Feil"
        case .help: "Hjelp"
        }
    }

    public func helpCommandPlaceholder(plural: Bool) -> String { plural ? "kommandoar" : "kommando" }
    public func helpDefault(_ value: String) -> String { "(standard: \(value))" }
    public var helpDefaultSubcommand: String { "(standard)" }
    public func helpValues(_ values: String) -> String { "(verdiar: \(values))" }
    public func helpSeeSubcommand(_ command: String) -> String { "Sjå «\(command)» for hjelp til kvar kommando." }
    public func helpSeeMore(_ command: String) -> String { "Sjå «\(command) --help» for meir." }

    public func parserError(_ error: ParserErrorKind) -> String {
        switch error {
        case .unknownOption(let name, let suggestion):
            "ukjent val «\(name)»" + (suggestion.map { "; meinte du «\($0)»?" } ?? "")
        case .missingArgument(let name): "manglar \(name)"
        case .missingValue(let name): "manglar ein verdi etter \(name)"
        case .invalidValue(let value, let option, let allowed):
            "«\(value)» er ikkje ein gyldig verdi for \(option)" + (allowed.isEmpty ? "" : "; bruk \(list(allowed, or: true))")
        case .unexpectedArgument(let value): "uventa argument «\(value)»"
        case .unexpectedArguments(let values): "uventa argument: \(values.map { "«\($0)»" }.joined(separator: " "))"
        case .other(let text): text
        }
    }

    public func unknownCommand(_ name: String, known: [String]) -> String {
        "ukjend kommando «\(name)»; kommandoane er \(list(known, or: false))"
    }

    public func readingAgreements(_ count: Int) -> String {
        "les \(integer(count)) avtalar frå filene (indeksen manglar eller er utdatert; berre denne gongen) …"
    }

    public func storeMissing(_ path: String, isDefault: Bool) -> String {
        isDefault
            ? "standardlageret \(path) finst ikkje enno; start «lederavtale» eller opprett det med «lederavtale init --sample»"
            : "lageret \(path) finst ikkje (opprett det med «lederavtale init --store \(path)»)"
    }

    public func defaultStoreFailed(_ reason: String) -> String { "kunne ikkje opprette standardlageret: \(reason)" }
    public func outputFailed(_ reason: String) -> String { "kunne ikkje skrive utdata: \(reason)" }

    public func checkCounts(_ c: CheckReport.Counts) -> String {
        "\(c.goalAreas) målområde, \(c.rows) rader, \(c.measures) tiltak, \(c.support) støtte, \(c.logEntries) logg, sjekkliste \(c.checklistMarked)/\(c.checklistTotal)"
    }

    public func checkTotal(agreements: Int, _ counts: CheckReport.Counts) -> String {
        "totalt: \(count(agreements, "avtale", "avtalar")), \(checkCounts(counts))"
    }

    public func checkWarning(_ text: String) -> String { "\(text) (åtvaring)" }
    public func checkLock(id: String, _ text: String) -> String { "lås på \(id): \(text)" }

    public func checkVerdict(errors: Int, warnings: Int) -> String {
        if errors > 0 { return "\(count(errors, "feil", "feil")) funne" }
        return warnings == 0 ? "alt i orden" : "i orden, med \(count(warnings, "åtvaring", "åtvaringar"))"
    }

    public func initInstalled(_ id: String) -> String { "la inn \(id)" }
    public func initKept(_ id: String) -> String { "\(id) finst frå før; ikkje endra" }
    public func initDone(_ root: String) -> String { "lager: \(root)" }
    public var exportStdoutHasSectionFour: String { "merk: utskrifta inneheld punkt 4 (unnateke offentlegheit); bruk --public for ei offentleg utgåve" }
    public var exportFileHasSectionFour: String { "merk: fila inneheld punkt 4 (unnateke offentlegheit) og er skriven med tilgang berre for deg (0600)" }
    public var separatorOnlyForCSV: String { "--separator gjeld berre --format csv." }
    public func separatorInvalid(_ value: String) -> String { "«\(value)» kan ikkje skilje felt; bruk eitt teikn som ; , | eller \\t." }
    public var forceNeedsOutput: String { "--force gjeld berre saman med --output." }
    public var outputNeedsName: String { "--output treng eit filnamn." }

    public func unknownExtension(_ file: String, formats: [String]) -> String {
        "«\(file)»: formatet følgjer filendinga, og denne kjenner eg ikkje; bruk \(list(formats, or: true))"
    }

    public func formatMismatch(format: String, file: String, formats: [String]) -> String {
        "--format \(format) passar ikkje med filendinga i «\(file)»; endingane er \(list(formats, or: false))"
    }

    public func badDate(option: String, value: String) -> String {
        "\(option): «\(value)» er ikkje ein dato (skriv t.d. 14.03.2011, 14.3.11, 14.3 eller 2011-03-14)"
    }

    public func datesReversed(from: String, to: String) -> String { "--to (\(to)) er før --from (\(from))" }
    public func roleInvalid(_ value: String) -> String { "rolla må vere «leiar» eller «kontaktperson» (fekk «\(value)»)" }
    public func configUnknownKey(_ key: String) -> String { "ukjend innstilling «\(key)»; vel name, role, language eller theme" }
    public func languageInvalid(_ value: String, known: [String]) -> String { "språket «\(value)» finst ikkje; vel \(list(known, or: true))" }
    public func themeInvalid(_ value: String, reason: String) -> String { "temaet «\(value)» kan ikkje brukast: \(reason)" }
    public func nameInvalid(_ value: String) -> String { "namnet kan ikkje vere tomt eller innehalde kontrollteikn" }

    public func configLine(_ key: ConfigKey, value: String?) -> String {
        let label = switch key {
        case .name: "namn"
        case .role: "rolle"
        case .language: "språk"
        case .theme: "tema"
        }
        return "\(label) (\(key.rawValue)): \(value ?? "(ikkje sett)")"
    }

    public func configFile(_ path: String) -> String { "fil: \(path)" }
    public func configSaved(_ key: ConfigKey, value: String, path: String) -> String { "\(key.rawValue) = \(value) (lagra i \(path))" }
    public func configProblem(_ error: StoreError) -> String { "innstillingane: \(storeError(error))" }

    public func roleArgument(_ party: RoleArgument) -> String {
        switch party {
        case .leader: "leiar"
        case .contactPerson: "kontaktperson"
        case .director: "direktør"
        }
    }

    public func roleAliases(_ party: RoleArgument) -> [String] {
        switch party {
        case .leader: ["leiar", "einingsleiar", "leder", "enhetsleder", "leader"]
        case .contactPerson: ["kontaktperson", "kontakt", "contact", "contactperson"]
        case .director: ["direktør", "direktor", "kommunaldirektør", "kommunaldirektor", "director"]
        }
    }

    public func saveLoopNoRows(_ id: String) -> String { "\(id) har ingen rader å loggføre på" }
    public var saveLoopCountNegative: String { "--count må vere 0 eller meir" }

    public func terminalRefusal(_ reason: TerminalRefusalReason) -> String {
        switch reason {
        case .notATerminal: "treng ein terminal (standard inn og ut må vere ein terminal)"
        case .noTerm: "TERM er ikkje sett, så terminaltypen er ukjend"
        case .unknownTerm(let term): "terminaltypen «\(term)» er ukjend (inga terminfo-skildring)"
        case .cannotAddressCursor(let term): "terminaltypen «\(term)» kan ikkje flytte markøren; bruk ein fullskjermsterminal"
        case .startFailed: "kunne ikkje starte terminalen (newterm feila)"
        }
    }

    /// "a, b eller c" / "a, b og c".
    private func list(_ items: [String], or: Bool) -> String { Phrasing.list(items, last: or ? " eller " : " og ") }
}

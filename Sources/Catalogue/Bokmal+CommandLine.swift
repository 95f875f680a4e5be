import AgreementStore

extension Bokmal {
    public var rootAbstract: String { "Lederavtalen for enhetsledere: mål, tiltak, støtte og logg gjennom året." }
    public var rootDiscussion: String {
        """
        Uten kommando åpnes avtalen i terminalen. Lageret er en mappe med JSON-filer: \
        --store DIR, ellers LEDERAVTALE_STORE, ellers $XDG_DATA_HOME/lederavtale \
        (~/.local/share/lederavtale), som opprettes med eksempelavtalene første gang appen åpnes. \
        En avtale kan nevnes med starten av id-en (hoeg for hoeggen-skole-2011) når bare én passer.
        Avslutningskoder: 0 alt i orden, 1 problemer funnet, 2 feil bruk eller ingen terminal.
        """
    }
    public var openAbstract: String { "Åpner avtalen i terminalen." }
    public var initAbstract: String { "Oppretter et lager, med eksempelavtalene med --sample." }
    public var initDiscussion: String {
        """
        Oppretter mappen i --store (eller standardlageret) med foreldremapper, og sjekker at det \
        går an å skrive i den. Med --sample legges eksempelavtalene inn (Hoeggen skole 2011 og \
        Eide barneskole 2013, innebygd i programmet) og en demokommune for oversikten: tolv \
        oppdiktede enheter i 2011 og seks av dem i 2010, merket som demodata («demo»: true). \
        En avtale som finnes fra før, endres ikke.
        """
    }
    public var listAbstract: String { "Viser avtalene i lageret: id, enhet, år, fase og framdrift." }
    public var checkAbstract: String { "Kontrollerer alle filene i lageret, teller innholdet og viser låsene (endrer ingenting)." }
    public var exportAbstract: String { "Skriver ut avtalen som Markdown, HTML, CSV eller JSON, med eller uten punkt 4." }
    public var exportDiscussion: String {
        """
        Avtalen er et offentlig dokument etter offentlighetsloven, unntatt punkt 4 \
        (enhetsleders personlige utviklingsmål). Med --public er punkt 4 helt utelatt, i alle \
        formater. Uten --public har markdown, html og json med punkt 4: en slik fil skrives med \
        tilgang bare for eieren (0600), og det står på standard feil. CSV har bare radene i \
        målområdene.

        Uten --output skrives eksporten til standard ut. Med --output følger formatet \
        filendelsen: .md (markdown), .html, .csv eller .json; en annen endelse, eller en endelse \
        som ikke passer med --format, avvises. En fil som finnes, overskrives ikke uten --force; \
        den absolutte stien til filen som ble skrevet, skrives ut.

        CSV er UTF-8 med BOM, med ; som skilletegn (--separator , eller --separator '\\t' \
        for tabulator) og en overskriftslinje på norsk.
        """
    }
    public var logAbstract: String { "Skriver ut loggen (gjennomførte tiltak) til kontaktpersonen før midtveis- og årssamtalen." }
    public var logDiscussion: String {
        """
        Loggen grupperes etter målområde og rad i skjemaets rekkefølge, sortert på dato, med \
        tiltaket i avtalen som loggføringen gjelder. Utskriften har ikke med punkt 4.

        Datoer skrives 14.03.2011, 14.3.11, 14.3 (avtalens år) eller 2011-03-14; \
        --from og --to tar med dagene selv.
        """
    }
    public var configAbstract: String { "Viser eller endrer innstillingene dine: navn, rolle, språk og tema." }
    public var configDiscussion: String {
        """
        Innstillingene ligger i $XDG_CONFIG_HOME/lederavtale/config.json \
        (~/.config/lederavtale/config.json), aldri i lageret. Navnet brukes når appen skriver \
        ned hvem som gjorde hva; rollen er den appen åpner med (--as gjelder likevel for én økt).
        Eksempel: lederavtale config set name "Kari Nordmann"
        """
    }
    public var configSetAbstract: String { "Endrer én innstilling: name, role (leder eller kontaktperson), language (nb, nn eller en) eller theme." }
    public var configShowAbstract: String { "Viser innstillingene og filen de ligger i." }
    public var saveLoopAbstract: String { "Lagrer en avtale om og om igjen (for krasjtesten)." }

    public var storeOptionHelp: String { "Mappen med avtalene." }
    public var languageOptionHelp: String {
        "Språket: nb (bokmål), nn (nynorsk) eller en (English); ellers LEDERAVTALE_LANG, innstillingene, LC_ALL/LC_MESSAGES/LANG (nn_NO, nb_NO), ellers bokmål."
    }
    public var todayOptionHelp: String {
        "Datoen frister regnes fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); ellers LEDERAVTALE_TODAY, lagerets egen dato (store.json) eller dagens dato."
    }
    public func todayInvalid(_ given: String) -> String { "«\(given)» er ikke en dato (skriv f.eks. 2011-09-15 eller 15.09.2011)" }
    public var agreementArgumentHelp: String { "Id-en til avtalen, eller starten av den (se «lederavtale list»)." }
    public var openAgreementArgumentHelp: String { "Avtalen som skal åpnes: id-en eller starten av den (se «lederavtale list»)." }
    public var themeOptionHelp: String { "Fargetema: default, basic, mono, okabe-ito, eller en temafil (ellers temaet i innstillingene)." }
    public var roleOptionHelp: String { "Hvem du er i denne økten: leder eller kontaktperson (ellers rollen i innstillingene, ellers leder)." }
    public var sampleFlagHelp: String { "Legg inn eksempelavtalene (Hoeggen skole 2011, Eide barneskole 2013) og demokommunen." }
    public var exportFormatHelp: String { "Formatet: markdown (md), html, csv eller json; uten --format gjelder endelsen i --output, ellers markdown." }
    public var publicFlagHelp: String { "Offentlig utgave: uten punkt 4 (personlige utviklingsmål)." }
    public var outputOptionHelp: String { "Skriv til denne filen i stedet for standard ut (.md, .html, .csv eller .json)." }
    public var forceFlagHelp: String { "Overskriv filen i --output om den finnes." }
    public var separatorOptionHelp: String { "Skilletegn i CSV: ; (standard), , eller \\t." }
    public var fromOptionHelp: String { "Første dag som tas med." }
    public var toOptionHelp: String { "Siste dag som tas med." }
    public var logFormatHelp: String { "Formatet: markdown eller csv." }
    public var configKeyHelp: String { "Innstillingen: name, role, language eller theme." }
    public var configValueHelp: String { "Den nye verdien." }
    public var saveLoopIDHelp: String { "Id-en til avtalen." }
    public var saveLoopCountHelp: String { "Antall lagringer (standard: til prosessen stoppes)." }

    public func valueName(_ name: CommandLineValueName) -> String {
        switch name {
        case .agreement: "avtale"
        case .directory: "mappe"
        case .file: "fil"
        case .format: "format"
        case .separator: "tegn"
        case .date: "dato"
        case .role: "rolle"
        case .theme: "tema"
        case .id: "id"
        case .count: "antall"
        case .key: "innstilling"
        case .value: "verdi"
        case .language: "språk"
        }
    }

    public var helpFlagHelp: String { "Vis denne hjelpen." }
    public var helpCommandAbstract: String { "Viser hjelpen til en kommando." }

    public func helpHeading(_ heading: HelpHeading) -> String {
        switch heading {
        case .overview: "OVERSIKT"
        case .usage: "BRUK"
        case .arguments: "ARGUMENTER"
        case .options: "VALG"
        case .subcommands: "KOMMANDOER"
        case .error: "Feil"
        case .help: "Hjelp"
        }
    }

    public func helpCommandPlaceholder(plural: Bool) -> String { plural ? "kommandoer" : "kommando" }
    public func helpDefault(_ value: String) -> String { "(standard: \(value))" }
    public var helpDefaultSubcommand: String { "(standard)" }
    public func helpValues(_ values: String) -> String { "(verdier: \(values))" }
    public func helpSeeSubcommand(_ command: String) -> String { "Se «\(command)» for hjelp til hver kommando." }
    public func helpSeeMore(_ command: String) -> String { "Se «\(command) --help» for mer." }

    public func parserError(_ error: ParserErrorKind) -> String {
        switch error {
        case .unknownOption(let name, let suggestion):
            "ukjent valg «\(name)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
        case .missingArgument(let name): "mangler \(name)"
        case .missingValue(let name): "mangler en verdi etter \(name)"
        case .invalidValue(let value, let option, let allowed):
            "«\(value)» er ikke en gyldig verdi for \(option)" + (allowed.isEmpty ? "" : "; bruk \(list(allowed, or: true))")
        case .unexpectedArgument(let value): "uventet argument «\(value)»"
        case .unexpectedArguments(let values): "uventede argumenter: \(values.map { "«\($0)»" }.joined(separator: " "))"
        case .other(let text): text
        }
    }

    public func unknownCommand(_ name: String, known: [String]) -> String {
        "ukjent kommando «\(name)»; kommandoene er \(list(known, or: false))"
    }

    public func readingAgreements(_ count: Int) -> String {
        "leser \(integer(count)) avtaler fra filene (indeksen mangler eller er utdatert; bare denne gangen) …"
    }

    public func storeMissing(_ path: String, isDefault: Bool) -> String {
        isDefault
            ? "standardlageret \(path) finnes ikke ennå; start «lederavtale» eller opprett det med «lederavtale init --sample»"
            : "lageret \(path) finnes ikke (opprett det med «lederavtale init --store \(path)»)"
    }

    public func defaultStoreFailed(_ reason: String) -> String { "kunne ikke opprette standardlageret: \(reason)" }
    public func outputFailed(_ reason: String) -> String { "kunne ikke skrive utdata: \(reason)" }

    public func checkCounts(_ c: CheckReport.Counts) -> String {
        "\(c.goalAreas) målområder, \(c.rows) rader, \(c.measures) tiltak, \(c.support) støtte, \(c.logEntries) logg, sjekkliste \(c.checklistMarked)/\(c.checklistTotal)"
    }

    public func checkTotal(agreements: Int, _ counts: CheckReport.Counts) -> String {
        "totalt: \(count(agreements, "avtale", "avtaler")), \(checkCounts(counts))"
    }

    public func checkWarning(_ text: String) -> String { "\(text) (advarsel)" }
    public func checkLock(id: String, _ text: String) -> String { "lås på \(id): \(text)" }

    public func checkVerdict(errors: Int, warnings: Int) -> String {
        if errors > 0 { return "\(count(errors, "feil", "feil")) funnet" }
        return warnings == 0 ? "alt i orden" : "i orden, med \(count(warnings, "advarsel", "advarsler"))"
    }

    public func initInstalled(_ id: String) -> String { "la inn \(id)" }
    public func initKept(_ id: String) -> String { "\(id) finnes allerede; ikke endret" }
    public func initDone(_ root: String) -> String { "lager: \(root)" }
    public var exportStdoutHasSectionFour: String { "merk: utskriften inneholder punkt 4 (unntatt offentlighet); bruk --public for en offentlig utgave" }
    public var exportFileHasSectionFour: String { "merk: filen inneholder punkt 4 (unntatt offentlighet) og er skrevet med tilgang bare for deg (0600)" }
    public var separatorOnlyForCSV: String { "--separator gjelder bare --format csv." }
    public func separatorInvalid(_ value: String) -> String { "«\(value)» kan ikke skille felt; bruk ett tegn som ; , | eller \\t." }
    public var forceNeedsOutput: String { "--force gjelder bare sammen med --output." }
    public var outputNeedsName: String { "--output trenger et filnavn." }

    public func unknownExtension(_ file: String, formats: [String]) -> String {
        "«\(file)»: formatet følger filendelsen, og denne kjenner jeg ikke; bruk \(list(formats, or: true))"
    }

    public func formatMismatch(format: String, file: String, formats: [String]) -> String {
        "--format \(format) passer ikke med filendelsen i «\(file)»; endelsene er \(list(formats, or: false))"
    }

    public func badDate(option: String, value: String) -> String {
        "\(option): «\(value)» er ikke en dato (skriv f.eks. 14.03.2011, 14.3.11, 14.3 eller 2011-03-14)"
    }

    public func datesReversed(from: String, to: String) -> String { "--to (\(to)) er før --from (\(from))" }
    public func roleInvalid(_ value: String) -> String { "rollen må være «leder» eller «kontaktperson» (fikk «\(value)»)" }
    public func configUnknownKey(_ key: String) -> String { "ukjent innstilling «\(key)»; velg name, role, language eller theme" }
    public func languageInvalid(_ value: String, known: [String]) -> String { "språket «\(value)» finnes ikke; velg \(list(known, or: true))" }
    public func themeInvalid(_ value: String, reason: String) -> String { "temaet «\(value)» kan ikke brukes: \(reason)" }
    public func nameInvalid(_ value: String) -> String { "navnet kan ikke være tomt eller inneholde kontrolltegn" }

    public func configLine(_ key: ConfigKey, value: String?) -> String {
        let label = switch key {
        case .name: "navn"
        case .role: "rolle"
        case .language: "språk"
        case .theme: "tema"
        }
        return "\(label) (\(key.rawValue)): \(value ?? "(ikke satt)")"
    }

    public func configFile(_ path: String) -> String { "fil: \(path)" }
    public func configSaved(_ key: ConfigKey, value: String, path: String) -> String { "\(key.rawValue) = \(value) (lagret i \(path))" }
    public func configProblem(_ error: StoreError) -> String { "innstillingene: \(storeError(error))" }

    public func roleArgument(_ party: RoleArgument) -> String {
        switch party {
        case .leader: "leder"
        case .contactPerson: "kontaktperson"
        case .director: "direktør"
        }
    }

    public func roleAliases(_ party: RoleArgument) -> [String] {
        switch party {
        case .leader: ["leder", "enhetsleder", "leader"]
        case .contactPerson: ["kontaktperson", "kontakt", "contact", "contactperson"]
        case .director: ["direktør", "direktor", "kommunaldirektør", "kommunaldirektor", "director"]
        }
    }

    public func saveLoopNoRows(_ id: String) -> String { "\(id) har ingen rader å loggføre på" }
    public var saveLoopCountNegative: String { "--count må være 0 eller mer" }

    public func terminalRefusal(_ reason: TerminalRefusalReason) -> String {
        switch reason {
        case .notATerminal: "trenger en terminal (standard inn og ut må være en terminal)"
        case .noTerm: "TERM er ikke satt, så terminaltypen er ukjent"
        case .unknownTerm(let term): "terminaltypen «\(term)» er ukjent (ingen terminfo-beskrivelse)"
        case .cannotAddressCursor(let term): "terminaltypen «\(term)» kan ikke flytte markøren; bruk en fullskjermterminal"
        case .startFailed: "kunne ikke starte terminalen (newterm feilet)"
        }
    }

    /// "a, b eller c" / "a, b og c".
    private func list(_ items: [String], or: Bool) -> String { Phrasing.list(items, last: or ? " eller " : " og ") }
}

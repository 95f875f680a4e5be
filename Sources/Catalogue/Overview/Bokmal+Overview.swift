import AgreementKit

extension Bokmal {
    public func overview(_ text: OverviewText) -> String {
        switch text {
        case .title: "lederavtale – oversikt"
        case .matrixTitle: "lederavtale – måltabell: felles resultatmål per enhet"
        case .listTitle: "Avtaler"
        case .shown(let shown, let total): shown == total ? count(total, "avtale", "avtaler") : "\(shown) av \(count(total, "avtale", "avtaler"))"
        case .behind(let n): "\(n) på etterskudd"
        case .unreadable(let n): n == 1 ? "1 fil kan ikke leses" : "\(n) filer kan ikke leses"
        case .unreadableLine(let problem): "ulesbar: \(problem)"
        case .moreUnreadable(let n): "… og \(n) til (lederavtale check viser alle)"
        case .sortedBy(let column, let descending): "sortert etter \(column.lowercased()) \(descending ? "▼" : "▲")"
        case .loading: "Leser oversikten …"
        case .noneMatch: "Ingen avtaler passer filteret."
        case .storeIsEmpty: "Lageret har ingen avtaler."
        case .mine: "Mine"
        case .contactPerson(let name): "Kontaktperson: \(name)"
        case .serviceArea(let name): name
        case .phase(let name): name
        case .year(let year): String(year)
        case .behindOnly: "På etterskudd"
        case .noName: "«Mine» trenger navnet ditt: lederavtale config set name \"Fornavn Etternavn\""
        case .showingOnly(let what): "Viser bare: \(what)"
        case .showingAll(let filter):
            switch filter {
            case .mine: "Alle kontaktpersoner"
            case .serviceArea: "Alle tjenesteområder"
            case .phase: "Alle faser"
            case .behind: "Alle, også de som ikke er på etterskudd"
            case .year: "Alle år"
            }
        case .unitColumn: "Enhet"
        case .totalsTitle: "Sum – måloppnåelse"
        case .areaTotals(let area, let counts): "\(area): \(counts)"
        case .perServiceArea(let area): "\(area) per tjenesteområde:"
        case .serviceAreaTotals(let service, let counts): "\(service): \(counts)"
        case .noCommonGoals: "Avtalene som vises, har ingen felles resultatmål."
        case .noSuchArea: "Enheten har ikke dette målområdet."
        case .noServiceArea: "Uten tjenesteområde"
        case .matrixLegend: "▲ ut over, ● i tråd med, ▼ mindre enn avtalen; før vurderingen framdriften i fasen (B/O/G ferdig/krevd)"
        case .ratingShort(let rating):
            switch rating {
            case .beyondAgreement: "ut over"
            case .asAgreed: "i tråd med"
            case .belowAgreement: "mindre enn"
            }
        case .reportTitle: "Oversikt over lederavtaler"
        case .reportLead(let date, let n, let behind): "Per \(date) · \(count(n, "avtale", "avtaler")) · \(behind) på etterskudd"
        case .totalsRow: "Sum"
        case .publicCopiesHeading: "Avtalene – offentlige utgaver"
        case .sectionFourLeftOut: "Punkt 4 (personlige utviklingsmål) er unntatt offentlighet og er aldri med i en eksport av flere avtaler."
        case .deadlinesNote:
            "På etterskudd: en frist er passert uten at steget er gjort. Frister: avtalen inngått innen 1. mars, midtveissamtale innen 30. juni, resultatvurdering innen 31. januar året etter."
        }
    }

    public func overviewColumn(_ column: OverviewColumn) -> String {
        switch column {
        case .unit: "Enhet"
        case .serviceArea: "Tjenesteområde"
        case .leader: "Leder"
        case .contactPerson: "Kontaktperson"
        case .year: "År"
        case .phase: "Fase"
        case .progress: "Framdrift"
        case .deadline: "Neste frist"
        case .log: "Logg siste 30 dager"
        case .ratings: "Måloppnåelse"
        case .plans: "Åpne forbedringsplaner"
        }
    }

    public func overviewHeader(_ column: OverviewColumn) -> String {
        switch column {
        case .log: "Logg"
        case .ratings: "Vurdering"
        case .plans: "Planer"
        case .progress: "Framdrift"
        default: overviewColumn(column)
        }
    }

    public func yearStep(_ step: YearStep) -> String {
        switch step {
        case .agreementSigned: "Avtalen inngått"
        case .midYearReview: "Midtveissamtale"
        case .followUpDone: "Oppfølgingen avsluttet"
        case .yearEndMeeting: "Årssamtale"
        case .yearEndAssessment: "Resultatvurdering"
        }
    }

    public func ratingCounts(_ counts: RatingCounts) -> String {
        let named: [(Int, String)] = [(counts.asAgreed, "i tråd med"), (counts.beyond, "ut over"), (counts.below, "mindre enn")]
        // Largest first; equal counts in the order «i tråd med», «ut over», «mindre enn».
        let parts = named.enumerated().filter { $0.element.0 > 0 }.sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map { "\($0.element.0) \($0.element.1)" }
        var text = parts.isEmpty ? "ingen vurdert ennå" : parts.joined(separator: ", ") + " avtalen"
        if !parts.isEmpty, counts.notRated > 0 { text += "; \(counts.notRated) ikke vurdert" }
        return text
    }

    public func phaseAliases(_ phase: Phase) -> [String] {
        switch phase {
        case .agreement: ["inngåelse", "inngaelse", "b", "blå", "agreement"]
        case .followUp: ["oppfølging", "oppfolging", "o", "oransje", "followup"]
        case .assessment: ["resultatvurdering", "g", "grønn", "assessment"]
        case .closed: ["avsluttet", "closed"]
        }
    }

    public var overviewAbstract: String { "Oversikten over mange avtaler: fase, framdrift, frister, logg, vurderinger og forbedringsplaner." }
    public var overviewDiscussion: String {
        """
        Én linje per avtale, fra lagerets indeks (avtalene leses ikke i sin helhet). Alle år vises \\
        uten --year. I en terminal, uten --format og --output, åpnes oversikten i appen, med \\
        filtrene som er gitt.

        På etterskudd: en frist er passert, regnet fra tidsreferansen (--today, \\
        LEDERAVTALE_TODAY, lagerets «per»-dato eller dagens dato), uten at steget er gjort. \\
        Fristene er avtalen inngått innen 1. mars, midtveissamtale innen 30. juni og \\
        resultatvurdering innen 31. januar året etter.

        CSV og JSON har faste kolonnenavn: id, unit, serviceArea, leader, contactPerson, year, \\
        phase, progressDone, progressRequired, nextDeadline, overdue, logEntries30d, ratingAbove, \\
        ratingAsAgreed, ratingBelow, openImprovementPlans. JSON er en liste av objekter. En fil \\
        som ikke kan leses, står på standard feil (og som en linje i tabellen), og gir \\
        avslutningskode 1; resten vises likevel.
        """
    }
    public var overviewYearHelp: String { "Bare avtaler for dette året." }
    public var overviewContactHelp: String { "Bare avtaler med denne kontaktpersonen (hvert ord er starten på et ord i navnet)." }
    public var overviewServiceAreaHelp: String { "Bare avtaler i dette tjenesteområdet (hvert ord er starten på et ord i navnet)." }
    public var overviewPhaseHelp: String { "Bare avtaler i denne fasen: inngåelse, oppfølging, resultatvurdering eller avsluttet." }
    public var overviewBehindHelp: String { "Bare avtaler som er på etterskudd." }
    public var overviewFormatHelp: String { "Formatet: table (standard), csv, json, markdown (md) eller html." }
    public var overviewOutputHelp: String { "Skriv til filen i stedet for til standard ut (formatet følger endelsen)." }
    public var exportAllHelp: String { "Én rapport for alle avtalene som passer filtrene: en oversikt først, så hver enhets offentlige utgave." }
    public func phaseInvalid(_ value: String) -> String {
        "«\(value)» er ingen fase (inngåelse, oppfølging, resultatvurdering, avsluttet)"
    }
    public func overviewFormatInvalid(_ value: String, formats: [String]) -> String {
        "oversikten skrives ikke som «\(value)» – velg \(formats.joined(separator: ", "))"
    }
    public var exportAgreementOrAll: String { "nevn én avtale, eller bruk --all for alle" }
    public var exportFiltersNeedAll: String { "--year, --contact, --service-area, --phase og --behind gjelder bare med --all" }
    public func exportAllFormat(_ format: String) -> String {
        "--all skriver html, markdown eller csv, ikke \(format)"
    }
    public func overviewValueName(_ name: OverviewValueName) -> String {
        switch name {
        case .year: "år"
        case .name: "navn"
        case .serviceArea: "område"
        case .phase: "fase"
        }
    }
}

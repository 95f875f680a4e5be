import AgreementKit

extension Nynorsk {
    public func overview(_ text: OverviewText) -> String {
        switch text {
        case .title: "lederavtale – oversikt"
        case .matrixTitle: "lederavtale – måltabell: felles resultatmål per eining"
        case .listTitle: "Avtalar"
        case .shown(let shown, let total): shown == total ? count(total, "avtale", "avtalar") : "\(shown) av \(count(total, "avtale", "avtalar"))"
        case .behind(let n): "\(n) på etterskot"
        case .unreadable(let n): n == 1 ? "1 fil kan ikkje lesast" : "\(n) filer kan ikkje lesast"
        case .unreadableLine(let problem): "ulesleg: \(problem)"
        case .moreUnreadable(let n): "… og \(n) til (lederavtale check viser alle)"
        case .sortedBy(let column, let descending): "sortert etter \(column.lowercased()) \(descending ? "▼" : "▲")"
        case .loading: "Les oversikta …"
        case .noneMatch: "Ingen avtalar passar filteret."
        case .storeIsEmpty: "Lageret har ingen avtalar."
        case .mine: "Mine"
        case .contactPerson(let name): "Kontaktperson: \(name)"
        case .serviceArea(let name): name
        case .phase(let name): name
        case .year(let year): String(year)
        case .behindOnly: "På etterskot"
        case .noName: "«Mine» treng namnet ditt: lederavtale config set name \"Førenamn Etternamn\""
        case .showingOnly(let what): "Viser berre: \(what)"
        case .showingAll(let filter):
            switch filter {
            case .mine: "Alle kontaktpersonar"
            case .serviceArea: "Alle tenesteområde"
            case .phase: "Alle fasar"
            case .behind: "Alle, òg dei som ikkje er på etterskot"
            case .year: "Alle år"
            }
        case .unitColumn: "Eining"
        case .totalsTitle: "Sum – måloppnåing"
        case .areaTotals(let area, let counts): "\(area): \(counts)"
        case .perServiceArea(let area): "\(area) per tenesteområde:"
        case .serviceAreaTotals(let service, let counts): "\(service): \(counts)"
        case .noCommonGoals: "Avtalane som blir viste, har ingen felles resultatmål."
        case .noServiceArea: "Utan tenesteområde"
        case .noSuchArea: "Eininga har ikkje dette målområdet."
        case .matrixLegend: "▲ ut over, ● i tråd med, ▼ mindre enn avtalen; før vurderinga framdrifta i fasen (B/O/G ferdige/kravde)"
        case .ratingShort(let rating):
            switch rating {
            case .beyondAgreement: "ut over"
            case .asAgreed: "i tråd med"
            case .belowAgreement: "mindre enn"
            }
        case .reportTitle: "Oversikt over leiaravtalar"
        case .reportLead(let date, let n, let behind): "Per \(date) · \(count(n, "avtale", "avtalar")) · \(behind) på etterskot"
        case .totalsRow: "Sum"
        case .publicCopiesHeading: "Avtalane – offentlege utgåver"
        case .sectionFourLeftOut: "Punkt 4 (personlege utviklingsmål) er unnateke offentlegheit og er aldri med i ein eksport av fleire avtalar."
        case .deadlinesNote:
            "På etterskot: ein frist er passert utan at steget er gjort. Fristar: avtalen inngått innan 1. mars, midtvegssamtale innan 30. juni, resultatvurdering innan 31. januar året etter."
        }
    }

    public func overviewColumn(_ column: OverviewColumn) -> String {
        switch column {
        case .unit: "Eining"
        case .serviceArea: "Tenesteområde"
        case .leader: "Leiar"
        case .contactPerson: "Kontaktperson"
        case .year: "År"
        case .phase: "Fase"
        case .progress: "Framdrift"
        case .deadline: "Neste frist"
        case .log: "Logg siste 30 dagar"
        case .ratings: "Måloppnåing"
        case .plans: "Opne forbetringsplanar"
        }
    }

    public func overviewHeader(_ column: OverviewColumn) -> String {
        switch column {
        case .log: "Logg"
        case .ratings: "Vurdering"
        case .plans: "Planar"
        case .progress: "Framdrift"
        default: overviewColumn(column)
        }
    }

    public func yearStep(_ step: YearStep) -> String {
        switch step {
        case .agreementSigned: "Avtalen inngått"
        case .midYearReview: "Midtvegssamtale"
        case .followUpDone: "Oppfølginga avslutta"
        case .yearEndMeeting: "Årssamtale"
        case .yearEndAssessment: "Resultatvurdering"
        }
    }

    public func ratingCounts(_ counts: RatingCounts) -> String {
        let named: [(Int, String)] = [(counts.asAgreed, "i tråd med"), (counts.beyond, "ut over"), (counts.below, "mindre enn")]
        // Largest first; equal counts in the order «i tråd med», «ut over», «mindre enn».
        let parts = named.enumerated().filter { $0.element.0 > 0 }.sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map { "\($0.element.0) \($0.element.1)" }
        var text = parts.isEmpty ? "ingen vurderte enno" : parts.joined(separator: ", ") + " avtalen"
        if !parts.isEmpty, counts.notRated > 0 { text += "; \(counts.notRated) ikkje vurderte" }
        return text
    }

    public func phaseAliases(_ phase: Phase) -> [String] {
        switch phase {
        case .agreement: ["inngåing", "inngaing", "inngåelse", "b", "blå", "agreement"]
        case .followUp: ["oppfølging", "oppfolging", "o", "oransje", "followup"]
        case .assessment: ["resultatvurdering", "g", "grøn", "grønn", "assessment"]
        case .closed: ["avslutta", "avsluttet", "closed"]
        }
    }

    public var overviewAbstract: String { "Oversikta over mange avtalar: fase, framdrift, fristar, logg, vurderingar og forbetringsplanar." }
    public var overviewDiscussion: String {
        """
        Éi linje per avtale, frå indeksen til lageret (avtalane blir ikkje lesne heilt). Alle år \
        blir viste utan --year. I ein terminal, utan --format og --output, blir oversikta opna i \
        appen, med filtera som er gitt.

        På etterskot: ein frist er passert, rekna frå tidsreferansen (--today, \
        LEDERAVTALE_TODAY, «per»-datoen til lageret eller dagens dato), utan at steget er gjort. \
        Fristane er avtalen inngått innan 1. mars, midtvegssamtale innan 30. juni og \
        resultatvurdering innan 31. januar året etter.

        CSV og JSON har faste kolonnenamn: id, unit, serviceArea, leader, contactPerson, year, \
        phase, progressDone, progressRequired, nextDeadline, overdue, logEntries30d, ratingAbove, \
        ratingAsAgreed, ratingBelow, openImprovementPlans. JSON er ei liste av objekt. Ei fil \
        som ikkje kan lesast, står på standard feil (og som ei linje i tabellen), og gir \
        avslutningskode 1; resten blir vist likevel.
        """
    }
    public var overviewYearHelp: String { "Berre avtalar for dette året." }
    public var overviewContactHelp: String { "Berre avtalar med denne kontaktpersonen (kvart ord er starten på eit ord i namnet)." }
    public var overviewServiceAreaHelp: String { "Berre avtalar i dette tenesteområdet (kvart ord er starten på eit ord i namnet)." }
    public var overviewPhaseHelp: String { "Berre avtalar i denne fasen: inngåing, oppfølging, resultatvurdering eller avslutta." }
    public var overviewBehindHelp: String { "Berre avtalar som er på etterskot." }
    public var overviewFormatHelp: String { "Formatet: table (standard), csv, json, markdown (md) eller html." }
    public var overviewOutputHelp: String { "Skriv til fila i staden for til standard ut (formatet følgjer endinga)." }
    public var exportAllHelp: String { "Éin rapport for alle avtalane som passar filtera: ei oversikt først, så den offentlege utgåva til kvar eining." }
    public func phaseInvalid(_ value: String) -> String {
        "«\(value)» er ingen fase (inngåing, oppfølging, resultatvurdering, avslutta)"
    }
    public func overviewFormatInvalid(_ value: String, formats: [String]) -> String {
        "oversikta blir ikkje skriven som «\(value)» – vel \(formats.joined(separator: ", "))"
    }
    public var exportAgreementOrAll: String { "nemn éin avtale, eller bruk --all for alle" }
    public var exportFiltersNeedAll: String { "--year, --contact, --service-area, --phase og --behind gjeld berre med --all" }
    public func exportAllFormat(_ format: String) -> String {
        "--all skriv html, markdown eller csv, ikkje \(format)"
    }
    public func overviewValueName(_ name: OverviewValueName) -> String {
        switch name {
        case .year: "år"
        case .name: "namn"
        case .serviceArea: "område"
        case .phase: "fase"
        }
    }
}

import AgreementKit

extension Bokmal {
    public var languageTag: String { "nb" }

    public func export(_ text: ExportText) -> String {
        switch text {
        case .publicNotice: "Offentlig utgave. Punkt 4 er unntatt offentlighet."
        case .privateNotice:
            "Inneholder punkt 4, enhetsleders personlige utviklingsmål, som er unntatt offentlighet. Skal ikke deles eller publiseres; bruk --public for en offentlig utgave."
        case .exempt: "Punkt 4 er unntatt offentlighet."
        case .municipality: "Kommune"
        case .unit: "Enhet"
        case .serviceArea: "Tjenesteområde"
        case .year: "År"
        case .leader: "Enhetsleder"
        case .director: "Kommunaldirektør"
        case .contactPerson: "Kontaktperson"
        case .phase: "Fase"
        case .agreementColumn: "Avtalen"
        case .legendLead: "Fargekoder"
        case .about: "1. Om avtalen"
        case .purpose: "1.1 Avtalens formål"
        case .parties: "1.2 Parter"
        case .values: "1.3 Felles verdier og rammer"
        case .scope: "1.4 Virkeområde"
        case .basis: "1.5 Ledervurdering"
        case .task: "Oppgave"
        case .comment: "Kommentar"
        case .noGoalAreas: "Ingen målområder."
        case .measuresColumn: "Tiltak"
        case .supportColumn: "Støtte"
        case .logColumn: "Logg – gjennomførte tiltak"
        case .judgement: "Enhetsleders vurdering:"
        case .measuresQuestion: "1. Gjennomførte tiltak er:"
        case .attainmentQuestion: "2. Måloppnåelse for enheten er:"
        case .leaderCommentLabel: "Enhetsleders kommentarer til gjennomførte tiltak og oppnådde resultater:"
        case .contactCommentLabel: "Kontaktpersonens kommentar til gjennomførte tiltak og oppnådde resultater:"
        case .midYearLabel: "Notat fra midtveissamtalen:"
        case .conditionsLeaderLabel: "Enhetsleders beskrivelse:"
        case .conditionsContactLabel: "Kontaktpersons eventuelle kommentarer:"
        case .personalGoals: "4. Enhetsleders personlige utviklingsmål"
        case .noPersonalGoals: "Ingen personlige utviklingsmål er ført inn."
        case .personalGoalsPhrase: "personlige utviklingsmål"
        case .amendments: "Endringer i avtalen"
        case .date: "Dato"
        case .field: "Felt"
        case .before: "Før"
        case .after: "Etter"
        case .reason: "Begrunnelse"
        case .changedBy: "Endret av"
        case .signOffs: "Signaturer"
        case .role: "Rolle"
        case .name: "Navn"
        case .reviews: "Samtaler"
        case .review: "Samtale"
        case .improvementPlans: "Forbedringsplaner"
        case .deletedGoalArea: "Målområde som er slettet"
        case .signatures: "Underskrifter"
        case .place: "Sted"
        case .chiefExecutiveSignature: "Rådmann / kommunaldirektør"
        case .documentKind: "Lederavtale"
        case .publicFileSuffix: "offentlig"
        case .csvSection: "Del"
        case .csvGoalArea: "Målområde"
        case .csvResultGoal: "Resultatmål"
        case .csvTargetNumber: "Målnummer"
        case .csvTarget: "Mål for enheten"
        case .csvIndicator: "Indikator"
        case .csvMeasures: "Tiltak"
        case .csvSupport: "Støtte"
        case .csvLogCount: "Antall logg"
        case .csvMeasuresRating: "Gjennomførte tiltak er"
        case .csvAttainmentRating: "Måloppnåelse for enheten er"
        case .logTarget: "Mål"
        case .logDone: "Gjennomført tiltak"
        case .logMeasure: "Tiltak i avtalen"
        case .logEmpty: "Ingen loggføringer i perioden."
        case .minutesGoalAreas: "Målområder"
        case .minutesNotRated: "ikke vurdert"
        case .minutesSummary: "Oppsummering"
        case .minutesRating: "Vurdering"
        case .minutesMeasures: "Gjennomførte tiltak"
        case .minutesAttainment: "Måloppnåelse"
        case .minutesPlan: "Forbedringsplan"
        case .minutesFollowUps: "Oppfølgingssamtaler"
        case .minutesProcedure: "Framgangsmåte"
        }
    }

    public func exportTitle(year: Int, unit: String) -> String { "Lederavtale \(year) – \(unit)" }

    public func legend(_ colour: PhaseColour) -> String {
        switch colour {
        case .blue: "fylles ut ved inngåelse av lederavtalen"
        case .orange: "fylles ut løpende og legges fram i forbindelse med midtveissamtalen"
        case .green: "fylles ut i forbindelse med resultatvurderingen i desember/januar"
        }
    }

    public func checklistQuestion(year: Int) -> String { "Er følgende oppgaver utført i \(year)?" }
    public func assessmentBasisIntro(year: Int) -> String { "Følgende områder danner grunnlaget for ledervurdering i \(year):" }
    public func resultGoalsHeading(year: Int) -> String { "2. Resultatmål \(year)" }
    public func ownPrioritiesHeading(year: Int) -> String { "3. Enhetens egne satsingsområder \(year)" }

    public func conditionsHeading(year: Int) -> String {
        "3.1 Organisatoriske, driftsmessige eller bygningsmessige forhold som kan påvirke resultatoppnåelsen \(year)"
    }

    public func resultGoalColumn(number: String) -> String { number.isEmpty ? "Resultatmål" : "Resultatmål \(number)" }
    public func unitTargetColumn(unit: String) -> String { "Mål for \(unit)" }

    public func assessmentHeading(section: GoalSection, number: String, title: String) -> String {
        let number = number.isEmpty ? "" : " \(number)"
        return switch section {
        case .common: "Resultatvurdering av lederavtalens felles resultatmål\(number): \(title)"
        case .serviceArea: "Resultatvurdering av lederavtalens resultatmål\(number) for tjenesteområdet: \(title)"
        case .own: "Resultatvurdering enhetens resultatmål\(number): \(title)"
        }
    }

    public func indicator(_ text: String) -> String { "Indikator: \(text)" }
    public func linkedMeasure(_ text: String) -> String { "(tiltak: \(text))" }
    public func planAgreed(on date: LocalDate) -> String { "Avtalt \(self.date(date))." }

    public func planFollowUps(_ dates: [LocalDate]) -> String {
        "Oppfølgingssamtaler: " + dates.map(self.date).joined(separator: ", ") + "."
    }

    public func rowTitle(index: Int, targetNumber: String) -> String {
        targetNumber.isEmpty ? "Rad \(index + 1)" : "Mål \(targetNumber)"
    }

    public var pageNumberParts: (before: String, between: String, after: String) { ("side ", " av ", "") }

    public func logTitle(unit: String, year: Int) -> String { "Logg – \(unit) \(year)" }

    public func logPeriod(from: LocalDate?, to: LocalDate?) -> String {
        switch (from, to) {
        case let (f?, t?): "\(date(f))–\(date(t))"
        case let (f?, nil): "fra \(date(f))"
        case let (nil, t?): "til \(date(t))"
        case (nil, nil): "hele året"
        }
    }

    public func logSummary(period: String, entries: Int) -> String {
        "Periode: \(period) · \(count(entries, "loggføring", "loggføringer"))"
    }

    public func minutesTitle(kind: Review.Kind, year: Int) -> String { "Referat – \(reviewKind(kind)) \(year)" }
    public func minutesKeptBy(_ party: Party) -> String { "ført av \(partyInSentence(party))" }
    public func minutesPerson(_ party: Party, name: String) -> String { "\(partyInSentence(party)) \(name)" }
    public func minutesPhase(_ phase: Phase) -> String { "Fase: \(self.phase(phase))" }
    public func minutesLogCount(_ n: Int) -> String { "(\(count(n, "loggføring", "loggføringer")))" }
    public func minutesChecklistHeading(year: Int) -> String { "Sjekkliste: er oppgavene utført i \(year)?" }
    public func minutesRated(_ rated: Int, of total: Int) -> String { "Vurdert \(rated) av \(total) målområder." }

    public func exportFileExists(_ path: String) -> String {
        "\(path) finnes allerede; velg et annet navn eller bruk --force for å overskrive"
    }

    public func exportWriteFailed(path: String, reason: String) -> String { "\(path): kunne ikke skrive: \(reason)" }
    public func exportEncodingFailed(_ reason: String) -> String { "kunne ikke lage eksporten: \(reason)" }
}

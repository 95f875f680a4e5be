import AgreementKit

extension Nynorsk {
    public var languageTag: String { "nn" }

    public func export(_ text: ExportText) -> String {
        switch text {
        case .publicNotice: "Offentleg utgåve. Punkt 4 er unnateke offentlegheit."
        case .privateNotice:
            "Inneheld punkt 4, dei personlege utviklingsmåla til einingsleiaren, som er unnatekne offentlegheit. Skal ikkje delast eller publiserast; bruk --public for ei offentleg utgåve."
        case .exempt: "Punkt 4 er unnateke offentlegheit."
        case .municipality: "Kommune"
        case .unit: "Eining"
        case .serviceArea: "Tenesteområde"
        case .year: "År"
        case .leader: "Einingsleiar"
        case .director: "Kommunaldirektør"
        case .contactPerson: "Kontaktperson"
        case .phase: "Fase"
        case .agreementColumn: "Avtalen"
        case .legendLead: "Fargekodar"
        case .about: "1. Om avtalen"
        case .purpose: "1.1 Formålet med avtalen"
        case .parties: "1.2 Partar"
        case .values: "1.3 Felles verdiar og rammer"
        case .scope: "1.4 Verkeområde"
        case .basis: "1.5 Leiarvurdering"
        case .task: "Oppgåve"
        case .comment: "Kommentar"
        case .noGoalAreas: "Ingen målområde."
        case .measuresColumn: "Tiltak"
        case .supportColumn: "Støtte"
        case .logColumn: "Logg – gjennomførte tiltak"
        case .judgement: "Vurderinga til einingsleiaren:"
        case .measuresQuestion: "1. Gjennomførte tiltak er:"
        case .attainmentQuestion: "2. Måloppnåinga for eininga er:"
        case .leaderCommentLabel: "Kommentarane til einingsleiaren om gjennomførte tiltak og oppnådde resultat:"
        case .contactCommentLabel: "Kommentaren til kontaktpersonen om gjennomførte tiltak og oppnådde resultat:"
        case .midYearLabel: "Notat frå midtvegssamtalen:"
        case .conditionsLeaderLabel: "Skildring frå einingsleiaren:"
        case .conditionsContactLabel: "Eventuelle kommentarar frå kontaktpersonen:"
        case .personalGoals: "4. Personlege utviklingsmål for einingsleiaren"
        case .noPersonalGoals: "Ingen personlege utviklingsmål er førte inn."
        case .personalGoalsPhrase: "personlege utviklingsmål"
        case .amendments: "Endringar i avtalen"
        case .date: "Dato"
        case .field: "Felt"
        case .before: "Før"
        case .after: "Etter"
        case .reason: "Grunngiving"
        case .changedBy: "Endra av"
        case .signOffs: "Signaturar"
        case .role: "Rolle"
        case .name: "Namn"
        case .reviews: "Samtalar"
        case .review: "Samtale"
        case .improvementPlans: "Forbetringsplanar"
        case .deletedGoalArea: "Målområde som er sletta"
        case .signatures: "Underskrifter"
        case .place: "Stad"
        case .chiefExecutiveSignature: "Rådmann / kommunaldirektør"
        case .documentKind: "Leiaravtale"
        case .publicFileSuffix: "offentleg"
        case .csvSection: "Del"
        case .csvGoalArea: "Målområde"
        case .csvResultGoal: "Resultatmål"
        case .csvTargetNumber: "Målnummer"
        case .csvTarget: "Mål for eininga"
        case .csvIndicator: "Indikator"
        case .csvMeasures: "Tiltak"
        case .csvSupport: "Støtte"
        case .csvLogCount: "Tal på loggføringar"
        case .csvMeasuresRating: "Gjennomførte tiltak er"
        case .csvAttainmentRating: "Måloppnåinga for eininga er"
        case .logTarget: "Mål"
        case .logDone: "Gjennomført tiltak"
        case .logMeasure: "Tiltak i avtalen"
        case .logEmpty: "Ingen loggføringar i perioden."
        case .minutesGoalAreas: "Målområde"
        case .minutesNotRated: "ikkje vurdert"
        case .minutesSummary: "Oppsummering"
        case .minutesRating: "Vurdering"
        case .minutesMeasures: "Gjennomførte tiltak"
        case .minutesAttainment: "Måloppnåing"
        case .minutesPlan: "Forbetringsplan"
        case .minutesFollowUps: "Oppfølgingssamtalar"
        case .minutesProcedure: "Framgangsmåte"
        }
    }

    public func exportTitle(year: Int, unit: String) -> String { "Leiaravtale \(year) – \(unit)" }

    public func legend(_ colour: PhaseColour) -> String {
        switch colour {
        case .blue: "blir fylt ut når leiaravtalen blir inngått"
        case .orange: "blir fylt ut løpande og lagd fram i samband med midtvegssamtalen"
        case .green: "blir fylt ut i samband med resultatvurderinga i desember/januar"
        }
    }

    public func checklistQuestion(year: Int) -> String { "Er desse oppgåvene utførte i \(year)?" }
    public func assessmentBasisIntro(year: Int) -> String { "Desse områda dannar grunnlaget for leiarvurderinga i \(year):" }
    public func resultGoalsHeading(year: Int) -> String { "2. Resultatmål \(year)" }
    public func ownPrioritiesHeading(year: Int) -> String { "3. Eininga sine eigne satsingsområde \(year)" }

    public func conditionsHeading(year: Int) -> String {
        "3.1 Organisatoriske, driftsmessige eller bygningsmessige tilhøve som kan påverke resultatoppnåinga \(year)"
    }

    public func resultGoalColumn(number: String) -> String { number.isEmpty ? "Resultatmål" : "Resultatmål \(number)" }
    public func unitTargetColumn(unit: String) -> String { "Mål for \(unit)" }

    public func assessmentHeading(section: GoalSection, number: String, title: String) -> String {
        let number = number.isEmpty ? "" : " \(number)"
        return switch section {
        case .common: "Resultatvurdering av dei felles resultatmåla i leiaravtalen\(number): \(title)"
        case .serviceArea: "Resultatvurdering av resultatmål\(number) for tenesteområdet i leiaravtalen: \(title)"
        case .own: "Resultatvurdering av resultatmål\(number) for eininga: \(title)"
        }
    }

    public func indicator(_ text: String) -> String { "Indikator: \(text)" }
    public func linkedMeasure(_ text: String) -> String { "(tiltak: \(text))" }
    public func planAgreed(on date: LocalDate) -> String { "Avtalt \(self.date(date))." }

    public func planFollowUps(_ dates: [LocalDate]) -> String {
        "Oppfølgingssamtalar: " + dates.map(self.date).joined(separator: ", ") + "."
    }

    public func rowTitle(index: Int, targetNumber: String) -> String {
        targetNumber.isEmpty ? "Rad \(index + 1)" : "Mål \(targetNumber)"
    }

    public var pageNumberParts: (before: String, between: String, after: String) { ("side ", " av ", "") }

    public func logTitle(unit: String, year: Int) -> String { "Logg – \(unit) \(year)" }

    public func logPeriod(from: LocalDate?, to: LocalDate?) -> String {
        switch (from, to) {
        case let (f?, t?): "\(date(f))–\(date(t))"
        case let (f?, nil): "frå \(date(f))"
        case let (nil, t?): "til \(date(t))"
        case (nil, nil): "heile året"
        }
    }

    public func logSummary(period: String, entries: Int) -> String {
        "Periode: \(period) · \(count(entries, "loggføring", "loggføringar"))"
    }

    public func minutesTitle(kind: Review.Kind, year: Int) -> String { "Referat – \(reviewKind(kind)) \(year)" }
    public func minutesKeptBy(_ party: Party) -> String { "ført av \(partyInSentence(party))" }
    public func minutesPerson(_ party: Party, name: String) -> String { "\(partyInSentence(party)) \(name)" }
    public func minutesPhase(_ phase: Phase) -> String { "Fase: \(self.phase(phase))" }
    public func minutesLogCount(_ n: Int) -> String { "(\(count(n, "loggføring", "loggføringar")))" }
    public func minutesChecklistHeading(year: Int) -> String { "Sjekkliste: er oppgåvene utførte i \(year)?" }
    public func minutesRated(_ rated: Int, of total: Int) -> String { "Vurdert \(rated) av \(total) målområde." }

    public func exportFileExists(_ path: String) -> String {
        "\(path) finst frå før; vel eit anna namn eller bruk --force for å skrive over"
    }

    public func exportWriteFailed(path: String, reason: String) -> String { "\(path): kunne ikkje skrive: \(reason)" }
    public func exportEncodingFailed(_ reason: String) -> String { "kunne ikkje lage eksporten: \(reason)" }
}

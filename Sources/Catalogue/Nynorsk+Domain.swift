import AgreementKit

extension Nynorsk {
    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .agreement: "Inngåing"
        case .followUp: "Oppfølging"
        case .assessment: "Resultatvurdering"
        case .closed: "Avslutta"
        }
    }

    public func rating(_ rating: Rating) -> String {
        switch rating {
        case .beyondAgreement: "Ut over avtalen"
        case .asAgreed: "I tråd med avtalen"
        case .belowAgreement: "Mindre enn avtalen"
        }
    }

    public func checklistStatus(_ status: ChecklistStatus?) -> String {
        switch status {
        case .done: "Utført"
        case .notDone: "Ikkje utført"
        case nil: "ikkje markert"
        }
    }

    public func reviewKind(_ kind: Review.Kind) -> String {
        switch kind {
        case .midYear: "Midtvegssamtale"
        case .yearEnd: "Resultatvurdering"
        }
    }

    public func party(_ party: Party) -> String {
        switch party {
        case .leader: "Einingsleiar"
        case .contactPerson: "Kontaktperson"
        case .director: "Kommunaldirektør"
        }
    }

    public func partyInSentence(_ party: Party) -> String {
        self.party(party).lowercased()
    }

    public func person(_ name: String, as party: Party) -> String {
        name.isEmpty ? self.party(party) : "\(name) (\(partyInSentence(party)))"
    }

    public func colour(_ colour: PhaseColour) -> String {
        switch colour {
        case .blue: "blå"
        case .orange: "oransje"
        case .green: "grøn"
        }
    }

    public func fieldLabel(_ kind: FieldKind) -> String {
        switch kind {
        case .header: "Avtalepartar"
        case .aboutText: "Om avtalen"
        case .checklistTask: "Oppgåve"
        case .checklistStatus: "Utført?"
        case .checklistComment: "Kommentar"
        case .goalAreaTitle: "Målområde"
        case .resultGoal: "Resultatmål"
        case .target: "Mål for eininga"
        case .indicator: "Indikator"
        case .indicatorResult: "Indikatorverdi"
        case .measureDone: "Gjennomført"
        case .planLink: "Handlingsplan"
        case .measure: "Tiltak"
        case .support: "Støtte"
        case .logEntry: "Logg"
        case .midYearNote: "Notat frå midtvegssamtalen"
        case .measuresRating: "Gjennomførte tiltak er"
        case .attainmentRating: "Måloppnåinga for eininga er"
        case .leaderComment: "Kommentar frå einingsleiaren"
        case .contactComment: "Kommentar frå kontaktpersonen"
        case .conditionsDescription: "Skildring frå einingsleiaren"
        case .conditionsContactComment: "Kommentar frå kontaktpersonen"
        case .personalGoal: "Personleg utviklingsmål"
        }
    }

    public func section(_ section: GoalSection) -> String {
        switch section {
        case .common: "Felles resultatmål"
        case .serviceArea: "Resultatmål for tenesteområdet"
        case .own: "Eininga sine eigne resultatmål"
        }
    }

    public func itemNoun(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "målområdet"
        case .row: "rada"
        case .measure: "tiltaket"
        case .support: "støtta"
        case .logEntry: "loggføringa"
        case .checklistItem: "oppgåva"
        case .personalGoal: "utviklingsmålet"
        case .indicator: "indikatoren"
        case .indicatorValue(_, let kind, _): indicatorValueNoun(kind)
        }
    }

    public func refusal(_ editability: Editability) -> String? {
        switch editability {
        case .allowed: nil
        case .needsAmendment: "Avtalt i Inngåing – endring krev grunngiving"
        case .notYet(let phase): "Blir fylt ut i \(self.phase(phase))"
        case .closed: "Avtalen er avslutta – skriveverna"
        case .ownedBy(let party): "Feltet blir skrive av \(partyInSentence(party)) – berre lesing for deg"
        case .readOnly: "Avtalen er open i ei anna økt – berre lesing her"
        }
    }

    public func gap(_ gap: Gap) -> String {
        let name = gap.name.map(rowName) ?? ""
        return switch gap.kind {
        case .conditionsMissing: "3.1 manglar skildringa frå einingsleiaren"
        case .goalAreaWithoutRows: "\(name): ingen rader"
        case .rowWithoutTarget: "\(name): manglar mål for eininga"
        case .rowWithoutMeasures: "\(name): manglar tiltak"
        case .rowWithoutLog: "\(name): ingen loggføringar"
        case .goalAreaNotRated: "\(name): ikkje vurdert"
        case .checklistUnmarked: "Sjekkliste: «\(gap.task ?? "")» er ikkje markert"
        }
    }

    public func fieldError(_ error: FieldError) -> String {
        switch error {
        case .missing: "Feltet finst ikkje lenger"
        case .unknownMark(let value): "Ukjend markering «\(value)»"
        case .unknownRating(let value): "Ukjend vurdering «\(value)»"
        case .notADate(let value, let year): "«\(value)» er ikkje ein dato (skriv t.d. 14.03.\(year))"
        case .reasonMissing: "Ei endring av avtalen må ha ei grunngiving"
        case .notAPlanLink(let value): "«\(value)» er ikkje ei kopling til handlingsplanen (skriv plan/kode, t.d. kuo-2018-2021/S.1)"
        }
    }

    public func validation(_ issue: ValidationIssue.Kind) -> String {
        switch issue {
        case .invalidItemID(let id): "ugyldig id «\(id)»"
        case .duplicateItemID(let id, let first): "id «\(id)» er brukt før (\(first))"
        case .invalidAgreementID(let id): "avtale-id «\(id)» må vere små bokstavar a–z, siffer og bindestrek"
        case .unreasonableYear(let year): "årstalet \(year) er urimeleg"
        case .unitWithoutName: "eininga manglar namn"
        case .goalAreaWithoutTitle: "målområdet manglar tittel"
        case .logLinksMissingMeasure(let id): "loggføringa viser til eit tiltak «\(id)» som ikkje finst i rada"
        case .logDateOutsideYear(let date, let year): "datoen \(self.date(date)) ligg utanfor avtaleåret \(year)"
        case .indicatorWithoutName: "indikatoren manglar namn"
        case .duplicatePeriod(let period): "perioden \(self.period(period)) står to gonger i same serie"
        case .valueOutOfRange(let value, let unit): numberProblem(.outOfRange(value, unit))
        case .valueNotFinite: "verdien er ikkje eit endeleg tal"
        case .invalidPlanLink(let link): "«\(link)» er ikkje ei gyldig kopling til ein handlingsplan (plan/kode)"
        case .invalidTemplateName(let name): "malnamnet «\(name)» må vere små bokstavar a–z, siffer og bindestrek"
        case .templateNameMismatch(let found, let file): "malen heiter «\(found)», men fila heiter «\(file)»"
        case .municipalityWithoutName: "kommunen manglar namn"
        case .taskWithoutText: "oppgåva manglar tekst"
        }
    }

    public func progress(_ p: Progress) -> String {
        "logg \(p.rowsWithLog)/\(p.rows) rader · vurdert \(p.goalAreasAssessed)/\(p.goalAreas) · sjekkliste \(p.checklistMarked)/\(p.checklistTotal)"
    }

    public func place(_ place: FieldPlace) -> String {
        switch place {
        case .about: "1 Om avtalen"
        case .checklist(let task): "Sjekkliste · \(task)"
        case .goalArea(let name): rowName(name)
        case .row(let name): name.targetNumber.isEmpty ? name.area : "\(name.area) · mål \(name.targetNumber)"
        case .item(let name, .measure, let n): "\(self.place(.row(name))) · tiltak \(n)"
        case .item(let name, .support, let n): "\(self.place(.row(name))) · støtte \(n)"
        case .logEntry(let name, let date): "\(self.place(.row(name))) · loggføring \(self.date(date))"
        case .conditions: "3.1"
        case .personalGoals: "4"
        case .unknown: "–"
        }
    }

    public func fieldAt(_ place: FieldPlace, label: String?) -> String {
        guard let label, !label.isEmpty else { return self.place(place) }
        return "\(self.place(place)) · \(label.prefix(1).lowercased() + label.dropFirst())"
    }

    public func rowName(_ name: RowName) -> String {
        if !name.targetNumber.isEmpty { return "\(name.area), mål \(name.targetNumber)" }
        if !name.excerpt.isEmpty { return "\(name.area), «\(name.excerpt)…»" }
        return name.area
    }

    public var redacted: String { "(unnateke offentlegheit)" }

    public var unmetGoalProcedure: [String] {
        [
            "Kommunaldirektøren gir einingsleiaren tilbakemelding om vurderinga.",
            "Einingsleiaren gjer greie for kvifor målet ikkje er nådd.",
            "Det blir avtalt ein konkret forbetringsplan.",
            "Det blir halde månadlege oppfølgingssamtalar.",
        ]
    }
}

import AgreementKit

extension Bokmal {
    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .agreement: "Inngåelse"
        case .followUp: "Oppfølging"
        case .assessment: "Resultatvurdering"
        case .closed: "Avsluttet"
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
        case .notDone: "Ikke utført"
        case nil: "ikke markert"
        }
    }

    public func reviewKind(_ kind: Review.Kind) -> String {
        switch kind {
        case .midYear: "Midtveissamtale"
        case .yearEnd: "Resultatvurdering"
        }
    }

    public func party(_ party: Party) -> String {
        switch party {
        case .leader: "Enhetsleder"
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
        case .green: "grønn"
        }
    }

    public func fieldLabel(_ kind: FieldKind) -> String {
        switch kind {
        case .header: "Avtaleparter"
        case .aboutText: "Om avtalen"
        case .checklistTask: "Oppgave"
        case .checklistStatus: "Utført?"
        case .checklistComment: "Kommentar"
        case .goalAreaTitle: "Målområde"
        case .resultGoal: "Resultatmål"
        case .target: "Mål for enheten"
        case .indicator: "Indikator"
        case .indicatorResult: "Indikatorverdi"
        case .planLink: "Handlingsplan"
        case .measure: "Tiltak"
        case .measureDone: "Gjennomført"
        case .support: "Støtte"
        case .logEntry: "Logg"
        case .midYearNote: "Notat fra midtveissamtalen"
        case .measuresRating: "Gjennomførte tiltak er"
        case .attainmentRating: "Måloppnåelse for enheten er"
        case .leaderComment: "Enhetsleders kommentar"
        case .contactComment: "Kontaktpersonens kommentar"
        case .conditionsDescription: "Enhetsleders beskrivelse"
        case .conditionsContactComment: "Kontaktpersonens kommentar"
        case .personalGoal: "Personlig utviklingsmål"
        }
    }

    public func section(_ section: GoalSection) -> String {
        switch section {
        case .common: "Felles resultatmål"
        case .serviceArea: "Resultatmål for tjenesteområdet"
        case .own: "Enhetens egne resultatmål"
        }
    }

    public func itemNoun(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "målområdet"
        case .row: "raden"
        case .measure: "tiltaket"
        case .support: "støtten"
        case .logEntry: "loggføringen"
        case .checklistItem: "oppgaven"
        case .personalGoal: "utviklingsmålet"
        case .indicator: "indikatoren"
        case .indicatorValue(_, let kind, _): indicatorValueNoun(kind)
        }
    }

    public func refusal(_ editability: Editability) -> String? {
        switch editability {
        case .allowed: nil
        case .needsAmendment: "Avtalt i Inngåelse – endring krever begrunnelse"
        case .notYet(let phase): "Fylles ut i \(self.phase(phase))"
        case .closed: "Avtalen er avsluttet – skrivebeskyttet"
        case .ownedBy(let party): "Feltet skrives av \(partyInSentence(party)) – bare lesing for deg"
        case .readOnly: "Avtalen er åpen i en annen økt – bare lesing her"
        }
    }

    public func gap(_ gap: Gap) -> String {
        let name = gap.name.map(rowName) ?? ""
        return switch gap.kind {
        case .conditionsMissing: "3.1 mangler enhetsleders beskrivelse"
        case .goalAreaWithoutRows: "\(name): ingen rader"
        case .rowWithoutTarget: "\(name): mangler mål for enheten"
        case .rowWithoutMeasures: "\(name): mangler tiltak"
        case .rowWithoutLog: "\(name): ingen loggføringer"
        case .goalAreaNotRated: "\(name): ikke vurdert"
        case .checklistUnmarked: "Sjekkliste: «\(gap.task ?? "")» er ikke markert"
        }
    }

    public func fieldError(_ error: FieldError) -> String {
        switch error {
        case .missing: "Feltet finnes ikke lenger"
        case .unknownMark(let value): "Ukjent markering «\(value)»"
        case .unknownRating(let value): "Ukjent vurdering «\(value)»"
        case .notADate(let value, let year): "«\(value)» er ikke en dato (skriv f.eks. 14.03.\(year))"
        case .reasonMissing: "En endring av avtalen må ha en begrunnelse"
        case .notAPlanLink(let value): "«\(value)» er ikke en kobling til handlingsplanen (skriv plan/kode, f.eks. kuo-2018-2021/S.1)"
        }
    }

    public func validation(_ issue: ValidationIssue.Kind) -> String {
        switch issue {
        case .invalidItemID(let id): "ugyldig id «\(id)»"
        case .duplicateItemID(let id, let first): "id «\(id)» er brukt før (\(first))"
        case .invalidAgreementID(let id): "avtale-id «\(id)» må være små bokstaver a–z, sifre og bindestrek"
        case .unreasonableYear(let year): "årstallet \(year) er urimelig"
        case .unitWithoutName: "enheten mangler navn"
        case .goalAreaWithoutTitle: "målområdet mangler tittel"
        case .logLinksMissingMeasure(let id): "loggføringen viser til et tiltak «\(id)» som ikke finnes i raden"
        case .logDateOutsideYear(let date, let year): "datoen \(self.date(date)) ligger utenfor avtaleåret \(year)"
        case .indicatorWithoutName: "indikatoren mangler navn"
        case .duplicatePeriod(let period): "perioden \(self.period(period)) står to ganger i samme serie"
        case .valueOutOfRange(let value, let unit): numberProblem(.outOfRange(value, unit))
        case .valueNotFinite: "verdien er ikke et endelig tall"
        case .invalidPlanLink(let link): "«\(link)» er ikke en gyldig kobling til en handlingsplan (plan/kode)"
        case .invalidTemplateName(let name): "malnavnet «\(name)» må være små bokstaver a–z, sifre og bindestrek"
        case .templateNameMismatch(let found, let file): "malen heter «\(found)», men filen heter «\(file)»"
        case .municipalityWithoutName: "kommunen mangler navn"
        case .taskWithoutText: "oppgaven mangler tekst"
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

    public var redacted: String { "(unntatt offentlighet)" }

    public var unmetGoalProcedure: [String] {
        [
            "Kommunaldirektøren gir enhetslederen tilbakemelding om vurderingen.",
            "Enhetslederen redegjør for hvorfor målet ikke er nådd.",
            "Det avtales en konkret forbedringsplan.",
            "Det holdes månedlige oppfølgingssamtaler.",
        ]
    }
}

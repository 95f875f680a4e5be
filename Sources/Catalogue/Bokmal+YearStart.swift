import AgreementKit
import AgreementStore

extension Bokmal {
    public var newAbstract: String { "Lager en ny avtale for en enhet og et år, med kommunens mal." }
    public var newDiscussion: String {
        """
        Id-en blir enhetens navn og året (Åsveien skole 2011 → asveien-skole-2011); finnes den \
        fra før, i lageret eller i arkivet, avvises den nye. Avtalen starter i Inngåelse med punkt \
        1, felles resultatmål og sjekklisten fra malen: den som er nevnt med --template, ellers \
        den nyeste malen for kommunen og året (i templates/ i lageret). Finnes ingen mal, lages \
        avtalen likevel, uten de felles delene, og det står hvorfor.
        Eksempel: lederavtale new --unit "Åsveien skole" --year 2011 --municipality "Trondheim kommune"
        """
    }
    public var nextAbstract: String { "Lager neste års avtale ut fra denne (avtalen for i år endres ikke)." }
    public var nextDiscussion: String {
        """
        Felles resultatmål kommer fra malen for neste år (finnes ingen, kopieres årets, og det \
        står). Resultatmål for tjenesteområdet og enhetens egne føres videre med radene, tiltakene \
        som ikke er krysset av som gjennomført (med lenke til der de kom fra) og støtten; loggen \
        blir igjen i året den hører til. Et målområde med måloppnåelse «Mindre enn avtalen» føres \
        videre med forbedringsplanen, som første loggføring. Parter og kontaktperson følger med; \
        den nye avtalen står i Inngåelse. Før årets resultatvurdering varsles det om at året ikke \
        er avsluttet. Finnes neste års avtale, avvises kommandoen med id-en.
        """
    }
    public var templateAbstract: String { "Kommunens maler: felles resultatmål, sjekkliste og punkt 1 for et år." }
    public var templateListAbstract: String { "Viser malene i lageret." }
    public var templateShowAbstract: String { "Viser innholdet i en mal." }
    public var templateNewAbstract: String { "Lager en mal av de kommunale delene av en avtale." }
    public var templateApplyAbstract: String { "Fører en mal inn i årets avtaler (legger til, oppdaterer det enheten ikke har endret)." }
    public var templateApplyDiscussion: String {
        """
        Legger til felles målområder, rader, tiltak, støtte og oppgaver i sjekklisten som \
        mangler, og oppdaterer kommunal tekst som enheten ikke har endret siden malen ga den. \
        Enhetens egne mål, tiltak, logg og vurderinger endres aldri, og ingenting fjernes. En \
        signert avtale, eller en som er forbi Inngåelse, endres bare som endringer i avtalen med \
        malens navn som begrunnelse; en avsluttet avtale endres ikke. Hver avtale lagres for seg, \
        helt eller ikke i det hele tatt; en som feiler, rapporteres, og de andre er som de ble. \
        Med --all gjelder det alle avtalene for malens kommune og år (andre hoppes over uten feil). \
        --dry-run viser hva som ville skjedd, uten å endre noe.
        """
    }
    public var renameAbstract: String { "Gir enheten nytt navn (og avtalen ny id); endringen skrives ned med dato." }
    public var archiveAbstract: String { "Flytter en avtale til arkivet (skjules i listen, beholdes); --restore henter den tilbake." }
    public var deleteAbstract: String { "Sletter en avtale: spør først, og flytter filene til trash/ i lageret." }

    public func optionHelp(_ option: YearStartOption) -> String {
        switch option {
        case .unit: "Enhetens navn."
        case .year: "Avtaleåret."
        case .municipality: "Kommunen (standard: kommunen til avtalene i lageret, når de har én)."
        case .serviceArea: "Tjenesteområdet (gir tjenesteområdets resultatmål fra malen)."
        case .leader: "Enhetslederens navn."
        case .contact: "Kontaktpersonens navn."
        case .director: "Kommunaldirektørens navn."
        case .template: "Malen (standard: den nyeste for kommunen og året)."
        case .nextYear: "Året for den nye avtalen (standard: året etter)."
        case .drop: "Et målområde som ikke skal føres videre, som «3.2 2» (del og nummer); kan gjentas."
        case .dryRun: "Vis hva som ville skjedd, uten å endre noe."
        case .templateName: "Malens navn, som trondheim-2011."
        case .from: "Avtalen malen lages av."
        case .to: "Avtalen malen skal føres inn i; kan gjentas."
        case .all: "Alle avtalene for malens kommune og år."
        case .format: "Utdataformat: text, csv eller json."
        case .renameUnit: "Enhetens nye navn."
        case .reason: "Begrunnelsen som skrives ned (standard: «Enheten har fått nytt navn»)."
        case .restore: "Hent avtalen tilbake fra arkivet."
        case .yes: "Ikke spør (for skript)."
        case .archived: "Vis de arkiverte avtalene."
        }
    }

    public func optionValueName(_ option: YearStartOption) -> String {
        switch option {
        case .unit, .renameUnit: "enhet"
        case .year, .nextYear: "år"
        case .municipality: "kommune"
        case .serviceArea: "tjenesteområde"
        case .leader, .contact, .director: "navn"
        case .template, .templateName: "mal"
        case .drop: "del nr"
        case .from, .to: "avtale"
        case .format: "format"
        case .reason: "tekst"
        case .dryRun, .all, .restore, .yes, .archived: ""
        }
    }

    public func answerIsYes(_ answer: String) -> Bool { ["j", "ja", "y", "yes"].contains(answer.lowercased()) }

    public func startProblem(_ problem: StartProblem) -> String {
        switch problem {
        case .templateNotFound(let name, let known):
            known.isEmpty ? "fant ingen mal «\(name)»; lageret har ingen maler (templates/)"
                : "fant ingen mal «\(name)»; malene i lageret er: \(known.joined(separator: ", "))"
        case .templateExists(let name): "malen «\(name)» finnes fra før"
        case .templateMismatch(let template, let municipality, let year, let wantedMunicipality, let wantedYear):
            "malen «\(template)» er for \(municipality) \(year), avtalen for \(wantedMunicipality.isEmpty ? "(ingen kommune)" : wantedMunicipality) \(wantedYear)"
        case .agreementExists(let id, let archived):
            archived ? "avtalen «\(id)» finnes fra før i arkivet (lederavtale archive --restore \(id))" : "avtalen «\(id)» finnes fra før"
        case .nextYearExists(let id): "neste års avtale finnes fra før: «\(id)»"
        case .unitMissing: "enheten må ha et navn (med bokstaver eller sifre)"
        case .yearInvalid(let year): "årstallet \(year) er urimelig"
        case .heldElsewhere(let id, let holder): "«\(id)» er åpen i en annen økt (\(holder.host), prosess \(holder.pid)); prøv igjen når den er lukket"
        case .notArchived(let id, let known):
            known.isEmpty ? "fant ingen arkivert avtale «\(id)»; arkivet er tomt" : "fant ingen arkivert avtale «\(id)»; arkivet har: \(known.joined(separator: ", "))"
        case .store(let error): storeError(error)
        }
    }

    public func yearStart(_ text: YearStartText) -> String {
        switch text {
        case .created(let id, let path): "lagde \(id): \(path)"
        case .createdFromTemplate(let name): "med malen \(name): punkt 1, felles resultatmål og sjekkliste"
        case .createdWithoutTemplate(let municipality, let year):
            "merk: ingen mal for \(municipality) \(year) i lageret; punkt 1, felles resultatmål og sjekkliste må fylles inn (eller: lederavtale template apply)"
        case .createdInApp(let id, let template):
            template.map { "Ny avtale \(id) laget med malen \($0): punkt 1, felles resultatmål og sjekkliste" }
                ?? "Ny avtale \(id) laget uten mal: punkt 1, felles resultatmål og sjekkliste må fylles inn"
        case .municipalityNeeded(let known):
            known.isEmpty ? "oppgi kommunen med --municipality" : "oppgi kommunen med --municipality (lageret har: \(known.joined(separator: ", ")))"
        case .yearNotANumber(let text): "«\(text)» er ikke et årstall"
        case .templateListHeader: "mal  kommune  år  felles målområder  tjenesteområder  oppgaver"
        case .templateLine(let name, let municipality, let year, let common, let serviceAreas, let tasks):
            "\(name)  \(municipality)  \(year)  \(count(common, "felles målområde", "felles målområder")), \(count(serviceAreas, "tjenesteområde", "tjenesteområder")), \(count(tasks, "oppgave", "oppgaver"))"
        case .noTemplates: "ingen maler i lageret (templates/)"
        case .templateCreated(let name, let path): "lagde malen \(name): \(path)"
        case .applyHeading(let template, let dryRun): dryRun ? "malen \(template) (prøvekjøring, ingenting endres):" : "malen \(template):"
        case .applyChanged(let id, let changes, let amended, let dryRun):
            "\(id): \(dryRun ? "ville fått" : "fikk") \(count(changes, "endring", "endringer"))\(amended ? " (som endringer i avtalen, begrunnet med malens navn)" : "")"
        case .applyUnchanged(let id): "\(id): ingen endringer"
        case .applyKept(let field): "  beholdt enhetens egen tekst: \(field)"
        case .applySkippedClosed(let id): "\(id): hoppet over – avtalen er avsluttet og endres ikke"
        case .applyFailed(let id, let reason): "\(id): feilet – \(reason) (avtalen er som den var)"
        case .applyNotFor(let id, let municipality, let year): "\(id): hoppet over – avtalen er for \(municipality) \(year)"
        case .applySummary(let changed, let unchanged, let skipped, let failed, let dryRun):
            "\(dryRun ? "ville endret" : "endret") \(changed), uendret \(unchanged), hoppet over \(skipped), feilet \(failed)"
        case .applyNeedsTarget: "oppgi avtalene med --to ID (kan gjentas) eller --all"
        case .templateShowHeading(let name, let municipality, let year): "Mal \(name): \(municipality) \(year)"
        case .templateShowSection(let title): "== \(title)"
        case .templateShowServiceArea(let name): "== 2.2 Resultatmål for tjenesteområdet: \(name)"
        case .checkTemplate(let name, let common, let serviceAreas, let tasks):
            "\(TemplateFiles.folder)/\(name): \(count(common, "felles målområde", "felles målområder")), \(count(serviceAreas, "tjenesteområde", "tjenesteområder")), \(count(tasks, "oppgave", "oppgaver"))"
        case .nextHeading(let from, let to, let year): "neste års avtale (\(year)) fra \(from): \(to)"
        case .nextEarly(let year, let phase): "merk: året \(year) er ikke avsluttet (\(phase)); neste års avtale lages likevel"
        case .nextTemplate(let name): "felles resultatmål fra malen \(name)"
        case .nextNoTemplate(let municipality, let year): "merk: ingen mal for \(municipality) \(year); årets felles resultatmål kopieres"
        case .nextCreated(let id, let path): "lagde \(id): \(path)"
        case .nextDryRun: "prøvekjøring: ingen avtale er laget"
        case .nextDropUnknown(let given, let known): "fant ikke målområdet «\(given)» (skriv del og nummer: \(known.joined(separator: ", ")))"
        case .nextAreaLine(let name, let fate): "  \(name): \(fate)"
        case .nextFreshLine(let name): "  \(name): ny fra malen"
        case .renamed(let from, let to): "\(from) heter nå \(to)"
        case .renamedKeepsID(let id): "\(id): enheten har fått nytt navn (id-en er den samme)"
        case .relinked(let ids): "lenkene i \(ids.joined(separator: ", ")) viser til den nye id-en"
        case .renameReason: "Enheten har fått nytt navn"
        case .archived(let id): "\(id) er flyttet til arkivet (lederavtale list --archived)"
        case .restored(let id): "\(id) er hentet tilbake fra arkivet"
        case .deleteQuestion(let id, let unit, let year): "Slette \(id) (\(unit) \(year))? Filene flyttes til trash/ i lageret. (j/n) "
        case .deleteNeedsYes(let id): "slett \(id) fra en terminal, eller bekreft med --yes"
        case .deleted(let id, let folder): "\(id) er flyttet til \(folder)"
        case .deleteCancelled: "ingenting er slettet"
        case .noArchived: "ingen arkiverte avtaler"
        case .newAgreementRow: "+ Ny avtale…"
        case .newAgreementTitle: "Ny avtale"
        case .fieldUnit: "Enhet"
        case .fieldYear: "År"
        case .fieldMunicipality: "Kommune"
        case .fieldServiceArea: "Tjenesteområde"
        case .fieldTemplate: "Mal"
        case .templateHint: "tom: den nyeste malen for kommunen og året"
        case .idWillBe(let id): "id: \(id)"
        case .unitMissing: "Skriv enhetens navn først"
        case .nextYearTitle(let unit, let year): "Neste års avtale: \(unit) \(year)"
        case .nextYearFrom(let id): "Fra \(id), som ikke endres. Loggen blir igjen; hver rad som føres videre, viser til fjorårets."
        case .nextYearFresh: "ny fra malen"
        case .nextYearMakes(let id): "Enter lager \(id) i Inngåelse; mellomrom fører et målområde videre eller legger det igjen."
        case .nextYearOnlyAtYearEnd: "Neste års avtale lages i Resultatvurdering eller når avtalen er avsluttet (på kommandolinjen: lederavtale next)"
        case .nextYearCarriedNote: "Føres videre"
        case .notToggleable: "Felles resultatmål følger malen (eller kopieres uten mal)"
        case .previousLogTitle(let year, let row): "Logg \(year): \(row)"
        case .previousLogReadOnly: "Fjorårets logg, bare for lesing"
        case .noPreviousRow: "Raden er ikke videreført fra i fjor"
        case .previousMissing(let id): "Fant ikke fjorårets avtale «\(id)» (arkivert eller slettet?)"
        case .measureDone(let date): "Tiltaket er gjennomført \(date)"
        case .measureNotDone: "Tiltaket er ikke lenger krysset av som gjennomført"
        case .onlyMeasuresAreDone: "Bare tiltak kan krysses av (ikke overskrifter, veiledning eller indikatorer)"
        case .chooseMeasure: "Velg et tiltak i tiltaksruten først (Tab)"
        }
    }

    public func templateChange(_ change: TemplateApplication.Change, in agreement: Agreement) -> (field: String, old: String, new: String) {
        switch change {
        case .added(let item):
            ("Lagt til fra malen: \(itemNoun(item))", "", agreement.summary(of: item) ?? "")
        case .updated(let field, let old, let new):
            ("\(place(agreement.place(of: field))) – \(fieldLabel(field.kind))", old, new)
        }
    }

    public func unmetNote(area: GoalArea, year: Int, plan: ImprovementPlan?) -> String {
        var text = "Videreført fra \(year): måloppnåelsen ble vurdert til «\(rating(.belowAgreement))»."
        if let plan {
            text += "\nForbedringsplan: \(plan.actions)"
            if !plan.followUpDates.isEmpty { text += "\nOppfølgingssamtaler: \(plan.followUpDates.map(\.display).joined(separator: ", "))" }
        }
        return text
    }

    public func fate(_ area: Rollover.Area, template: String?, year: Int) -> String {
        switch area.fate {
        case .replacedByTemplate: return "nye felles resultatmål fra malen \(template ?? "")"
        case .copied: return "kopieres (ingen mal for \(year)) – \(measures(area))"
        case .dropped: return "legges igjen"
        case .carried:
            let unmet = area.unmet ? (area.hasImprovementPlan ? "; mindre enn avtalen: videre med forbedringsplanen" : "; mindre enn avtalen: videre med en merknad i loggen") : ""
            return "føres videre – \(measures(area))\(unmet)"
        }
    }

    private func measures(_ area: Rollover.Area) -> String {
        let open = count(area.openMeasures, "tiltak", "tiltak")
        return area.doneMeasures == 0 ? open : "\(open), \(area.doneMeasures) gjennomført blir igjen"
    }
}

extension Bokmal {
    func describeNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Forrige målområde"
        case .down: "Neste målområde"
        case .toggle: "Før målområdet videre, eller legg det igjen"
        case .create: "Lag neste års avtale"
        case .cancel: "Avbryt (ingenting lages)"
        }
    }

    func hintNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .toggle: "Videre/igjen"
        case .create: "Lag avtalen"
        case .cancel: "Avbryt"
        }
    }

    func describePreviousLog(_ command: PreviousLogCommand) -> String {
        switch command {
        case .up: "Rull opp"
        case .down: "Rull ned"
        case .pageUp: "En side opp"
        case .pageDown: "En side ned"
        case .close: "Lukk"
        }
    }
}

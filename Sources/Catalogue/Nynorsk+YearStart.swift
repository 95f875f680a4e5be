import AgreementKit
import AgreementStore

extension Nynorsk {
    public var newAbstract: String { "Lagar ein ny avtale for ei eining og eit år, med malen til kommunen." }
    public var newDiscussion: String {
        """
        Id-en blir namnet på eininga og året (Åsveien skole 2011 → asveien-skole-2011); finst han \
        frå før, i lageret eller i arkivet, blir den nye avvist. Avtalen startar i Inngåing med punkt \
        1, felles resultatmål og sjekklista frå malen: den som er nemnd med --template, elles \
        den nyaste malen for kommunen og året (i templates/ i lageret). Finst det ingen mal, blir \
        avtalen laga likevel, utan dei felles delane, og det står kvifor.
        Døme: lederavtale new --unit "Åsveien skole" --year 2011 --municipality "Trondheim kommune"
        """
    }
    public var nextAbstract: String { "Lagar avtalen for neste år ut frå denne (avtalen for i år blir ikkje endra)." }
    public var nextDiscussion: String {
        """
        Felles resultatmål kjem frå malen for neste år (finst det ingen, blir dei frå i år kopierte, og \
        det står). Resultatmål for tenesteområdet og eininga sine eigne blir førte vidare med radene, \
        tiltaka som ikkje er kryssa av som gjennomførte (med lenkje til der dei kom frå) og støtta; \
        loggen blir verande i året han høyrer til. Eit målområde med måloppnåing «Mindre enn avtalen» \
        blir ført vidare med forbetringsplanen, som første loggføring. Partane og kontaktpersonen \
        følgjer med; den nye avtalen står i Inngåing. Før resultatvurderinga for året blir det varsla \
        om at året ikkje er avslutta. Finst avtalen for neste år, blir kommandoen avvist med id-en.
        """
    }
    public var templateAbstract: String { "Malane til kommunen: felles resultatmål, sjekkliste og punkt 1 for eit år." }
    public var templateListAbstract: String { "Viser malane i lageret." }
    public var templateShowAbstract: String { "Viser innhaldet i ein mal." }
    public var templateNewAbstract: String { "Lagar ein mal av dei kommunale delane av ein avtale." }
    public var templateApplyAbstract: String { "Fører ein mal inn i avtalane for i år (legg til, oppdaterer det eininga ikkje har endra)." }
    public var templateApplyDiscussion: String {
        """
        Legg til felles målområde, rader, tiltak, støtte og oppgåver i sjekklista som manglar, \
        og oppdaterer kommunal tekst som eininga ikkje har endra sidan malen gav han. Eininga sine \
        eigne mål, tiltak, logg og vurderingar blir aldri endra, og ingenting blir fjerna. Ein \
        signert avtale, eller ein som er forbi Inngåing, blir berre endra som endringar i avtalen \
        med namnet på malen som grunngiving; ein avslutta avtale blir ikkje endra. Kvar avtale blir \
        lagra for seg, heilt eller ikkje i det heile; ein som feilar, blir rapportert, og dei andre \
        er som dei var. Med --all gjeld det alle avtalane for kommunen og året til malen (andre blir \
        hoppa over utan feil). --dry-run viser kva som ville ha skjedd, utan å endre noko.
        """
    }
    public var renameAbstract: String { "Gir eininga nytt namn (og avtalen ny id); endringa blir skriven ned med dato." }
    public var archiveAbstract: String { "Flyttar ein avtale til arkivet (blir gøymd i lista, men teken vare på); --restore hentar han tilbake." }
    public var deleteAbstract: String { "Slettar ein avtale: spør først, og flyttar filene til trash/ i lageret." }

    public func optionHelp(_ option: YearStartOption) -> String {
        switch option {
        case .unit: "Namnet på eininga."
        case .year: "Avtaleåret."
        case .municipality: "Kommunen (standard: kommunen til avtalane i lageret, når dei har éin)."
        case .serviceArea: "Tenesteområdet (gir resultatmåla for tenesteområdet frå malen)."
        case .leader: "Namnet på einingsleiaren."
        case .contact: "Namnet på kontaktpersonen."
        case .director: "Namnet på kommunaldirektøren."
        case .template: "Malen (standard: den nyaste for kommunen og året)."
        case .nextYear: "Året for den nye avtalen (standard: året etter)."
        case .drop: "Eit målområde som ikkje skal førast vidare, som «3.2 2» (del og nummer); kan gjentakast."
        case .dryRun: "Vis kva som ville ha skjedd, utan å endre noko."
        case .templateName: "Namnet på malen, som trondheim-2011."
        case .from: "Avtalen malen blir laga av."
        case .to: "Avtalen malen skal førast inn i; kan gjentakast."
        case .all: "Alle avtalane for kommunen og året til malen."
        case .format: "Utdataformat: text, csv eller json."
        case .renameUnit: "Det nye namnet på eininga."
        case .reason: "Grunngivinga som blir skriven ned (standard: «Eininga har fått nytt namn»)."
        case .restore: "Hent avtalen tilbake frå arkivet."
        case .yes: "Ikkje spør (for skript)."
        case .archived: "Vis dei arkiverte avtalane."
        }
    }

    public func optionValueName(_ option: YearStartOption) -> String {
        switch option {
        case .unit, .renameUnit: "eining"
        case .year, .nextYear: "år"
        case .municipality: "kommune"
        case .serviceArea: "tenesteområde"
        case .leader, .contact, .director: "namn"
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
            known.isEmpty ? "fann ingen mal «\(name)»; lageret har ingen malar (templates/)"
                : "fann ingen mal «\(name)»; malane i lageret er: \(known.joined(separator: ", "))"
        case .templateExists(let name): "malen «\(name)» finst frå før"
        case .templateMismatch(let template, let municipality, let year, let wantedMunicipality, let wantedYear):
            "malen «\(template)» er for \(municipality) \(year), avtalen for \(wantedMunicipality.isEmpty ? "(ingen kommune)" : wantedMunicipality) \(wantedYear)"
        case .agreementExists(let id, let archived):
            archived ? "avtalen «\(id)» finst frå før i arkivet (lederavtale archive --restore \(id))" : "avtalen «\(id)» finst frå før"
        case .nextYearExists(let id): "avtalen for neste år finst frå før: «\(id)»"
        case .unitMissing: "eininga må ha eit namn (med bokstavar eller siffer)"
        case .yearInvalid(let year): "årstalet \(year) er urimeleg"
        case .heldElsewhere(let id, let holder): "«\(id)» er open i ei anna økt (\(holder.host), prosess \(holder.pid)); prøv igjen når ho er lukka"
        case .notArchived(let id, let known):
            known.isEmpty ? "fann ingen arkivert avtale «\(id)»; arkivet er tomt" : "fann ingen arkivert avtale «\(id)»; arkivet har: \(known.joined(separator: ", "))"
        case .store(let error): storeError(error)
        }
    }

    public func yearStart(_ text: YearStartText) -> String {
        switch text {
        case .created(let id, let path): "laga \(id): \(path)"
        case .createdFromTemplate(let name): "med malen \(name): punkt 1, felles resultatmål og sjekkliste"
        case .createdWithoutTemplate(let municipality, let year):
            "merk: ingen mal for \(municipality) \(year) i lageret; punkt 1, felles resultatmål og sjekkliste må fyllast inn (eller: lederavtale template apply)"
        case .createdInApp(let id, let template):
            template.map { "Ny avtale \(id) laga med malen \($0): punkt 1, felles resultatmål og sjekkliste" }
                ?? "Ny avtale \(id) laga utan mal: punkt 1, felles resultatmål og sjekkliste må fyllast inn"
        case .municipalityNeeded(let known):
            known.isEmpty ? "oppgi kommunen med --municipality" : "oppgi kommunen med --municipality (lageret har: \(known.joined(separator: ", ")))"
        case .yearNotANumber(let text): "«\(text)» er ikkje eit årstal"
        case .templateListHeader: "mal  kommune  år  felles målområde  tenesteområde  oppgåver"
        case .templateLine(let name, let municipality, let year, let common, let serviceAreas, let tasks):
            "\(name)  \(municipality)  \(year)  \(count(common, "felles målområde", "felles målområde")), \(count(serviceAreas, "tenesteområde", "tenesteområde")), \(count(tasks, "oppgåve", "oppgåver"))"
        case .noTemplates: "ingen malar i lageret (templates/)"
        case .templateCreated(let name, let path): "laga malen \(name): \(path)"
        case .applyHeading(let template, let dryRun): dryRun ? "malen \(template) (prøvekøyring, ingenting blir endra):" : "malen \(template):"
        case .applyChanged(let id, let changes, let amended, let dryRun):
            "\(id): \(dryRun ? "ville ha fått" : "fekk") \(count(changes, "endring", "endringar"))\(amended ? " (som endringar i avtalen, grunngitt med namnet på malen)" : "")"
        case .applyUnchanged(let id): "\(id): ingen endringar"
        case .applyKept(let field): "  eininga sin eigen tekst er teken vare på: \(field)"
        case .applySkippedClosed(let id): "\(id): hoppa over – avtalen er avslutta og blir ikkje endra"
        case .applyFailed(let id, let reason): "\(id): feila – \(reason) (avtalen er som han var)"
        case .applyNotFor(let id, let municipality, let year): "\(id): hoppa over – avtalen er for \(municipality) \(year)"
        case .applySummary(let changed, let unchanged, let skipped, let failed, let dryRun):
            "\(dryRun ? "ville ha endra" : "endra") \(changed), uendra \(unchanged), hoppa over \(skipped), feila \(failed)"
        case .applyNeedsTarget: "oppgi avtalane med --to ID (kan gjentakast) eller --all"
        case .templateShowHeading(let name, let municipality, let year): "Mal \(name): \(municipality) \(year)"
        case .templateShowSection(let title): "== \(title)"
        case .templateShowServiceArea(let name): "== 2.2 Resultatmål for tenesteområdet: \(name)"
        case .checkTemplate(let name, let common, let serviceAreas, let tasks):
            "\(TemplateFiles.folder)/\(name): \(count(common, "felles målområde", "felles målområde")), \(count(serviceAreas, "tenesteområde", "tenesteområde")), \(count(tasks, "oppgåve", "oppgåver"))"
        case .nextHeading(let from, let to, let year): "avtalen for neste år (\(year)) frå \(from): \(to)"
        case .nextEarly(let year, let phase): "merk: året \(year) er ikkje avslutta (\(phase)); avtalen for neste år blir laga likevel"
        case .nextTemplate(let name): "felles resultatmål frå malen \(name)"
        case .nextNoTemplate(let municipality, let year): "merk: ingen mal for \(municipality) \(year); dei felles resultatmåla for i år blir kopierte"
        case .nextCreated(let id, let path): "laga \(id): \(path)"
        case .nextDryRun: "prøvekøyring: ingen avtale er laga"
        case .nextDropUnknown(let given, let known): "fann ikkje målområdet «\(given)» (skriv del og nummer: \(known.joined(separator: ", ")))"
        case .nextAreaLine(let name, let fate): "  \(name): \(fate)"
        case .nextFreshLine(let name): "  \(name): ny frå malen"
        case .renamed(let from, let to): "\(from) heiter no \(to)"
        case .renamedKeepsID(let id): "\(id): eininga har fått nytt namn (id-en er den same)"
        case .relinked(let ids): "lenkjene i \(ids.joined(separator: ", ")) viser til den nye id-en"
        case .renameReason: "Eininga har fått nytt namn"
        case .archived(let id): "\(id) er flytt til arkivet (lederavtale list --archived)"
        case .restored(let id): "\(id) er henta tilbake frå arkivet"
        case .deleteQuestion(let id, let unit, let year): "Slette \(id) (\(unit) \(year))? Filene blir flytte til trash/ i lageret. (j/n) "
        case .deleteNeedsYes(let id): "slett \(id) frå ein terminal, eller stadfest med --yes"
        case .deleted(let id, let folder): "\(id) er flytt til \(folder)"
        case .deleteCancelled: "ingenting er sletta"
        case .noArchived: "ingen arkiverte avtalar"
        case .newAgreementRow: "+ Ny avtale…"
        case .newAgreementTitle: "Ny avtale"
        case .fieldUnit: "Eining"
        case .fieldYear: "År"
        case .fieldMunicipality: "Kommune"
        case .fieldServiceArea: "Tenesteområde"
        case .fieldTemplate: "Mal"
        case .templateHint: "tom: den nyaste malen for kommunen og året"
        case .idWillBe(let id): "id: \(id)"
        case .unitMissing: "Skriv namnet på eininga først"
        case .nextYearTitle(let unit, let year): "Avtalen for neste år: \(unit) \(year)"
        case .nextYearFrom(let id): "Frå \(id), som ikkje blir endra. Loggen blir verande; kvar rad som blir ført vidare, viser til rada frå i fjor."
        case .nextYearFresh: "ny frå malen"
        case .nextYearMakes(let id): "Enter lagar \(id) i Inngåing; mellomrom fører eit målområde vidare eller legg det att."
        case .nextYearOnlyAtYearEnd: "Avtalen for neste år blir laga i Resultatvurdering eller når avtalen er avslutta (på kommandolinja: lederavtale next)"
        case .nextYearCarriedNote: "Blir ført vidare"
        case .notToggleable: "Felles resultatmål følgjer malen (eller blir kopierte utan mal)"
        case .previousLogTitle(let year, let row): "Logg \(year): \(row)"
        case .previousLogReadOnly: "Loggen frå i fjor, berre for lesing"
        case .noPreviousRow: "Rada er ikkje vidareført frå i fjor"
        case .previousMissing(let id): "Fann ikkje avtalen frå i fjor, «\(id)» (arkivert eller sletta?)"
        case .measureDone(let date): "Tiltaket er gjennomført \(date)"
        case .measureNotDone: "Tiltaket er ikkje lenger kryssa av som gjennomført"
        case .onlyMeasuresAreDone: "Berre tiltak kan kryssast av (ikkje overskrifter, rettleiing eller indikatorar)"
        case .chooseMeasure: "Vel eit tiltak i tiltaksruta først (Tab)"
        }
    }

    public func templateChange(_ change: TemplateApplication.Change, in agreement: Agreement) -> (field: String, old: String, new: String) {
        switch change {
        case .added(let item):
            ("Lagt til frå malen: \(itemNoun(item))", "", agreement.summary(of: item) ?? "")
        case .updated(let field, let old, let new):
            ("\(place(agreement.place(of: field))) – \(fieldLabel(field.kind))", old, new)
        }
    }

    public func unmetNote(area: GoalArea, year: Int, plan: ImprovementPlan?) -> String {
        var text = "Vidareført frå \(year): måloppnåinga vart vurdert til «\(rating(.belowAgreement))»."
        if let plan {
            text += "\nForbetringsplan: \(plan.actions)"
            if !plan.followUpDates.isEmpty { text += "\nOppfølgingssamtalar: \(plan.followUpDates.map(self.date).joined(separator: ", "))" }
        }
        return text
    }

    public func fate(_ area: Rollover.Area, template: String?, year: Int) -> String {
        switch area.fate {
        case .replacedByTemplate: return "nye felles resultatmål frå malen \(template ?? "")"
        case .copied: return "blir kopiert (ingen mal for \(year)) – \(measures(area))"
        case .dropped: return "blir lagt att"
        case .carried:
            let unmet = area.unmet ? (area.hasImprovementPlan ? "; mindre enn avtalen: vidare med forbetringsplanen" : "; mindre enn avtalen: vidare med ein merknad i loggen") : ""
            return "blir ført vidare – \(measures(area))\(unmet)"
        }
    }

    private func measures(_ area: Rollover.Area) -> String {
        let open = count(area.openMeasures, "tiltak", "tiltak")
        return area.doneMeasures == 0 ? open : "\(open), \(area.doneMeasures) gjennomførte blir verande"
    }
}

extension Nynorsk {
    func describeNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Førre målområde"
        case .down: "Neste målområde"
        case .toggle: "Før målområdet vidare, eller legg det att"
        case .create: "Lag avtalen for neste år"
        case .cancel: "Avbryt (ingenting blir laga)"
        }
    }

    func hintNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .toggle: "Vidare/att"
        case .create: "Lag avtalen"
        case .cancel: "Avbryt"
        }
    }

    func describePreviousLog(_ command: PreviousLogCommand) -> String {
        switch command {
        case .up: "Rull opp"
        case .down: "Rull ned"
        case .pageUp: "Ei side opp"
        case .pageDown: "Ei side ned"
        case .close: "Lukk"
        }
    }
}

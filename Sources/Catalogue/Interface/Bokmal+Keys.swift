extension Bokmal {
    public func describe(_ action: Action) -> String {
        switch action {
        case .app(let c):
            switch c {
            case .help: "Hjelp"
            case .quit: "Avslutt"
            case .undo: "Angre"
            case .redo: "Gjør om"
            case .saveNow: "Lagre nå (prøv igjen etter en feil)"
            case .switchLanguage: "Bytt språk: bokmål, nynorsk, English (huskes i innstillingene)"
            }
        case .picker(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .open: "Åpne avtalen; på den siste raden, «+ Ny avtale…», lag en ny"
            case .clearOrQuit: "Tøm filteret; avslutt når det er tomt"
            case .overview: "Oversikt over alle avtalene (og måltabellen)"
            }
        case .overview(let c): describeOverview(c)
        case .matrix(let c): describeMatrix(c)
        case .browse(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .first: "Til første"
            case .last: "Til siste"
            case .nextPane: "Neste rute"
            case .previousPane: "Forrige rute"
            case .open: "Vis alle feltene"
            case .back: "Tilbake til målruten; derfra til listen over avtaler"
            case .addLogEntry: "Ny loggføring med dagens dato"
            case .add: "Legg til (rad, tiltak, støtte, logg, oppgave)"
            case .addGoalArea: "Nytt målområde i samme del"
            case .delete: "Slett (spør først)"
            case .moveItemUp: "Flytt opp"
            case .moveItemDown: "Flytt ned"
            case .search: "Søk"
            case .nextHit: "Neste treff"
            case .previousHit: "Forrige treff"
            case .meeting: "Møtemodus: midtveissamtale eller resultatvurdering"
            case .export: "Eksporter: Markdown, HTML, CSV eller JSON, offentlig eller full"
            case .phase: "Fase: mangler, signering, neste fase, gjenåpning"
            case .takeOverLock: "Ta over låsen fra en annen økt (spør først; bare når avtalen er skrivebeskyttet her)"
            case .wheel: "Årshjulet: datoer, frister og det som forfaller"
            case .conversation: "Ledersamtale etter samtaleguiden (fortsetter der dere slapp)"
            case .overview: "Oversikt over alle avtalene"
            case .scorecard, .addIndicatorValue, .addIndicator, .actionPlan: describeIndicatorAction(action)
            case .markMeasureDone: "Kryss av tiltaket som gjennomført (eller ta krysset bort)"
            case .previousLog: "Fjorårets logg for raden (når raden er videreført)"
            case .handOver: "Ny leder eller kontaktperson fra en dato (den forrige står i avtalens historikk)"
            }
        case .detail(let c):
            switch c {
            case .up: "Forrige felt"
            case .down: "Neste felt"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .first: "Første felt"
            case .last: "Siste felt"
            case .edit: "Rediger feltet"
            case .back: "Tilbake"
            case .add: "Ny oppgave i sjekklisten / nytt utviklingsmål"
            case .delete: "Slett oppgaven eller utviklingsmålet (spør først)"
            case .markDone: "Oppgaven er utført"
            case .markNotDone: "Oppgaven er ikke utført"
            }
        case .help(let c):
            switch c {
            case .up: "Rull opp"
            case .down: "Rull ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .close: "Lukk hjelpen"
            }
        case .phase(let c):
            switch c {
            case .next: "Gå til neste fase (manglene registreres)"
            case .stay: "Bli i fasen"
            case .signOff: "Signer fasen (navn og dato)"
            case .reopen: "Gjenåpne forrige fase (med begrunnelse)"
            case .up: "Rull opp"
            case .down: "Rull ned"
            case .nextYear: "Neste års avtale: se hva som skjer med hvert målområde"
            }
        case .meeting(let c):
            switch c {
            case .rateBeyond: "Ut over avtalen (og videre)"
            case .rateAsAgreed: "I tråd med avtalen (og videre)"
            case .rateBelow: "Mindre enn avtalen (og videre)"
            case .markDone: "Utført (og videre)"
            case .markNotDone: "Ikke utført (og videre)"
            case .next: "Neste steg"
            case .previous: "Forrige steg"
            case .up: "Rull venstre side opp"
            case .down: "Rull venstre side ned"
            case .comment: "Kommentar (midtveis: notat for oppfølgingen)"
            case .stepBack: "Angre siste verdi og gå tilbake"
            case .improvementPlan: "Forbedringsplan for et mål under avtalen"
            case .signOff: "Signer: først du, så den andre parten (spør først)"
            case .minutes: "Skriv referat (Markdown) til fil"
            case .leave: "Forlat møtemodus (alt er lagret)"
            }
        case .form(let c):
            switch c {
            case .confirm: "Lagre"
            case .newline: "Ny linje (i felt med flere linjer)"
            case .cancel: "Avbryt; den gamle teksten beholdes"
            case .nextField: "Neste felt i skjemaet"
            case .previousField: "Forrige felt i skjemaet"
            case .discard: "Forkast skrevet tekst (spør først)"
            case .earlierQuery: "Forrige søk"
            case .laterQuery: "Neste søk"
            }
        case .dialog(let c):
            switch c {
            case .choose: "Svaret som er uthevet (aldri et som sletter)"
            case .cancel: "Avbryt (samme som nei)"
            }
        case .wheel(let c): describeWheel(c)
        case .conversation(let c): describeConversation(c)
        case .scorecard, .indicator, .plan, .planLinks:
            describeIndicatorAction(action)
        case .nextYear(let c): describeNextYear(c)
        case .previousLog(let c): describePreviousLog(c)
        case .together(let c): describeTogether(c)
        }
    }

    public func hint(_ action: Action) -> String {
        switch action {
        case .app(.help): "Hjelp"
        case .app(.quit): "Avslutt"
        case .app(.undo): "Angre"
        case .app(.switchLanguage): "Språk"
        case .picker(.up), .help(.up): "Opp"
        case .picker(.down), .help(.down): "Ned"
        case .detail(.up): "Forrige"
        case .detail(.down): "Neste"
        case .picker(.open): "Åpne/ny"
        case .browse(.open): "Åpne"
        case .picker(.clearOrQuit): "Tøm/avslutt"
        case .browse(.nextPane): "Rute"
        case .browse(.addLogEntry): "Logg"
        case .browse(.add): "Legg til"
        case .browse(.search): "Søk"
        case .browse(.meeting): "Møte"
        case .browse(.phase): "Fase"
        case .browse(.takeOverLock): lockTakeOverLabel
        case .detail(.edit): "Rediger"
        case .detail(.back): "Tilbake"
        case .detail(.markDone): "Utført"
        case .detail(.markNotDone): "Ikke utført"
        case .help(.close): "Lukk"
        case .phase(.next): "Ja, neste fase"
        case .phase(.stay): "Nei"
        case .phase(.signOff): "Signer"
        case .phase(.reopen): "Gjenåpne"
        case .meeting(.rateBeyond): "Ut over"
        case .meeting(.rateAsAgreed): "I tråd"
        case .meeting(.rateBelow): "Mindre"
        case .meeting(.markDone): "Utført"
        case .meeting(.markNotDone): "Ikke utført"
        case .meeting(.next): "Neste"
        case .meeting(.previous): "Forrige"
        case .meeting(.comment): "Kommentar"
        case .meeting(.stepBack): "Angre siste"
        case .meeting(.improvementPlan): "Forbedringsplan"
        case .meeting(.signOff): "Signer"
        case .meeting(.minutes): "Referat"
        case .meeting(.leave): "Ut"
        case .form(.confirm): "Lagre"
        case .form(.newline): "Ny linje"
        case .form(.cancel): "Avbryt"
        case .form(.nextField): "Neste felt"
        case .form(.earlierQuery): "Forrige søk"
        case .dialog(.choose): "Uthevet svar"
        case .dialog(.cancel): "Avbryt"
        case .browse(.wheel): "Årshjul"
        case .browse(.conversation): "Samtale"
        case .wheel(let c): hintWheel(c)
        case .conversation(let c): hintConversation(c)
        case .picker(.overview), .browse(.overview): "Oversikt"
        case .overview(let c): hintOverview(c)
        case .matrix(let c): hintMatrix(c)
        case .browse(.markMeasureDone): "Gjennomført"
        case .browse(.previousLog): "Fjorårets logg"
        case .browse(.handOver): "Ny leder/kontakt"
        case .phase(.nextYear): "Neste år"
        case .nextYear(let c): hintNextYear(c)
        case .together(let c): hintTogether(c)
        case .previousLog(.close): "Lukk"
        default: hintIndicatorAction(action) ?? describe(action)
        }
    }

    public func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .picker: "Velg avtale"
        case .overview: "Oversikt"
        case .matrix: "Måltabell"
        case .browse: "Hovedskjermen"
        case .detail: "Detaljvisning"
        case .checklist: "Sjekklisten i detaljvisning"
        case .help: "Hjelp"
        case .phase: "Fasedialogen"
        case .review: "Møtemodus: midtveissamtale"
        case .assessment: "Møtemodus: resultatvurdering"
        case .meetingChecklist: "Møtemodus: sjekklisten"
        case .reviewSummary: "Møtemodus: oppsummering av midtveissamtalen"
        case .assessmentSummary: "Møtemodus: oppsummering av resultatvurderingen"
        case .scorecard, .indicator, .plan, .planLinks: indicatorContextTitle(context) ?? ""
        case .form: "Feltredigering"
        case .search: "Søk"
        case .dialog: "Spørsmål"
        case .wheel: "Årshjulet"
        case .conversation: "Ledersamtale: et område"
        case .conversationLastTime: "Ledersamtale: sist avtalte vi"
        case .conversationAssessment: "Ledersamtale: ledervurderingen (punkt 1.5)"
        case .conversationMinutes: "Ledersamtale: referat"
        case .nextYear: "Neste års avtale"
        case .previousLog: "Fjorårets logg"
        case .conflict, .history: togetherContextTitle(context)
        }
    }

    public func contextNote(_ context: KeyContext) -> String? {
        switch context {
        case .picker: "Alle andre taster skrives i filteret (også j, k og q). Siste rad, «+ Ny avtale…», lager en ny avtale (filteret blir enhetens navn)."
        case .overview:
            "Alle andre taster skrives i filteret (også j, k og q); Ctrl-U tømmer det. Alt-m, Alt-t, Alt-f, Alt-b og Alt-å virker som F2–F6. "
                + "Framdrift: felt ferdig/krevd i fasen. Logg: loggføringer de siste 30 dagene. Vurdering: måloppnåelse ▲ ut over, ● i tråd med, ▼ mindre enn avtalen. "
                + "! foran fristen: på etterskudd – en frist er passert uten at steget er gjort (avtalen inngått innen 1. mars, midtveissamtale innen 30. juni, resultatvurdering innen 31. januar året etter)."
        case .planLinks: "Alle andre taster skrives i filteret: en kode (S.1) eller ord fra teksten."
        case .form, .search: "Piltaster, Home/End, Ctrl-A/Ctrl-E linjestart/-slutt, Alt-B/Alt-F ord tilbake/fram, Ctrl-K/Ctrl-U slett til linjeslutt/-start, Ctrl-W slett ord; innliming virker."
        case .dialog: "Svar med bokstaven eller sifferet dialogen viser; j = ja, n = nei."
        default: nil
        }
    }
}

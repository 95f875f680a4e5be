extension Nynorsk {
    public func describe(_ action: Action) -> String {
        switch action {
        case .app(let c):
            switch c {
            case .help: "Hjelp"
            case .quit: "Avslutt"
            case .undo: "Angre"
            case .redo: "Gjer om"
            case .saveNow: "Lagre no (prøv igjen etter ein feil)"
            case .switchLanguage: "Byt språk: bokmål, nynorsk, English (blir hugsa i innstillingane)"
            }
        case .picker(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .open: "Opne avtalen; på den siste rada, «+ Ny avtale…», lag ein ny"
            case .clearOrQuit: "Tøm filteret; avslutt når det er tomt"
            case .overview: "Oversikt over alle avtalane (og måltabellen)"
            }
        case .overview(let c): describeOverview(c)
        case .matrix(let c): describeMatrix(c)
        case .browse(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .first: "Til første"
            case .last: "Til siste"
            case .nextPane: "Neste rute"
            case .previousPane: "Førre rute"
            case .open: "Vis alle felta"
            case .back: "Tilbake til målruta; derifrå til lista over avtalar"
            case .addLogEntry: "Ny loggføring med dagens dato"
            case .add: "Legg til (rad, tiltak, støtte, logg, oppgåve)"
            case .addGoalArea: "Nytt målområde i same del"
            case .delete: "Slett (spør først)"
            case .moveItemUp: "Flytt opp"
            case .moveItemDown: "Flytt ned"
            case .search: "Søk"
            case .nextHit: "Neste treff"
            case .previousHit: "Førre treff"
            case .meeting: "Møtemodus: midtvegssamtale eller resultatvurdering"
            case .export: "Eksporter: Markdown, HTML, CSV eller JSON, offentleg eller full"
            case .phase: "Fase: manglar, signering, neste fase, gjenopning"
            case .takeOverLock: "Ta over låsen frå ei anna økt (spør først; berre når avtalen er skriveverna her)"
            case .wheel: "Årshjulet: datoar, fristar og det som forfell"
            case .conversation: "Leiarsamtale etter samtaleguiden (held fram der de slapp)"
            case .overview: "Oversikt over alle avtalane"
            case .markMeasureDone: "Kryss av tiltaket som gjennomført (eller ta krossen bort)"
            case .previousLog: "Fjorårsloggen for rada (når rada er ført vidare)"
            case .handOver: "Ny leiar eller kontaktperson frå ein dato (den førre står i historikken til avtalen)"
            case .scorecard, .addIndicatorValue, .addIndicator, .actionPlan: describeIndicatorAction(action)
            }
        case .detail(let c):
            switch c {
            case .up: "Førre felt"
            case .down: "Neste felt"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .first: "Første felt"
            case .last: "Siste felt"
            case .edit: "Rediger feltet"
            case .back: "Tilbake"
            case .add: "Ny oppgåve i sjekklista / nytt utviklingsmål"
            case .delete: "Slett oppgåva eller utviklingsmålet (spør først)"
            case .markDone: "Oppgåva er utført"
            case .markNotDone: "Oppgåva er ikkje utført"
            }
        case .help(let c):
            switch c {
            case .up: "Rull opp"
            case .down: "Rull ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .close: "Lukk hjelpa"
            }
        case .phase(let c):
            switch c {
            case .next: "Gå til neste fase (manglane blir registrerte)"
            case .stay: "Bli i fasen"
            case .signOff: "Signer fasen (namn og dato)"
            case .reopen: "Gjenopne førre fase (med grunngiving)"
            case .nextYear: "Avtalen for neste år: sjå kva som skjer med kvart målområde"
            case .up: "Rull opp"
            case .down: "Rull ned"
            }
        case .meeting(let c):
            switch c {
            case .rateBeyond: "Ut over avtalen (og vidare)"
            case .rateAsAgreed: "I tråd med avtalen (og vidare)"
            case .rateBelow: "Mindre enn avtalen (og vidare)"
            case .markDone: "Utført (og vidare)"
            case .markNotDone: "Ikkje utført (og vidare)"
            case .next: "Neste steg"
            case .previous: "Førre steg"
            case .up: "Rull venstre side opp"
            case .down: "Rull venstre side ned"
            case .comment: "Kommentar (midtvegs: notat for oppfølginga)"
            case .stepBack: "Angre siste verdi og gå tilbake"
            case .improvementPlan: "Forbetringsplan for eit mål under avtalen"
            case .signOff: "Signer: først du, så den andre parten (spør først)"
            case .minutes: "Skriv referat (Markdown) til fil"
            case .leave: "Forlat møtemodus (alt er lagra)"
            }
        case .form(let c):
            switch c {
            case .confirm: "Lagre"
            case .newline: "Ny linje (i felt med fleire linjer)"
            case .cancel: "Avbryt; den gamle teksten blir teken vare på"
            case .nextField: "Neste felt i skjemaet"
            case .previousField: "Førre felt i skjemaet"
            case .discard: "Forkast skriven tekst (spør først)"
            case .earlierQuery: "Førre søk"
            case .laterQuery: "Neste søk"
            }
        case .dialog(let c):
            switch c {
            case .choose: "Svaret som er utheva (aldri eitt som slettar)"
            case .cancel: "Avbryt (same som nei)"
            }
        case .wheel(let c): describeWheel(c)
        case .conversation(let c): describeConversation(c)
        case .nextYear(let c): describeNextYear(c)
        case .previousLog(let c): describePreviousLog(c)
        case .together(let c): describeTogether(c)
        case .scorecard, .indicator, .plan, .planLinks:
            describeIndicatorAction(action)
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
        case .detail(.up): "Førre"
        case .detail(.down): "Neste"
        case .picker(.open): "Opne/ny"
        case .browse(.open): "Opne"
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
        case .detail(.markNotDone): "Ikkje utført"
        case .help(.close): "Lukk"
        case .phase(.next): "Ja, neste fase"
        case .phase(.stay): "Nei"
        case .phase(.signOff): "Signer"
        case .phase(.reopen): "Gjenopne"
        case .meeting(.rateBeyond): "Ut over"
        case .meeting(.rateAsAgreed): "I tråd"
        case .meeting(.rateBelow): "Mindre"
        case .meeting(.markDone): "Utført"
        case .meeting(.markNotDone): "Ikkje utført"
        case .meeting(.next): "Neste"
        case .meeting(.previous): "Førre"
        case .meeting(.comment): "Kommentar"
        case .meeting(.stepBack): "Angre siste"
        case .meeting(.improvementPlan): "Forbetringsplan"
        case .meeting(.signOff): "Signer"
        case .meeting(.minutes): "Referat"
        case .meeting(.leave): "Ut"
        case .form(.confirm): "Lagre"
        case .form(.newline): "Ny linje"
        case .form(.cancel): "Avbryt"
        case .form(.nextField): "Neste felt"
        case .form(.earlierQuery): "Førre søk"
        case .dialog(.choose): "Utheva svar"
        case .dialog(.cancel): "Avbryt"
        case .browse(.wheel): "Årshjul"
        case .browse(.conversation): "Samtale"
        case .wheel(let c): hintWheel(c)
        case .conversation(let c): hintConversation(c)
        case .picker(.overview), .browse(.overview): "Oversikt"
        case .overview(let c): hintOverview(c)
        case .matrix(let c): hintMatrix(c)
        case .browse(.markMeasureDone): "Gjennomført"
        case .browse(.previousLog): "Fjorårsloggen"
        case .browse(.handOver): "Ny leiar/kontakt"
        case .phase(.nextYear): "Neste år"
        case .nextYear(let c): hintNextYear(c)
        case .together(let c): hintTogether(c)
        case .previousLog(.close): "Lukk"
        default: hintIndicatorAction(action) ?? describe(action)
        }
    }

    public func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .picker: "Vel avtale"
        case .overview: "Oversikt"
        case .matrix: "Måltabell"
        case .browse: "Hovudskjermen"
        case .detail: "Detaljvising"
        case .checklist: "Sjekklista i detaljvising"
        case .help: "Hjelp"
        case .phase: "Fasedialogen"
        case .review: "Møtemodus: midtvegssamtale"
        case .assessment: "Møtemodus: resultatvurdering"
        case .meetingChecklist: "Møtemodus: sjekklista"
        case .reviewSummary: "Møtemodus: oppsummering av midtvegssamtalen"
        case .assessmentSummary: "Møtemodus: oppsummering av resultatvurderinga"
        case .form: "Feltredigering"
        case .search: "Søk"
        case .dialog: "Spørsmål"
        case .scorecard, .indicator, .plan, .planLinks: indicatorContextTitle(context) ?? ""
        case .wheel: "Årshjulet"
        case .conversation: "Leiarsamtale: eit område"
        case .conversationLastTime: "Leiarsamtale: sist avtalte vi"
        case .conversationAssessment: "Leiarsamtale: leiarvurderinga (punkt 1.5)"
        case .conversationMinutes: "Leiarsamtale: referat"
        case .nextYear: "Avtalen for neste år"
        case .previousLog: "Fjorårsloggen"
        case .conflict, .history: togetherContextTitle(context)
        }
    }

    public func contextNote(_ context: KeyContext) -> String? {
        switch context {
        case .picker: "Alle andre tastar blir skrivne i filteret (òg j, k og q). Siste rad, «+ Ny avtale…», lagar ei ny avtale (filteret blir namnet på eininga)."
        case .overview:
            "Alle andre tastar blir skrivne i filteret (òg j, k og q); Ctrl-U tømmer det. Alt-m, Alt-t, Alt-f, Alt-b og Alt-å verkar som F2–F6. "
                + "Framdrift: felt ferdige/kravde i fasen. Logg: loggføringar dei siste 30 dagane. Vurdering: måloppnåing ▲ ut over, ● i tråd med, ▼ mindre enn avtalen. "
                + "! framfor fristen: på etterskot – ein frist er passert utan at steget er gjort (avtalen inngått innan 1. mars, midtvegssamtale innan 30. juni, resultatvurdering innan 31. januar året etter)."
        case .planLinks: "Alle andre tastar blir skrivne i filteret: ein kode (S.1) eller ord frå teksten."
        case .form, .search: "Piltastar, Home/End, Ctrl-A/Ctrl-E linjestart/-slutt, Alt-B/Alt-F ord tilbake/fram, Ctrl-K/Ctrl-U slett til linjeslutt/-start, Ctrl-W slett ord; innliming verkar."
        case .dialog: "Svar med bokstaven eller sifferet dialogen viser; j = ja, n = nei."
        default: nil
        }
    }
}

import Foundation
import AgreementKit
import AgreementStore

extension Nynorsk {
    public func screen(_ text: ScreenText) -> String {
        switch text {
        case .headerLeader(let leader): "Leiar: \(leader.isEmpty ? "–" : leader)"
        case .headerContact(let contact): "Kontaktperson: \(contact.isEmpty ? "–" : contact)"
        case .youAre(let party): "[du: \(party)]"
        case .asOf(let date): "per \(date)"
        case .paneGoals: "Mål"
        case .paneMeasures: "Tiltak og støtte"
        case .paneLog: "Logg"
        case .detailsTitle: "Detaljar"
        case .enterShowsAll: "Enter viser alt"
        case .treeHeading(.about): "1 Om avtalen"
        case .treeHeading(.section(let s)): "\(s.number) \(section(s))"
        case .treeHeading(.ownPriorities): "3 Eininga sine eigne satsingsområde"
        case .treeHeading(.personal): "4 Personlege utviklingsmål"
        case .aboutLine: "Om avtalen (1.1–1.5)"
        case .checklistLine: "Sjekkliste"
        case .amendmentsLine: "Endringar i avtalen"
        case .conditionsLine: "3.1 Tilhøve som kan påverke resultata"
        case .personalGoalsLine: "Unnateke offentlegheit"
        case .chooseRowForMeasures: "Vel eit målområde eller ei rad for å sjå tiltak og støtte."
        case .chooseRowForLog: "Vel eit målområde eller ei rad for å sjå loggen."
        case .noMeasures: "Ingen tiltak."
        case .noSupport: "Inga støtte."
        case .noLogEntries: "Ingen loggføringar enno."
        case .aboutHeading: "1 Om avtalen"
        case .headerField(let field):
            switch field {
            case .municipality: "Kommune"
            case .unit: "Eining"
            case .serviceArea: "Tenesteområde"
            case .leader: "Einingsleiar"
            case .director: "Kommunaldirektør"
            case .contactPerson: "Kontaktperson"
            }
        case .aboutField(let field):
            switch field {
            case .purpose: "1.1 Formålet med avtalen"
            case .parties: "1.2 Partar"
            case .values: "1.3 Felles verdiar og rammer"
            case .scope: "1.4 Verkeområde"
            case .leaderAssessmentBasis: "1.5 Leiarvurdering (eitt område per linje)"
            }
        case .checklistTitle(let year, let marked, let total): "Er desse oppgåvene utførte i \(year)? (\(marked)/\(total))"
        case .rows: "Rader"
        case .target(let number): "mål \(number)"
        case .logSummary(let n, let last): "\(count(n, "loggføring", "loggføringar")), siste \(last)"
        case .amendmentsTitle(let n): "Endringar i avtalen etter inngåinga (\(n))"
        case .amendmentRecord(let old, let new, let reason): "Frå: \(old.isEmpty ? "–" : old)\nTil: \(new.isEmpty ? "–" : new)\nGrunngiving: \(reason)"
        case .conditionsTitle: "3.1 Tilhøve som kan påverke resultatoppnåinga"
        case .conditionsContactComment: "Eventuelle kommentarar frå kontaktpersonen"
        case .personalGoalsTitle: "4 Personlege utviklingsmål – Unnateke offentlegheit"
        case .noPersonalGoals: "Ingen enno; a legg til."
        case .aboutMeasure: "Gjeld tiltak"
        case .logEntryTitle(let date): "Loggføring \(date)"
        case .notSet: "Ikkje sett"
        case .pickerTitle: "lederavtale – vel avtale"
        case .filter: "Filter"
        case .agreements: "Avtalar"
        case .storeIsEmpty: "Lageret har ingen avtalar."
        case .noneMatch: "Ingen avtalar passar med filteret."
        case .helpTitle: "lederavtale – hjelp"
        case .keys: "Tastar"
        case .legendIntro: "Fargane viser når eit felt blir fylt ut; bokstaven seier det same utan farge:"
        case .legendRatings: "[▲●] vurdering av målområdet: ▲ Ut over avtalen, ● I tråd med avtalen, ▼ Mindre enn avtalen, · ikkje sett"
        case .legendLog: "✎3  tal på loggføringar på rada"
        case .phaseTitle: "Fase"
        case .phaseNow: "Fase no:"
        case .phaseNext: "neste:"
        case .nothingMissing(let phase): "Ingenting manglar før \(phase)."
        case .missingBefore(let phase, let n): "Manglar før \(phase) (\(n)); du kan gå vidare likevel, og manglane blir registrerte:"
        case .signedIn(let phase): "Signert i \(phase):"
        case .noSignatures(let party): "ingen enno – s signerer som \(party)"
        case .phaseHistory: "Historikk:"
        case .reopened(let phase, let reason): "gjenopna \(phase): \(reason)"
        case .gapCount(let n): "(\(count(n, "mangel", "manglar")))"
        case .amendmentsNote(let n): "Endringar i avtalen: \(n) (sjå «Endringar i avtalen» i målruta)"
        case .goToPhase(let phase): "Gå til \(phase)? (j/n)"
        case .agreementClosed: "Avtalen er avslutta."
        case .checklistPosition(let n, let total): "Sjekkliste \(n)/\(total)"
        case .summaryTitle: "Oppsummering"
        case .meetingChecklistTitle(let year): "Er desse oppgåvene utførte i \(year)?"
        case .noLogSince(let date): "Ingen loggføringar sidan \(date)."
        case .agreedFollowUp: "Avtalt oppfølging:"
        case .ratedCount(let rated, let total): "Vurdert \(rated) av \(total) målområde"
        case .measuresColumn: "Gjennomførte tiltak"
        case .attainmentColumn: "Måloppnåing"
        case .checklistSummary(let marked, let total, let done): "Sjekkliste: \(marked)/\(total) markerte, \(done) utførte"
        case .belowAgreementHeading: "Mindre enn avtalen:"
        case .planMade: "(forbetringsplan laga)"
        case .procedureHeading: "Framgangsmåte:"
        case .signaturesHeading: "Signaturar:"
        case .noSignaturesYet: "ingen enno – s signerer"
        case .midYearNotes(let n, let total): "Midtvegssamtale: notat på \(n) av \(total) målområde"
        case .tooSmall: "Vindauget er for lite"
        case .tooSmallSize(let width, let height, let minWidth, let minHeight): "\(width)×\(height) – treng minst \(minWidth)×\(minHeight)"
        case .tooSmallHint: "Gjer vindauget større, eller trykk q for å avslutte."
        }
    }

    public func prompt(_ text: PromptText) -> String {
        switch text {
        case .confirm(.save): "Lagre"
        case .confirm(.search): "Søk"
        case .confirm(.write): "Skriv"
        case .confirm(.sign): "Signer"
        case .reason: "Grunngiving"
        case .reasonRequired: "Grunngiving for endringa (påkravd)"
        case .date: "Dato"
        case .number: "Nummer"
        case .name: "Namn"
        case .file: "Fil"
        case .agreedActions: "Avtalte tiltak (eitt per linje)"
        case .followUpDates: "Månadlege oppfølgingssamtalar (datoar)"
        case .search: "Søk i mål, tiltak, støtte og logg"
        case .searchLabel: "Søk"
        case .amendment(let title): "Endring av avtalen: \(title)"
        case .amendmentDelete(let noun): "Endring av avtalen: slette \(noun)"
        case .amendmentMove(let noun): "Endring av avtalen: flytte \(noun)"
        case .newLogEntry(let target, let measure):
            "Ny loggføring" + (target.isEmpty ? "" : " – mål \(target)") + (measure.map { " – tiltak «\($0)»" } ?? "")
        case .newMeasure: "Nytt tiltak"
        case .newSupport: "Ny støtte"
        case .newRow(let area): "Ny rad i \(area)"
        case .newGoalArea(let section): "Nytt målområde i \(section)"
        case .newChecklistTask: "Ny oppgåve i sjekklista"
        case .newPersonalGoal: "Nytt personleg utviklingsmål (unnateke offentlegheit)"
        case .signOff(let phase, let party, let date): "Signer \(phase) som \(party) – \(date)"
        case .reopen(let phase): "Gjenopne \(phase)"
        case .writeMinutes: "Skriv referatet (Markdown) til"
        case .exportPublic: "Eksporter offentleg utgåve (utan punkt 4) til"
        case .exportFull: "Eksporter full kopi (med punkt 4, modus 0600) til"
        case .improvementPlan(let area): "Forbetringsplan: \(area)"
        case .meetingComments(let area): "\(area) – kommentarar"
        case .saveCopyBeforeQuit: "Skriv ein kopi av avtalen (med punkt 4, modus 0600) til"
        case .saveCopyOfMine: "Skriv din versjon (med punkt 4, modus 0600) til"
        case .notADateHint: "ikkje ein dato enno (skriv t.d. 14.03 eller 14.03.2011)"
        case .resolvedDate(let date, let outside): "= \(date)" + (outside.map { " (NB: utanfor avtaleåret \($0))" } ?? "")
        case .minutesFileWord: "referat"
        case .publicFileWord: "offentleg"
        case .unsavedFileWord: "ulagra"
        case .myVersionFileWord: "min-versjon"
        }
    }

    public func dialog(_ text: DialogText) -> (title: String, question: String) {
        switch text {
        case .delete(let noun, let summary, let place, let amendment):
            ("Slette?", "Slette \(noun) «\(summary)»\(place.isEmpty ? "" : " i \(place)")?"
                + (amendment ? " Det er ei endring av avtalen og krev ei grunngiving." : "") + " (j/n)")
        case .choice(let label): (label, "Vel:")
        case .addInMeasures: ("Legg til", "Kva vil du leggje til på rada?")
        case .quitUnsaved: ("Endringar er ikkje lagra", "Den siste lagringa feila, så fila på disken er eldre enn det du ser.")
        case .draft(let title, let preview): ("Utkast frå ei avbroten økt", "Førre økt vart avbroten medan du skreiv i «\(title)»: «\(preview)»")
        case .conflict(let reason): ("Fila er endra av nokon andre", "\(capitalized(reason)). Endringa di er ikkje lagra, men teken vare på på skjermen.")
        case .exportFormat: ("Eksport", "Kva format?")
        case .exportScope: ("Eksport", "Offentleg utgåve eller full kopi?")
        case .fileExists(let path, let proposal):
            ("Fila finst", "\(path) finst frå før. Skrive til \((proposal as NSString).lastPathComponent) i same mappa, eller skrive over ho?")
        case .takeOverLock(let holder): ("Ta over låsen", lockTakeOverQuestion(holder))
        case .signAs(let party, let name, let phase):
            ("Signatur", name.isEmpty ? "Signere \(phase) som \(party)? Namnet blir skrive etterpå. (j/n)" : "Signere \(phase) som \(party) \(name)? (j/n)")
        }
    }

    public func answerKey(_ text: AnswerText) -> Character {
        switch text {
        case .yes: "j"
        case .no: "n"
        case .cancel: "a"
        case .retry: "l"
        case .copy: "k"
        case .quitWithoutSaving: "a"
        case .restore: "g"
        case .discard: "s"
        case .reload: "l"
        case .overwrite: "o"
        case .writeElsewhere: "n"
        case .measure: "t"
        case .support: "s"
        case .rating(let rating): AnswerText.ratingKey(rating)
        case .mark(let status): AnswerText.markKey(status)
        case .markdown: "m"
        case .html: "h"
        case .csv: "c"
        case .json: "j"
        case .publicCopy: "o"
        case .fullCopy: "f"
        }
    }

    public func languageName(_ language: Language) -> String {
        switch language {
        case .nb: "bokmål"
        case .nn: "nynorsk"
        case .en: "English"
        }
    }

    public func answer(_ text: AnswerText) -> String {
        switch text {
        case .yes: "ja"
        case .no: "nei"
        case .cancel: "Avbryt"
        case .retry: "Prøv å lagre igjen"
        case .copy: "Skriv din versjon som ein kopi til ei anna fil"
        case .quitWithoutSaving: "Avslutt utan å lagre"
        case .restore: "Gjenopprett teksten i skjemaet"
        case .discard: "Slett utkastet"
        case .reload: "Last inn fila på nytt (den siste endringa di blir forkasta)"
        case .overwrite: "Skriv over fila"
        case .writeElsewhere: "Skriv til neste ledige namn"
        case .measure: "Tiltak"
        case .support: "Støtte"
        case .rating(let rating): rating.map(self.rating) ?? "Ikkje sett"
        case .mark(let status): status.map { checklistStatus($0) } ?? "Ikkje markert"
        case .markdown: "Markdown – som skjemaet, for e-post og git"
        case .html: "HTML – som skjemaet, for utskrift (éi fil)"
        case .csv: "CSV – éi linje per rad, for rekneark (utan punkt 4)"
        case .json: "JSON – dataa i formatet til lageret"
        case .publicCopy: "Offentleg utgåve – utan punkt 4 (kan delast og publiserast)"
        case .fullCopy: "Full kopi – med punkt 4, personlege utviklingsmål (fil berre for deg, 0600)"
        }
    }
}
